import type {
  Benchmark,
  BenchmarkKind,
  Indicator,
  ParsedFile,
  Polarity,
  Unit,
  YtdKind,
} from '@/domain/types';
import { parseTarget } from '@/domain/targets';
import { compareMonths } from '@/domain/periods';
import { isNoValueMarker } from '@/domain/values';
import { readBenchmarkYear } from '@/domain/import/benchmarks';
import type { Field } from '@/domain/import/headers';
import {
  cell,
  cleanId,
  header,
  observation,
  readValue,
  report,
  reportUnreadableTarget,
  type ParseContext,
} from '@/domain/import/context';
import { checkPlausible } from '@/domain/import/plausibility';

/** The sheets' "Good perf is" words (SPEC 2.1). */
export function readPolarity(raw: string): Polarity | null {
  const s = raw.toLowerCase().replace(/[^a-z]/g, '');
  if (s === 'high' || s === 'higher' || s === 'highisgood') return 'high';
  if (s === 'low' || s === 'lower' || s === 'lowisgood') return 'low';
  if (s === 'info' || s === 'information' || s === 'neutral' || s === 'infoonly') return 'neutral';
  if (s === 'withinlimits' || s === 'range' || s === 'withinrange') return 'range';
  return null;
}

/**
 * The unit from the sheet's "Data note". "Rolling year - ave count" is the adoption A1/A2 style
 * average number of days; with no note, a % sign on the values makes it a percentage.
 */
export function unitFromDataNote(note: string, sawPercent: boolean): Unit {
  const s = note.toLowerCase();
  if (s.includes('percent') || s.includes('%')) return 'percent';
  if (s.includes('rate') || s.includes('10,000') || s.includes('10000')) return 'rate_per_10k';
  if (s.includes('ave count') || s.includes('days')) return 'days';
  if (s.includes('average') || s.includes('ave')) return 'average';
  if (s.includes('count')) return 'count';
  return sawPercent ? 'percent' : 'count';
}

/**
 * The YTD kind a sheet implies (SPEC 3.4), decided from what the 2015 report shows
 * (rules-2015.md, section d) and from the sheet's own YTD note:
 * - a printed YTD of a percentage is `ratio` (YTD numerator over YTD denominator: 2.3's 41.3% is
 *   3,608 / 8,727, not the mean of the months);
 * - a printed YTD of counts and of rates of flows is `sum` (6.2a's 476 is the sum of Apr-Dec;
 *   2.4's 639.7 is the cumulative rate, not annualised), whether the YTD note says "Financial
 *   Year" or, as 3.1/3.2 do, "Rolling Year";
 * - a printed YTD of days or of an average count is the latest rolling figure (`latest`);
 * - no YTD printed (the column is empty, or absent for the row), the YTD note decides:
 *   "Financial Year" is computed from the months, `sum` for counts and rates of flows and `ratio`
 *   for percentages (days and averages cannot be added up: `latest`); "As at mth end" (or term
 *   end) is the latest month (`latest`); "Rolling Year" is the rolling figure, which is the
 *   month's own value (`latest`);
 * - no YTD and no YTD note: a measure that is already rolling (data note or name says
 *   "rolling") has `none` (no YTD shown, as the printed sheet leaves it blank); any other is a
 *   snapshot "as at month end" and has `latest`.
 * A catalogue, when imported, says the kind exactly and wins.
 */
export function ytdKindFromSheet(
  unit: Unit,
  hasYtd: boolean,
  notes: string,
  ytdNote = '',
): YtdKind {
  if (hasYtd) {
    if (unit === 'percent') return 'ratio';
    if (unit === 'days' || unit === 'average') return 'latest';
    return 'sum';
  }
  const note = ytdNote.toLowerCase().replace(/[^a-z]/g, '');
  if (note.includes('financialyear')) {
    if (unit === 'percent') return 'ratio';
    return unit === 'days' || unit === 'average' ? 'latest' : 'sum';
  }
  if (note.startsWith('asat') || note.includes('rolling')) return 'latest';
  return /rolling/i.test(notes) ? 'none' : 'latest';
}

const BENCHMARK_FIELDS: [Field, BenchmarkKind][] = [
  ['snAvg', 'sn_avg'],
  ['bestSn', 'best_sn'],
  ['natAvg', 'national_avg'],
  ['natTopQuartile', 'national_top_quartile'],
  ['regionalAvg', 'regional_avg'],
];

/** A council's Performance Summary saved as CSV (SPEC 2.1): one row per indicator. */
export function parseScorecardSheet(
  ctx: ParseContext,
  rows: string[][],
  lines: number[],
  out: ParsedFile,
): void {
  const { map } = ctx;
  const latestMonth =
    [...map.months].sort((a, b) => compareMonths(a.key, b.key)).pop()?.key ?? null;
  const latestYear =
    [...map.years]
      .map((y) => y.key)
      .sort()
      .pop() ?? null;
  const seen = new Set<string>();
  let section = '';
  rows.forEach((row, i) => {
    const line = lines[i] ?? i + 2;
    const id = cleanId(cell(ctx, row, 'id'));
    const name = cell(ctx, row, 'name');
    section = cell(ctx, row, 'section') || section;
    // A row holding one text, not an id, and nothing else is a section heading, as sheets have.
    const filled = row.map((c) => c.trim()).filter((c) => c !== '');
    if (filled.length === 1 && !/^\d+(\.\d+)*[a-z]?$/i.test(filled[0]!)) {
      // "Page 76" where a printout broke pages is not a section.
      if (!/^page\s+\d+$/i.test(filled[0]!)) section = filled[0]!;
      return;
    }
    out.rowsRead += 1;
    if (!id) {
      report(
        ctx,
        'error',
        'missing-id',
        line,
        header(ctx, 'id'),
        `Line ${line}: the row "${name || row.join(' ').slice(0, 40)}" has no indicator number, so it was not imported. Add its number in column "${header(ctx, 'id')}".`,
      );
      return;
    }
    if (seen.has(id)) {
      report(
        ctx,
        'error',
        'duplicate-indicator',
        line,
        header(ctx, 'id'),
        `Line ${line}: indicator ${id} appears twice in the file; this second row was not imported.`,
      );
      return;
    }
    seen.add(id);

    const polarityRaw = cell(ctx, row, 'goodPerfIs') || cell(ctx, row, 'polarity');
    let polarity = readPolarity(polarityRaw);
    if (polarity === null) {
      if (polarityRaw) {
        report(
          ctx,
          'warning',
          'invalid-polarity',
          line,
          header(ctx, 'goodPerfIs'),
          `Line ${line}: "${polarityRaw}" is not High, Low, Info or Within Limits; indicator ${id} is shown as information only until it is corrected.`,
        );
      }
      polarity = 'neutral';
    }

    const dataNote = cell(ctx, row, 'dataNote');
    const sawPercent = map.months.some((m) => (row[m.index] ?? '').includes('%'));
    const unit = unitFromDataNote(dataNote, sawPercent);
    const periods = [
      ...map.months.map((p) => ({ ...p, note: '' })),
      ...map.years.map((p) => ({ ...p, note: 'annual outturn' })),
    ];
    for (const p of periods) {
      const raw = row[p.index] ?? '';
      if (raw.trim() === '') continue;
      const v = readValue(ctx, raw, line, p.header);
      if (v.kind === 'number' && !checkPlausible(ctx, v, unit, line, p.header, id)) continue;
      const o = observation(ctx, id, p.key, v, line, p.note);
      if (o) out.observations.push(o);
    }

    const ytdNote = cell(ctx, row, 'ytdNote');
    const ytdRaw = cell(ctx, row, 'ytd');
    const ytdValue = ytdRaw ? readValue(ctx, ytdRaw, line, header(ctx, 'ytd')) : null;
    if (ytdValue?.kind === 'number' && latestMonth) {
      out.importedYtd.push({
        indicatorId: id,
        month: latestMonth,
        value: ytdValue.value,
        numerator: ytdValue.numerator,
        denominator: ytdValue.denominator,
        raw: ytdRaw,
      });
    }

    const targetCells = {
      red: cell(ctx, row, 'red'),
      amber: cell(ctx, row, 'amber'),
      green: cell(ctx, row, 'green'),
    };
    const { target, ytdBasis } = parseTarget(targetCells);
    reportUnreadableTarget(ctx, line, id, targetCells, target);
    const rag = cell(ctx, row, 'rag');
    const dot = cell(ctx, row, 'dot');
    const ragBasis = ytdBasis || /ytd\s*$/i.test(rag) ? 'ytd' : 'month';

    const indicator: Indicator = {
      id,
      section: section || 'Scorecard',
      name: name || `Indicator ${id}`,
      polarity,
      unit,
      decimals: null,
      ytd: ytdKindFromSheet(
        unit,
        ytdValue?.kind === 'number',
        `${dataNote} ${ytdNote} ${name}`,
        ytdNote,
      ),
      ragBasis,
      targetCells,
      target,
      dot: true,
      definition: '',
      source: '',
      dataNote,
      ytdNote,
      order: i,
    };
    out.indicators.push(indicator);

    if (latestMonth && (map.fields.has('dot') || map.fields.has('rag'))) {
      out.printed.push({ indicatorId: id, month: latestMonth, dot, rag, file: ctx.file, line });
    }

    const yearCell = cell(ctx, row, 'benchmarkYear');
    const statedYear = yearCell ? readBenchmarkYear(yearCell) : null;
    if (yearCell && !statedYear && !isNoValueMarker(yearCell)) {
      report(
        ctx,
        'warning',
        'invalid-benchmark-year',
        line,
        header(ctx, 'benchmarkYear'),
        `Line ${line}, column "${header(ctx, 'benchmarkYear')}": "${yearCell}" is not a financial year such as 2014/15; ` +
          (latestYear
            ? `the benchmarks were taken as ${latestYear}, the sheet's latest year.`
            : 'the benchmarks were not imported.'),
      );
    }
    const benchYear = statedYear ?? latestYear;
    for (const [field, kind] of BENCHMARK_FIELDS) {
      const raw = cell(ctx, row, field);
      if (!raw) continue;
      const v = readValue(ctx, raw, line, header(ctx, field));
      if (v.kind !== 'number') continue;
      if (!benchYear) {
        report(
          ctx,
          'warning',
          'benchmark-without-year',
          line,
          header(ctx, field),
          `Line ${line}: the benchmark has no year, so it was not imported. Add a "Benchmark year" column (e.g. 2014/15).`,
        );
        continue;
      }
      const b: Benchmark = {
        indicatorId: id,
        benchmark: kind,
        period: benchYear,
        value: v.value,
        source: ctx.file,
        label: '',
      };
      out.benchmarks.push(b);
    }
    out.rowsAccepted += 1;
  });
}
