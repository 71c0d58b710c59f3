import type { BenchmarkKind, ParsedFile, YearKey } from '@/domain/types';
import { parseYear } from '@/domain/periods';
import { normaliseHeader } from '@/domain/import/headers';
import {
  cell,
  header,
  readValue,
  report,
  type ParseContext,
  readId,
} from '@/domain/import/context';

/** Benchmark names as written (normalised), including the sheets' column headings. */
const KINDS = new Map<string, BenchmarkKind>([
  ['snavg', 'sn_avg'],
  ['snave', 'sn_avg'],
  ['statneighave', 'sn_avg'],
  ['statisticalneighbouraverage', 'sn_avg'],
  ['bestsn', 'best_sn'],
  ['beststatneigh', 'best_sn'],
  ['beststatisticalneighbour', 'best_sn'],
  ['nationalavg', 'national_avg'],
  ['natave', 'national_avg'],
  ['england', 'national_avg'],
  ['englandaverage', 'national_avg'],
  ['nationaltopquartile', 'national_top_quartile'],
  ['nattopqtilethreshold', 'national_top_quartile'],
  ['nattopquartile', 'national_top_quartile'],
  ['topquartile', 'national_top_quartile'],
  ['regionalavg', 'regional_avg'],
  ['regionalaverage', 'regional_avg'],
  ['region', 'regional_avg'],
]);

/** The benchmark kind a cell names (`sn_avg`, "Stat neigh ave", "England"...), or null. */
export function readBenchmarkKind(raw: string): BenchmarkKind | null {
  return KINDS.get(normaliseHeader(raw)) ?? null;
}

/**
 * The financial year a benchmark relates to: `2014/15` and its spellings, or a single year
 * `2015`, read as the financial year ending in it (DfE publishes "2015" for 2014/15).
 */
export function readBenchmarkYear(raw: string): YearKey | null {
  const s = raw.trim();
  if (/^\d{4}$/.test(s)) return parseYear(`${Number(s) - 1}/${s}`);
  return parseYear(s);
}

/**
 * Benchmarks (SPEC 2.4): `indicator_id, benchmark, period, value, source` (+ optional `label`
 * or `la_name`, e.g. the best neighbour's name). A row with an unknown benchmark, a period that is
 * not a financial year or an unreadable value is dropped with an error; a no-value marker is
 * skipped.
 */
export function parseBenchmarks(
  ctx: ParseContext,
  rows: string[][],
  lines: number[],
  out: ParsedFile,
): void {
  rows.forEach((row, i) => {
    const line = lines[i] ?? i + 2;
    out.rowsRead += 1;
    const id = readId(ctx, row, line);
    if (id === null) return;
    const kindRaw = cell(ctx, row, 'benchmark');
    const kind = readBenchmarkKind(kindRaw);
    if (!kind) {
      report(
        ctx,
        'error',
        'invalid-benchmark',
        line,
        header(ctx, 'benchmark'),
        `Line ${line}: "${kindRaw}" is not a benchmark we know. Use sn_avg, best_sn, national_avg, national_top_quartile or regional_avg and import the file again.`,
      );
      return;
    }
    const periodRaw = cell(ctx, row, 'period');
    const year = readBenchmarkYear(periodRaw);
    if (!year) {
      report(
        ctx,
        'error',
        'invalid-period',
        line,
        header(ctx, 'period'),
        `Line ${line}, column "${header(ctx, 'period')}": "${periodRaw}" is not a financial year such as 2014/15, so the benchmark was not imported.`,
      );
      return;
    }
    const v = readValue(ctx, cell(ctx, row, 'value'), line, header(ctx, 'value'));
    if (v.kind !== 'number') return;
    out.benchmarks.push({
      indicatorId: id,
      benchmark: kind,
      period: year,
      value: v.value,
      source: cell(ctx, row, 'source'),
      label: cell(ctx, row, 'label') || cell(ctx, row, 'laName'),
    });
    out.rowsAccepted += 1;
  });
}
