import type {
  Benchmark,
  BenchmarkCell,
  BenchmarkKind,
  Commentary,
  Indicator,
  MonthKey,
  Observation,
  Provenance,
  ScorecardRow,
  Target,
  WorkspaceData,
  YearKey,
} from '@/domain/types';
import {
  computeRow,
  indexWorkspace,
  latestBenchmarks,
  orderIndicators,
  outturn,
  type WorkspaceIndex,
} from '@/domain/scorecard';
import { revisionsOf, isMonthKey } from '@/domain/workspace';
import {
  addMonths,
  financialYearOf,
  formatMonth,
  monthsOfYear,
  previousYear,
} from '@/domain/periods';
import {
  topQuartilePosition,
  withGaps,
  type BenchmarkGap,
  type QuartilePosition,
} from '@/domain/gaps';
import { formatNumber, formatThreshold } from '@/domain/format';
import { formatDay } from '@/domain/dates';
import { relatedMeasures, type RelatedGroup } from '@/domain/related-measures';
import {
  nationalBenchmarks,
  nationalComparisonAt,
  type NationalComparison,
} from '@/domain/national';
import { spcChart, type SpcChart } from '@/domain/spc-chart';
import type { Projection } from '@/domain/projection';
import type { Trajectory } from '@/domain/trajectory';
import { indicatorProjection, indicatorTrajectory } from '@/domain/indicator-outlook';

/** One month of an indicator, ready for a chart and its data table. */
export interface SeriesPoint {
  month: MonthKey;
  /** 'Apr-15'. */
  label: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  /** The cell as imported ('' when there is no value for the month). */
  raw: string;
  /** The value this one replaced at the latest re-import, or null (SPEC 2.7). */
  revisedFrom: Observation | null;
}

/** The months of one financial year, April to March, with months after "as at" left empty. */
export interface YearSeries {
  year: YearKey;
  points: SeriesPoint[];
}

/**
 * What the trend chart draws for the target, as numbers in the indicator's unit:
 * - threshold: the target line, amber band between red threshold and target;
 * - target-only: the target line;
 * - band: the centre line, amber bands centre±green..centre±amber on both sides;
 * - range: the two ends of the range, amber band from the top to top+tolerance;
 * - none / tbc / invalid: nothing.
 */
export interface TargetGuide {
  form: Target['form'];
  lines: { kind: 'target' | 'centre' | 'range-low' | 'range-high'; value: number }[];
  amberBands: { low: number; high: number }[];
  /** The target in words for a sentence: "the 23% target", "the 14-20 range"; '' when none. */
  phrase: string;
}

/** A benchmark to draw as a reference line: SN average or England, with its year. */
export interface ReferenceValue {
  kind: 'sn_avg' | 'national_avg';
  value: number;
  year: YearKey;
  stale: boolean;
}

/** A financial year's outturn (SPEC 3.1). */
export interface AnnualPoint {
  year: YearKey;
  value: number;
  source: 'imported' | 'computed';
}

/** One benchmark with the gap from the compared figure (SPEC 3.5, 3.6). */
export interface GapView {
  cell: BenchmarkCell & { benchmark: NonNullable<BenchmarkCell['benchmark']> };
  gap: BenchmarkGap | null;
  /** Where the benchmark shown comes from: the council's own file or sheet, or published data. */
  from: 'imported' | 'published';
  /**
   * The same benchmark for the same year from published national data, when the council's own
   * file also gives it and so is used instead (SPEC 3.5); null otherwise.
   */
  notUsed: Benchmark | null;
}

/** One earlier value kept by a re-import, with its sentence for the page. */
export interface RevisionView {
  period: string;
  label: string;
  current: Observation | null;
  previous: Observation;
  replacedBy: Provenance;
  /** "Dec-15: 1,052, revised from 1,041 (scorecard-2015-12.csv, 18 Jan 2016)". */
  sentence: string;
}

export interface RelatedSeries {
  indicator: Indicator;
  /** Short label for the chart: id and the words that differ ("3.6 No further action"). */
  label: string;
  points: SeriesPoint[];
}

export interface IndicatorView {
  asAt: MonthKey;
  indicator: Indicator;
  row: ScorecardRow;
  year: YearSeries;
  previousYear: YearSeries;
  target: TargetGuide;
  references: ReferenceValue[];
  annual: AnnualPoint[];
  /** Every benchmark we hold for the indicator (newest of each kind), with its gap. */
  gaps: GapView[];
  /** Position against the national top-quartile threshold, or null without one. */
  topQuartile: QuartilePosition | null;
  /** Every revision of the indicator, newest period first. */
  revisions: RevisionView[];
  /** Related measures drawn together (null when the indicator has none): see related-measures.ts. */
  related: { group: RelatedGroup; series: RelatedSeries[] } | null;
  /** The comparison with published national data for the latest ended year (SPEC 2.5), or null. */
  national: NationalComparison | null;
  commentary: Commentary | null;
  previousCommentary: Commentary | null;
  /** Neighbours in the scorecard's order, for "previous / next indicator". */
  previousId: string | null;
  nextId: string | null;
  /** The SPC view of the months up to as-at (SPEC 3.9); its verdicts are in `row.signal`. */
  spc: SpcChart;
  /** Where it is heading by March (SPEC 3.10): a reading, drawn dashed, never used as a value. */
  projection: Projection;
  /** Its target by a date (SPEC 2.10), or null when it has none. */
  trajectory: Trajectory | null;
}

const ALL_BENCHMARKS: BenchmarkKind[] = [
  'sn_avg',
  'best_sn',
  'national_avg',
  'national_top_quartile',
  'regional_avg',
];

function point(
  ix: WorkspaceIndex,
  ws: WorkspaceData,
  id: string,
  month: MonthKey,
  asAt: MonthKey,
): SeriesPoint {
  const o = month > asAt ? null : ix.observation(id, month);
  return {
    month,
    label: formatMonth(month),
    value: o?.value ?? null,
    numerator: o?.numerator ?? null,
    denominator: o?.denominator ?? null,
    raw: o?.raw ?? '',
    revisedFrom: o ? (revisionsOf(ws, id, month)[0]?.previous ?? null) : null,
  };
}

function yearSeries(ix: WorkspaceIndex, id: string, year: YearKey, asAt: MonthKey): YearSeries {
  return { year, points: monthsOfYear(year).map((m) => point(ix, ix.ws, id, m, asAt)) };
}

/** Drops floating-point noise from sums of written numbers. */
const tidy = (v: number) => Math.round(v * 1e9) / 1e9;

/** The target as numbers to draw, and as a phrase for sentences (numbers as written: "23%"). */
export function targetGuide(target: Target, unit: Indicator['unit']): TargetGuide {
  const f = (v: number) => formatThreshold(v, unit);
  switch (target.form) {
    case 'threshold':
      return {
        form: target.form,
        lines: [{ kind: 'target', value: target.green }],
        amberBands:
          target.red === target.green
            ? []
            : [
                {
                  low: Math.min(target.red, target.green),
                  high: Math.max(target.red, target.green),
                },
              ],
        phrase: `the ${f(target.green)} target`,
      };
    case 'target-only':
      return {
        form: target.form,
        lines: [{ kind: 'target', value: target.green }],
        amberBands: [],
        phrase: `the ${f(target.green)} target`,
      };
    case 'band':
      // Rounded so that 158.8 - 15 is 143.8, not 143.80000000000001.
      return {
        form: target.form,
        lines: [{ kind: 'centre', value: target.centre }],
        amberBands: [
          { low: tidy(target.centre - target.amber), high: tidy(target.centre - target.green) },
          { low: tidy(target.centre + target.green), high: tidy(target.centre + target.amber) },
        ],
        phrase: `the target of ${f(target.centre)} (within ${f(target.green)})`,
      };
    case 'range': {
      const tolerance = target.tolerancePercent
        ? (target.high * target.tolerance) / 100
        : target.tolerance;
      return {
        form: target.form,
        lines: [
          { kind: 'range-low', value: target.low },
          { kind: 'range-high', value: target.high },
        ],
        amberBands:
          tolerance > 0 ? [{ low: target.high, high: tidy(target.high + tolerance) }] : [],
        phrase: `the ${f(target.low)}-${f(target.high)} range`,
      };
    }
    default:
      return { form: target.form, lines: [], amberBands: [], phrase: '' };
  }
}

/**
 * Financial years with an outturn, oldest first: every year with an imported annual value, and
 * every year with monthly values, up to the selected year. The year in progress (the selected
 * one, unless "as at" is March) is left out unless it was imported: its months are on the trend
 * chart, and a part-year total is not an outturn.
 */
function annualSeries(ix: WorkspaceIndex, ind: Indicator, asAt: MonthKey): AnnualPoint[] {
  const fy = financialYearOf(asAt);
  const complete = asAt.endsWith('-03');
  const years = new Set<YearKey>();
  for (const o of ix.ws.observations) {
    if (o.indicatorId !== ind.id) continue;
    if (isMonthKey(o.period)) {
      if (o.value !== null || o.numerator !== null) years.add(financialYearOf(o.period));
    } else years.add(o.period);
  }
  return [...years]
    .filter((y) => y <= fy)
    .sort()
    .flatMap((year) => {
      const result = outturn(ix, ind, year);
      if (result.value === null || result.source === 'none') return [];
      if (year === fy && !complete && result.source !== 'imported') return [];
      return [{ year, value: result.value, source: result.source }];
    });
}

function revisionSentence(
  label: string,
  current: Observation | null,
  previous: Observation,
  replacedBy: Provenance,
  ind: Indicator,
): string {
  const show = (o: Observation | null) =>
    o === null
      ? 'no value'
      : o.value === null
        ? o.raw.trim() || 'no value'
        : formatNumber(o.value, ind.unit, ind.decimals ?? o.decimals);
  const when = formatDay(replacedBy.importedAt);
  return `${label}: ${show(current)}, revised from ${show(previous)} (${replacedBy.file}, ${when})`;
}

/**
 * Everything the indicator page shows for indicator `id` as at month end `asAt`: a pure function
 * of the workspace. Null when the workspace has no such indicator.
 */
export function computeIndicatorView(
  ws: WorkspaceData,
  id: string,
  asAt: MonthKey,
): IndicatorView | null {
  const ind = ws.indicators.find((i) => i.id === id);
  if (!ind) return null;
  const ix = indexWorkspace(ws);
  const row = computeRow(ix, ind, asAt);
  const fy = financialYearOf(asAt);

  const references: ReferenceValue[] = latestBenchmarks(ix, ind, asAt, [
    'sn_avg',
    'national_avg',
  ]).flatMap((cell) =>
    cell.benchmark && (cell.kind === 'sn_avg' || cell.kind === 'national_avg')
      ? [
          {
            kind: cell.kind,
            value: cell.benchmark.value,
            year: cell.benchmark.period,
            stale: cell.stale,
          },
        ]
      : [],
  );

  // Benchmarks computed from published national data (SPEC 2.5), to show beside an imported one
  // of the same kind and year, which wins (SPEC 3.5).
  const published = nationalBenchmarks(ws, ind);
  // Every gap is from the row's compared figure (SPEC 3.6), as on the scorecard and the overview.
  const gaps: GapView[] = withGaps(
    latestBenchmarks(ix, ind, asAt, ALL_BENCHMARKS),
    row.compared,
    ind,
  ).flatMap((cell) => {
    const benchmark = cell.benchmark;
    if (!benchmark) return [];
    const imported = ws.benchmarks.includes(benchmark);
    const notUsed = imported
      ? (published.find(
          (b) => b.benchmark === benchmark.benchmark && b.period === benchmark.period,
        ) ?? null)
      : null;
    return [
      {
        cell: { ...cell, benchmark },
        gap: cell.gap,
        from: imported ? ('imported' as const) : ('published' as const),
        notUsed,
      },
    ];
  });
  const quartile = gaps.find((g) => g.cell.kind === 'national_top_quartile');
  const compared = row.compared;
  const topQuartile =
    quartile && compared.kind !== 'none'
      ? topQuartilePosition(
          compared.value,
          quartile.cell.benchmark.value,
          ind.polarity,
          ind.unit,
          compared.words,
        )
      : null;

  const revisions: RevisionView[] = ws.revisions
    .filter((r) => r.indicatorId === id)
    .sort((a, b) => (a.period < b.period ? 1 : a.period > b.period ? -1 : 0))
    .map((r) => {
      const label = isMonthKey(r.period) ? formatMonth(r.period) : r.period;
      const now = ix.observation(id, r.period);
      return {
        period: r.period,
        label,
        current: now,
        previous: r.previous,
        replacedBy: r.replacedBy,
        sentence: revisionSentence(label, now, r.previous, r.replacedBy, ind),
      };
    });

  const group = relatedMeasures(ws.indicators, ind);
  const related = group
    ? {
        group,
        series: group.members.map((m) => ({
          indicator: m.indicator,
          label: m.label,
          points: yearSeries(ix, m.indicator.id, fy, asAt).points,
        })),
      }
    : null;

  const ordered = orderIndicators(ws.indicators);
  const at = ordered.findIndex((i) => i.id === id);
  const note = (month: MonthKey) =>
    ws.commentary.find((c) => c.indicatorId === id && c.month === month) ?? null;

  return {
    asAt,
    indicator: ind,
    row,
    year: yearSeries(ix, id, fy, asAt),
    previousYear: yearSeries(ix, id, previousYear(fy), asAt),
    target: targetGuide(ind.target, ind.unit),
    references,
    annual: annualSeries(ix, ind, asAt),
    gaps,
    topQuartile,
    revisions,
    related,
    national: nationalComparisonAt(ws, ind, asAt),
    commentary: note(asAt),
    previousCommentary: note(addMonths(asAt, -1)),
    previousId: ordered[at - 1]?.id ?? null,
    nextId: ordered[at + 1]?.id ?? null,
    spc: spcChart(row.signal.analysis, ind.polarity),
    projection: indicatorProjection(ix, ind, row, asAt),
    trajectory: indicatorTrajectory(ix, ind, asAt),
  };
}
