import type { Indicator, ParsedFile } from '@/domain/types';
import { decodeBytes } from '@/domain/decode';
import { workbookKind, workbookMessage } from '@/domain/import/workbook';
import { readCsv, type CsvTable } from '@/domain/import/csv';
import { EXPECTED_HEADERS, recogniseKind } from '@/domain/import/recognise';
import { locateHeader, withUntitledSection } from '@/domain/import/header-row';
import {
  emptyParsed,
  report,
  warnUnknownColumns,
  type ParseContext,
} from '@/domain/import/context';
import { parseScorecardSheet } from '@/domain/import/scorecard-sheet';
import { parseCatalogue } from '@/domain/import/catalogue';
import { parseMonthlyLong } from '@/domain/import/monthly-long';
import { parseMonthlyWide } from '@/domain/import/monthly-wide';
import { parseBenchmarks } from '@/domain/import/benchmarks';
import { parsePopulation } from '@/domain/import/population';
import { parseTrajectory } from '@/domain/import/trajectory';
import { parseNational } from '@/domain/import/national';
import { parseNeighbours } from '@/domain/import/neighbours';
import { parseBreakdown } from '@/domain/import/breakdown';
import { fieldOf, mapHeaders } from '@/domain/import/headers';
import type { OnParseProgress } from '@/domain/import/progress';

/**
 * Reads one dropped file: decodes the bytes (UTF-8 with or without BOM, else Windows-1252),
 * then parses the text (`parseText`). Never throws for bad input.
 */
export function parseFile(
  file: string,
  bytes: Uint8Array,
  importedAt: string,
  catalogue?: Indicator[],
  onProgress?: OnParseProgress,
): ParsedFile {
  const workbook = workbookKind(bytes);
  if (workbook !== null) {
    const out = emptyParsed(file, 'unknown');
    out.problems.push({
      severity: 'error',
      code: 'workbook',
      file,
      line: 0,
      column: '',
      message: workbookMessage(file, workbook),
    });
    return out;
  }
  const { text } = decodeBytes(bytes);
  return parseText(file, text, importedAt, catalogue, onProgress);
}

/**
 * Recognises a CSV text by its header row, validates every row and returns what it contributes.
 * Good rows are kept when others are bad; every problem is an `ImportProblem` with the line
 * (the header is line 1; 0 for the whole file), the column as headed, and what to do.
 * `catalogue` (the indicators known so far) lets monthly files warn about ids nobody has
 * described and compute values from numerator and denominator in the right unit.
 */
export function parseText(
  file: string,
  text: string,
  importedAt: string,
  catalogue?: Indicator[],
  onProgress?: OnParseProgress,
): ParsedFile {
  if (text.replace(/^\uFEFF/, '').trim() === '') {
    const out = emptyParsed(file, 'unknown');
    out.problems.push({
      severity: 'error',
      code: 'empty-file',
      file,
      line: 0,
      column: '',
      message: `${file} is empty: there is nothing to import. Check that you chose the right file.`,
    });
    return out;
  }
  const table = readCsv(text, locateHeader, onProgress);
  const { headers, rows, lines, header } = table;
  const map = withUntitledSection(mapHeaders(headers), headers, rows);
  const kind = recogniseKind(map);
  const out = emptyParsed(file, kind);
  out.layout = describeLayout(header);
  const notes: string[] = [];
  const ctx: ParseContext = {
    file,
    importedAt,
    headers,
    map,
    problems: out.problems,
    notes,
    ...(onProgress
      ? {
          checked: (done: number) =>
            onProgress({ phase: 'checking', done, total: rows.length, rows: rows.length }),
        }
      : {}),
  };
  if (kind === 'unknown') {
    const shown = headers.slice(0, 6).join(', ') + (headers.length > 6 ? ', ...' : '');
    report(
      ctx,
      'error',
      'unknown-kind',
      1,
      '',
      `${file} was not recognised from its header row (${shown}). Expected ${Object.values(EXPECTED_HEADERS).join('; or ')}. ` +
        'Rename the columns and import the file again.',
    );
    return out;
  }
  reportLayoutProblems(ctx, table);
  // A national dataset's columns other than its geography are its data (parseNational says what
  // it makes of them); a neighbour list repeats its closeness header (`SNP`), which is not read.
  if (kind === 'neighbours') {
    const duplicates = map.duplicates.filter((d) => fieldOf(d.header) !== 'snCloseness');
    warnUnknownColumns({ ...ctx, map: { ...map, duplicates } });
  } else if (kind !== 'national') {
    warnUnknownColumns(ctx);
  }
  const known = catalogue ? new Map(catalogue.map((i) => [i.id, i])) : null;
  switch (kind) {
    case 'scorecard':
      parseScorecardSheet(ctx, rows, lines, out);
      break;
    case 'catalogue':
      parseCatalogue(ctx, rows, lines, out);
      break;
    case 'monthly-long':
      parseMonthlyLong(ctx, rows, lines, out, known);
      break;
    case 'monthly-wide':
      parseMonthlyWide(ctx, rows, lines, out, known);
      break;
    case 'benchmarks':
      parseBenchmarks(ctx, rows, lines, out);
      break;
    case 'population':
      parsePopulation(ctx, rows, lines, out);
      break;
    case 'national':
      parseNational(ctx, rows, lines, out);
      break;
    case 'neighbours':
      parseNeighbours(ctx, rows, lines, out);
      break;
    case 'trajectory':
      parseTrajectory(ctx, rows, lines, out);
      break;
    case 'breakdown':
      parseBreakdown(ctx, rows, lines, out, known);
      break;
  }
  if (notes.length > 0) out.notes = notes;
  // Data lines the CSV layout left out (a quote never closed, another separator) were read too:
  // "Rows accepted 3 of 4", not "3 of 3".
  const firstData = header.line + header.span;
  out.rowsRead += new Set([
    ...table.errors.filter((e) => e.kind === 'unclosed' && e.line >= firstData).map((e) => e.line),
    ...table.otherSeparator.map((o) => o.line),
  ]).size;
  if (rows.length === 0) {
    report(
      ctx,
      'error',
      'no-rows',
      0,
      '',
      `${file} has a header row but no data rows: there is nothing to import.`,
    );
  }
  return out;
}

const SEPARATOR_WORDS = { ',': 'commas', ';': 'semicolons', '\t': 'tabs' } as const;

/** Lines listed one by one for each layout problem; beyond this, one line counts the rest. */
export const LAYOUT_PROBLEMS_LISTED = 20;

/**
 * Problems with the CSV layout itself, each with its line: a quote never closed (that line left
 * out, the lines after it read on their own), text after a closing quote, a line written with
 * another separator than the file's (left out), a line with more fields than the header.
 */
function reportLayoutProblems(ctx: ParseContext, table: CsvTable): void {
  const listed = <T>(items: T[], each: (item: T) => void, rest: (count: number) => void) => {
    items.slice(0, LAYOUT_PROBLEMS_LISTED).forEach(each);
    if (items.length > LAYOUT_PROBLEMS_LISTED) rest(items.length - LAYOUT_PROBLEMS_LISTED);
  };
  const seen = new Set<string>();
  const quotes = table.errors.filter((e) => {
    const key = `${e.line} ${e.kind}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  listed(
    quotes,
    (e) =>
      report(
        ctx,
        'error',
        'malformed-csv',
        e.line,
        '',
        e.kind === 'unclosed'
          ? `Line ${e.line}: a quote (") opens a cell and is never closed, so this line was not imported; the lines after it were read on their own. Close the quote (or remove it) and import the file again.`
          : `Line ${e.line}: a quoted cell has text after its closing quote ("), so it may have been read wrongly. Check the quotes on that line and import the file again.`,
      ),
    (n) =>
      report(
        ctx,
        'error',
        'malformed-csv',
        0,
        '',
        `${n.toLocaleString('en-GB')} more lines have quotes that are not closed properly.`,
      ),
  );
  const own = SEPARATOR_WORDS[table.delimiter];
  listed(
    table.otherSeparator,
    (o) =>
      report(
        ctx,
        'error',
        'other-separator',
        o.line,
        '',
        `Line ${o.line} is separated by ${SEPARATOR_WORDS[o.separator]}, but the file by ${own}, so the line was not imported. Save the file again with one separator throughout.`,
      ),
    (n) =>
      report(
        ctx,
        'error',
        'other-separator',
        0,
        '',
        `${n.toLocaleString('en-GB')} more lines are separated by another separator than the file's ${own}; they were not imported.`,
      ),
  );
  listed(
    table.extraFields,
    (x) =>
      report(
        ctx,
        'warning',
        'extra-fields',
        x.line,
        '',
        `Line ${x.line} has ${x.fields} fields but the header has ${x.width} columns; the ${x.fields - x.width} extra ${x.fields - x.width === 1 ? 'field was' : 'fields were'} not read. Check for an unquoted ${SEPARATOR_WORDS[table.delimiter].slice(0, -1)} inside a cell (write "1,041" in quotes).`,
      ),
    (n) =>
      report(
        ctx,
        'warning',
        'extra-fields',
        0,
        '',
        `${n.toLocaleString('en-GB')} more lines have more fields than the header; the extra fields were not read.`,
      ),
  );
}

/**
 * Where the header was found, when it was not simply the first line: "Header on lines 4-5;
 * lines 1-3 above it (titles) were not read." Null for a plain file.
 */
export function describeLayout(header: CsvTable['header']): string | null {
  const { line, span, skippedLines } = header;
  if (span === 1 && skippedLines.length === 0) return null;
  const where = span === 2 ? `Header on lines ${line}-${line + 1}` : `Header on line ${line}`;
  if (skippedLines.length === 0) return `${where}.`;
  const first = skippedLines[0]!;
  const last = skippedLines[skippedLines.length - 1]!;
  const above = first === last ? `line ${first}` : `lines ${first}-${last}`;
  return `${where}; ${above} above it (titles) ${first === last ? 'was' : 'were'} not read.`;
}
