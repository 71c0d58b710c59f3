import type { Indicator, ParsedFile } from '@/domain/types';
import { decodeBytes } from '@/domain/decode';
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
import { parseNational } from '@/domain/import/national';
import { parseNeighbours } from '@/domain/import/neighbours';
import { fieldOf, mapHeaders } from '@/domain/import/headers';

/**
 * Reads one dropped file: decodes the bytes (UTF-8 with or without BOM, else Windows-1252),
 * then parses the text (`parseText`). Never throws for bad input.
 */
export function parseFile(
  file: string,
  bytes: Uint8Array,
  importedAt: string,
  catalogue?: Indicator[],
): ParsedFile {
  const { text } = decodeBytes(bytes);
  return parseText(file, text, importedAt, catalogue);
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
  const { headers, rows, lines, errors, header } = readCsv(text, locateHeader);
  const map = withUntitledSection(mapHeaders(headers), headers, rows);
  const kind = recogniseKind(map);
  const out = emptyParsed(file, kind);
  out.layout = describeLayout(header);
  const ctx: ParseContext = { file, importedAt, headers, map, problems: out.problems };
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
  for (const line of new Set(errors.map((e) => e.line))) {
    report(
      ctx,
      'error',
      'malformed-csv',
      line,
      '',
      `Line ${line}: a quoted cell is not closed properly, so the lines after it may have been read as one cell. Check the quotes (") on that line and import the file again.`,
    );
  }
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
  }
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
