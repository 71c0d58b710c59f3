import type { BenchmarkKind, ParsedFile } from '@/domain/types';
import { parseYear, parsePeriod } from '@/domain/periods';
import { cell, cleanId, header, readValue, report, type ParseContext } from '@/domain/import/context';

const KINDS: Record<string, BenchmarkKind> = {
  snavg: 'sn_avg', statneighave: 'sn_avg', statisticalneighbouraverage: 'sn_avg',
  bestsn: 'best_sn', beststatneigh: 'best_sn',
  nationalavg: 'national_avg', natave: 'national_avg', england: 'national_avg', englandaverage: 'national_avg',
  nationaltopquartile: 'national_top_quartile', nattopqtilethreshold: 'national_top_quartile', topquartile: 'national_top_quartile',
  regionalavg: 'regional_avg', regionalaverage: 'regional_avg', region: 'regional_avg',
};

/** Benchmarks (SPEC 2.4): `indicator_id, benchmark, period, value, source`. */
export function parseBenchmarks(ctx: ParseContext, rows: string[][], lines: number[], out: ParsedFile): void {
  rows.forEach((row, i) => {
    const line = lines[i] ?? i + 2;
    out.rowsRead += 1;
    const id = cleanId(cell(ctx, row, 'id'));
    const kindRaw = cell(ctx, row, 'benchmark');
    const kind = KINDS[kindRaw.toLowerCase().replace(/[^a-z]/g, '')];
    if (!id) {
      report(ctx, 'error', 'missing-id', line, header(ctx, 'id'), `Line ${line} has no indicator id, so it was not imported.`);
      return;
    }
    if (!kind) {
      report(ctx, 'error', 'invalid-benchmark', line, header(ctx, 'benchmark'),
        `Line ${line}: "${kindRaw}" is not a benchmark we know; use sn_avg, best_sn, national_avg, national_top_quartile or regional_avg.`);
      return;
    }
    const periodRaw = cell(ctx, row, 'period');
    const year = parseYear(periodRaw) ?? (/^\d{4}$/.test(periodRaw) ? parseYear(`${Number(periodRaw) - 1}/${periodRaw.slice(2)}`) : null);
    if (!year) {
      report(ctx, 'error', 'invalid-period', line, header(ctx, 'period'),
        `Line ${line}: "${periodRaw}" is not a financial year such as 2014/15; the benchmark was not imported.`);
      return;
    }
    const v = readValue(ctx, cell(ctx, row, 'value'), line, header(ctx, 'value'));
    if (v.kind !== 'number') return;
    out.benchmarks.push({ indicatorId: id, benchmark: kind, period: year, value: v.value, source: cell(ctx, row, 'source'), label: cell(ctx, row, 'label') });
    out.rowsAccepted += 1;
  });
}

/** Population aged 0-17 (SPEC 2.6): `period, population_0_17`. */
export function parsePopulation(ctx: ParseContext, rows: string[][], lines: number[], out: ParsedFile): void {
  rows.forEach((row, i) => {
    const line = lines[i] ?? i + 2;
    out.rowsRead += 1;
    const periodRaw = cell(ctx, row, 'period');
    const period = parsePeriod(periodRaw);
    if (!period) {
      report(ctx, 'error', 'invalid-period', line, header(ctx, 'period'), `Line ${line}: "${periodRaw}" is not a month or a financial year.`);
      return;
    }
    const v = readValue(ctx, cell(ctx, row, 'population'), line, header(ctx, 'population'));
    if (v.kind !== 'number') return;
    out.population.push({ period: period.key, population0to17: v.value });
    out.rowsAccepted += 1;
  });
}
