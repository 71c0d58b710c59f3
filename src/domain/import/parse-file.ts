import type { Indicator, ParsedFile } from '@/domain/types';
import { decodeBytes } from '@/domain/decode';
import { readCsv } from '@/domain/import/csv';
import { mapHeaders } from '@/domain/import/headers';
import { recogniseKind } from '@/domain/import/recognise';
import { emptyParsed, report, warnUnknownColumns, type ParseContext } from '@/domain/import/context';
import { parseScorecardSheet } from '@/domain/import/scorecard-sheet';
import { parseCatalogue } from '@/domain/import/catalogue';
import { parseMonthlyLong, parseMonthlyWide } from '@/domain/import/monthly';
import { parseBenchmarks, parsePopulation } from '@/domain/import/reference-data';

/**
 * Reads one dropped file: decodes the bytes (UTF-8, else Windows-1252), then parses the text.
 * Never throws for bad input: every problem is a value in `problems`.
 */
export function parseFile(file: string, bytes: Uint8Array, importedAt: string, catalogue?: Indicator[]): ParsedFile {
  const { text } = decodeBytes(bytes);
  return parseText(file, text, importedAt, catalogue);
}

/**
 * Recognises a CSV text by its header row, validates every row and returns what it contributes.
 * Good rows are kept when others are bad. `catalogue` (the indicators known so far) lets monthly
 * files warn about ids nobody has described and compute values in the right unit.
 */
export function parseText(file: string, text: string, importedAt: string, catalogue?: Indicator[]): ParsedFile {
  if (text.trim() === '') {
    const out = emptyParsed(file, 'unknown');
    out.problems.push({ severity: 'error', code: 'empty-file', file, line: 0, column: '', message: `${file} is empty: there is nothing to import.` });
    return out;
  }
  const { headers, rows, lines } = readCsv(text);
  const map = mapHeaders(headers);
  const kind = recogniseKind(map);
  const out = emptyParsed(file, kind);
  const ctx: ParseContext = { file, importedAt, headers, map, problems: out.problems };
  if (kind === 'unknown') {
    report(ctx, 'error', 'unknown-kind', 1, '',
      `${file} was not recognised from its header row (${headers.slice(0, 6).join(', ')}${headers.length > 6 ? ', ...' : ''}). ` +
        'Expected a scorecard sheet (No., Indicator, Good perf is, month columns), a catalogue (id, name, polarity, unit), ' +
        'monthly values (indicator_id, period, value), benchmarks (indicator_id, benchmark, period, value) or population (period, population_0_17).');
    return out;
  }
  warnUnknownColumns(ctx);
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
  }
  if (rows.length === 0) {
    report(ctx, 'error', 'no-rows', 0, '', `${file} has a header row but no data rows.`);
  }
  return out;
}
