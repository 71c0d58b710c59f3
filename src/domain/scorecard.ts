import type {
  Benchmark,
  BenchmarkCell,
  BenchmarkKind,
  Disagreement,
  Indicator,
  MonthKey,
  Observation,
  RagRule,
  RagStatus,
  Scorecard,
  ScorecardRow,
  WorkspaceData,
  YearKey,
  YtdResult,
} from '@/domain/types';
import { populationFigures, withPopulationRate } from '@/domain/population';
import { nationalBenchmarks } from '@/domain/national';
import {
  addMonths,
  financialYearOf,
  latestEndedYear,
  monthsOfYear,
  previousYear,
  rollingMonths,
  ytdMonths,
} from '@/domain/periods';
import { compareIds } from '@/domain/ids';
import { directionOfTravel, printedDotAgrees, printedRagStatus } from '@/domain/dot';
import { rateValue } from '@/domain/rag';
import { twoTestRag } from '@/domain/rag-two-test';
import { awaitingAt, returnedIn } from '@/domain/completeness';
import { annualOutturn, computeYtd } from '@/domain/ytd';
import { isStale, withGaps } from '@/domain/gaps';
import { comparedFigure } from '@/domain/gap-basis';
import { observedMonths, seriesOfMonths, signalAt } from '@/domain/signal';
import type { SpcPoint } from '@/domain/spc';
import { spcSettingsFor } from '@/domain/spc-settings';
import { DOT_WORDS, RAG_WORDS } from '@/domain/words';

/** The benchmark columns of the Performance Summary, in print order. */
export const SCORECARD_BENCHMARKS: BenchmarkKind[] = [
  'sn_avg',
  'best_sn',
  'national_avg',
  'national_top_quartile',
];

/** Fast look-ups over a workspace, built once per workspace object (see indexWorkspace). */
export interface WorkspaceIndex {
  ws: WorkspaceData;
  observation(indicatorId: string, period: string): Observation | null;
  benchmarksOf(indicatorId: string): Benchmark[];
  /**
   * An indicator's months with a value, oldest first, as the signal-or-noise analysis reads them
   * (through `observation`): the same for every month, so kept for the next month asked.
   */
  seriesOf(indicatorId: string): readonly SpcPoint[];
}

/** Benchmarks derived from national data, per workspace and indicator (see indexWorkspace). */
const derivedByWorkspace = new WeakMap<WorkspaceData, Map<string, Benchmark[]>>();

/** Indexes kept per workspace object: workspaces are never changed in place. */
const indexes = new WeakMap<WorkspaceData, WorkspaceIndex>();

/**
 * The index of a workspace, built on its first read and kept while the workspace lives, so
 * choosing another month, or opening another screen, does not walk every observation again.
 */
export function indexWorkspace(ws: WorkspaceData): WorkspaceIndex {
  let ix = indexes.get(ws);
  if (!ix) {
    ix = buildIndex(ws);
    indexes.set(ws, ix);
  }
  return ix;
}

function buildIndex(ws: WorkspaceData): WorkspaceIndex {
  // Per indicator, its values by period: a look-up makes no key string (a scorecard of 500
  // indicators makes some 60,000 look-ups).
  const obs = new Map<string, Map<string, Observation>>();
  // Rates per 10,000 given as counts only are computed from the population (SPEC 2.6).
  const populations = populationFigures(ws);
  const rates = new Set(ws.indicators.filter((i) => i.unit === 'rate_per_10k').map((i) => i.id));
  for (const o of ws.observations) {
    const read = rates.has(o.indicatorId) ? withPopulationRate(o, populations) : o;
    let periods = obs.get(o.indicatorId);
    if (!periods) {
      periods = new Map();
      obs.set(o.indicatorId, periods);
    }
    periods.set(o.period, read);
  }
  const observation = (id: string, period: string): Observation | null =>
    obs.get(id)?.get(period) ?? null;
  const series = new Map<string, readonly SpcPoint[]>();
  const benchmarks = new Map<string, Benchmark[]>();
  for (const b of ws.benchmarks) {
    const list = benchmarks.get(b.indicatorId) ?? [];
    list.push(b);
    benchmarks.set(b.indicatorId, list);
  }
  // Benchmarks from published national data (SPEC 2.5) for mapped indicators, derived here on
  // every read; an imported benchmark of the same kind and year wins over a derived one.
  const byId = new Map(ws.indicators.map((i) => [i.id, i]));
  // Kept per workspace object (workspaces are never changed in place), so choosing another month
  // does not compute the comparisons again.
  let derived = derivedByWorkspace.get(ws);
  if (!derived) {
    derived = new Map<string, Benchmark[]>();
    derivedByWorkspace.set(ws, derived);
  }
  const cache = derived;
  const withNational = (id: string): Benchmark[] => {
    const imported = benchmarks.get(id) ?? [];
    const ind = byId.get(id);
    if (!ind || !ws.ownLa || !(ws.nationalMappings ?? []).some((m) => m.indicatorId === id))
      return imported;
    let list = cache.get(id);
    if (!list) {
      const held = new Set(imported.map((b) => `${b.benchmark}\u0000${b.period}`));
      list = [
        ...imported,
        ...nationalBenchmarks(ws, ind).filter((b) => !held.has(`${b.benchmark}\u0000${b.period}`)),
      ];
      cache.set(id, list);
    }
    return list;
  };
  return {
    ws,
    observation,
    benchmarksOf: withNational,
    seriesOf: (id) => {
      let points = series.get(id);
      if (!points) {
        points = seriesOfMonths(id, observedMonths(ws, id), observation);
        series.set(id, points);
      }
      return points;
    },
  };
}

/**
 * Scorecard order: sections in the order they first appear in the imported sheet or catalogue,
 * and within a section ids sorted naturally (6.9, 6.10, 6.11).
 */
export function orderIndicators(indicators: Indicator[]): Indicator[] {
  const byOrder = [...indicators].sort((a, b) => a.order - b.order);
  const sectionRank = new Map<string, number>();
  for (const ind of byOrder)
    if (!sectionRank.has(ind.section)) sectionRank.set(ind.section, sectionRank.size);
  return byOrder.sort(
    (a, b) =>
      (sectionRank.get(a.section) ?? 0) - (sectionRank.get(b.section) ?? 0) ||
      compareIds(a.id, b.id),
  );
}

/** Snapshot measures are read at a point in time, so a year's outturn is its March value. */
const isSnapshot = (ind: Indicator) => ind.ytd === 'latest' || ind.ytd === 'none';

/** Year to date of one indicator as at month M (SPEC 3.4); `months` are M's `ytdMonths`. */
export function ytdAt(
  ix: WorkspaceIndex,
  ind: Indicator,
  asAt: MonthKey,
  months: readonly MonthKey[] = ytdMonths(asAt),
): YtdResult {
  return computeYtd({
    kind: ind.ytd,
    unit: ind.unit,
    months: months.map((m) => ix.observation(ind.id, m)),
    imported: ix.ws.importedYtd.find((y) => y.indicatorId === ind.id && y.month === asAt) ?? null,
    decimals: ind.decimals,
  });
}

/**
 * Annual outturn of a financial year: imported value, else computed from the months (SPEC 3.1).
 * `months` are the year's `monthsOfYear`.
 */
export function outturn(
  ix: WorkspaceIndex,
  ind: Indicator,
  year: YearKey,
  months: readonly MonthKey[] = monthsOfYear(year),
): { value: number | null; source: 'imported' | 'computed' | 'none' } {
  const result = annualOutturn({
    kind: ind.ytd,
    unit: ind.unit,
    snapshot: isSnapshot(ind),
    months: months.map((m) => ix.observation(ind.id, m)),
    imported: ix.observation(ind.id, year),
  });
  return { value: result.value, source: result.source };
}

/** The months and years a row as at month M reads: the same for every row, so worked out once. */
interface Calendar {
  asAt: MonthKey;
  /** The two months before M and M. */
  recent: MonthKey[];
  previous: MonthKey;
  ytd: MonthKey[];
  rolling: MonthKey[];
  /** The two financial years before M's, each with its months. */
  trendYears: { year: YearKey; months: MonthKey[] }[];
}

function calendarOf(asAt: MonthKey): Calendar {
  const fy = financialYearOf(asAt);
  return {
    asAt,
    recent: [-2, -1, 0].map((k) => addMonths(asAt, k)),
    previous: addMonths(asAt, -1),
    ytd: ytdMonths(asAt),
    rolling: rollingMonths(asAt),
    trendYears: [previousYear(previousYear(fy)), previousYear(fy)].map((year) => ({
      year,
      months: monthsOfYear(year),
    })),
  };
}

/** The newest benchmark of each kind, marked stale when older than the latest two years. */
export function latestBenchmarks(
  ix: WorkspaceIndex,
  ind: Indicator,
  asAt: MonthKey,
  kinds: BenchmarkKind[] = SCORECARD_BENCHMARKS,
): Omit<BenchmarkCell, 'gap'>[] {
  const year = financialYearOf(asAt);
  // Only years that had ended by the month: a benchmark is an outturn of a whole year.
  const ended = latestEndedYear(asAt);
  const all = ix.benchmarksOf(ind.id);
  return kinds.map((kind) => {
    const newest = all
      .filter((b) => b.benchmark === kind && b.period <= ended)
      .sort((a, b) => (a.period < b.period ? 1 : -1))[0];
    return newest
      ? { kind, benchmark: newest, stale: isStale(newest.period, year) }
      : { kind, benchmark: null, stale: false };
  });
}

/** Options of a scorecard: `ragRule: 'two_test'` rates every row on the board's two tests. */
export interface ScorecardOptions {
  ragRule?: RagRule;
}

/** Everything the scorecard says about one indicator as at month M. Pure. */
export function computeRow(
  ix: WorkspaceIndex,
  ind: Indicator,
  asAt: MonthKey,
  options: ScorecardOptions = {},
): ScorecardRow {
  return rowAt(ix, ind, calendarOf(asAt), options);
}

function rowAt(
  ix: WorkspaceIndex,
  ind: Indicator,
  cal: Calendar,
  options: ScorecardOptions,
): ScorecardRow {
  const { asAt } = cal;
  const current = ix.observation(ind.id, asAt);
  const previous = ix.observation(ind.id, cal.previous);
  const ytd = ytdAt(ix, ind, asAt, cal.ytd);
  const dot = directionOfTravel({
    polarity: ind.polarity,
    current: current?.value != null ? { value: current.value, decimals: current.decimals } : null,
    previous:
      previous?.value != null ? { value: previous.value, decimals: previous.decimals } : null,
    decimals: ind.decimals,
    target: ind.target,
    enabled: ind.dot,
  });
  const rated = ind.ragBasis === 'ytd' ? ytd.value : (current?.value ?? null);
  const targetRag = rateValue(ind.target, rated, ind.polarity, ind.unit, ind.ragBasis);
  const printed = ix.ws.printed.find((p) => p.indicatorId === ind.id && p.month === asAt) ?? null;
  const disagreements: Disagreement[] = [];
  if (printed) {
    if (printedDotAgrees(printed.dot, dot) === false) {
      disagreements.push({ field: 'dot', printed: printed.dot, computed: DOT_WORDS[dot.label] });
    }
    const printedRag = printedRagStatus(printed.rag);
    if (printedRag !== null && printedRag !== targetRag.status) {
      disagreements.push({
        field: 'rag',
        printed: printed.rag,
        computed: RAG_WORDS[targetRag.status],
      });
    }
  }
  const compared = comparedFigure({
    indicator: ind,
    asAt,
    current,
    ytd,
    last12: cal.rolling.map((m) => ix.observation(ind.id, m)),
  });
  const benchmarks = withGaps(latestBenchmarks(ix, ind, asAt), compared, ind);
  // The one rule for the row's RAG (docs/rules.md): the view's two tests, else the catalogue's
  // rag_rule two_test, else the target (`trajectory` rates its path beside it, never the row).
  const ragRule: RagRule = options.ragRule === 'two_test' ? 'two_test' : (ind.ragRule ?? 'target');
  const rag =
    ragRule === 'two_test'
      ? twoTestRag({
          indicator: ind,
          targetRag,
          compared,
          england: benchmarks.find((b) => b.kind === 'national_avg')?.benchmark ?? null,
        })
      : targetRag;
  return {
    indicator: ind,
    recent: cal.recent.map((month) => ({ month, observation: ix.observation(ind.id, month) })),
    current,
    ytd,
    dot,
    rag,
    yearTrend: cal.trendYears.map(({ year, months }) => ({
      year,
      ...outturn(ix, ind, year, months),
    })),
    compared,
    benchmarks,
    printed,
    disagreements,
    signal: signalAt({
      indicator: ind,
      asAt,
      months: observedMonths(ix.ws, ind.id),
      series: ix.seriesOf(ind.id),
      observation: ix.observation,
      settings: spcSettingsFor(ix.ws, ind.id),
    }),
    ragRule,
    awaiting: awaitingAt(ind, returnedIn(ix.ws), asAt),
  };
}

/** A count of every RAG status, all zero. */
export const emptyCounts = (): Record<RagStatus, number> => ({
  red: 0,
  amber: 0,
  green: 0,
  'no-target': 0,
  'no-data': 0,
  tbc: 0,
});

/** The Performance Summary as at month end M: a pure function of the workspace and M. */
export function computeScorecard(
  ws: WorkspaceData,
  asAt: MonthKey,
  options: ScorecardOptions = {},
): Scorecard {
  const ix = indexWorkspace(ws);
  const cal = calendarOf(asAt);
  const rows = orderIndicators(ws.indicators).map((ind) => rowAt(ix, ind, cal, options));
  const counts = emptyCounts();
  for (const r of rows) counts[r.rag.status] += 1;
  const sections: string[] = [];
  for (const r of rows)
    if (!sections.includes(r.indicator.section)) sections.push(r.indicator.section);
  return {
    asAt,
    recentMonths: cal.recent,
    trendYears: cal.trendYears.map((t) => t.year),
    benchmarkYears: commonBenchmarkYears(rows),
    sections,
    rows,
    counts,
  };
}

/**
 * The year most of the rows' benchmarks of each kind relate to, for the column header
 * ("SN average 2014/15", as the printed "LATEST BENCHMARKING - 2014/15"); a cell of another year
 * shows its own. Null for a kind no row has.
 */
export function commonBenchmarkYears(rows: ScorecardRow[]): Record<BenchmarkKind, YearKey | null> {
  const out = {} as Record<BenchmarkKind, YearKey | null>;
  for (const kind of SCORECARD_BENCHMARKS) {
    const tally = new Map<YearKey, number>();
    for (const r of rows) {
      const b = r.benchmarks.find((c) => c.kind === kind)?.benchmark;
      if (b) tally.set(b.period, (tally.get(b.period) ?? 0) + 1);
    }
    // Most rows first; on a tie the newer year.
    const best = [...tally].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? 1 : -1))[0];
    out[kind] = best ? best[0] : null;
  }
  return out;
}
