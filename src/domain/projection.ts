import { linearRegression, sampleStandardDeviation } from 'simple-statistics';
import type { Indicator, MonthKey, RagResult, RagStatus } from '@/domain/types';
import {
  addMonths,
  financialYearOf,
  formatMonth,
  formatMonthLong,
  monthsOfYear,
} from '@/domain/periods';
import { rateValue } from '@/domain/rag';
import { formatNumber, formatPoints } from '@/domain/format';
import { RAG_WORDS } from '@/domain/words';

/**
 * Year-end projections (SPEC 3.10). A projection is a reading of where an indicator is heading,
 * never a value: it is not in DOT, RAG, year to date or any gap, and it is drawn dashed.
 *
 * - flows (`ytd = sum`): the year to date plus last year's remaining months scaled by this
 *   year's ratio to the same months last year (seasonal), or the run rate (year to date x 12 /
 *   months elapsed) when last year is incomplete;
 * - percentages (`ytd = ratio`): the year to date;
 * - snapshots (`ytd = latest` or `none`): a straight line through the last 6 months, carried on
 *   to March, never beyond the unit's bounds (0-100% for percentages, 0 for the rest).
 *
 * The range: the remaining months may each differ from what is expected by as much as this
 * year's months did (their standard deviation s, from the seasonal or run-rate expectation, or
 * from the trend line), taken as independent: a flow's year total +/- 1.96 s sqrt(k) (k months
 * left; never below the year to date), a percentage's year figure +/- 1.96 s sqrt(k) / 12, a
 * snapshot's March figure +/- 1.96 s.
 */

/** At least this many months of the year before a projection is made. */
export const MIN_PROJECTION_MONTHS = 3;
/** A straight line through this many months, for snapshots. */
export const TREND_MONTHS = 6;
/** 95% of a normal spread lies within this many standard deviations. */
const Z = 1.96;

export type ProjectionMethod = 'seasonal' | 'run-rate' | 'year-to-date' | 'trend';

export const PROJECTION_METHOD_WORDS: Record<ProjectionMethod, string> = {
  seasonal: 'seasonal',
  'run-rate': 'run rate',
  'year-to-date': 'year to date',
  trend: 'recent trend',
};

/** One month's figure as the projection reads it. */
export interface MonthFigure {
  month: MonthKey;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
}

/** A projected month after "as at", with its range (for the chart and its table). */
export interface ProjectedMonth {
  month: MonthKey;
  value: number;
  low: number;
  high: number;
}

export type Projection =
  | { kind: 'none'; reason: string }
  | {
      kind: 'projected';
      method: ProjectionMethod;
      /** March of the financial year. */
      yearEnd: MonthKey;
      /** What `value` is: a flow's total for the year, a percentage's year figure, or March's. */
      figure: 'year-total' | 'year-to-date' | 'month';
      value: number;
      low: number;
      high: number;
      /** The months after "as at" to March, each with its range. */
      path: ProjectedMonth[];
      /** The projected figure the target rates (the year figure, or March's month by `rag_basis`). */
      rated: { value: number; low: number; high: number };
      /** The projected year-end RAG, and the RAG at each end of the range. */
      rag: RagResult;
      ragLow: RagStatus;
      ragHigh: RagStatus;
      /** The whole range rates the same and the figures are not small numbers. */
      settled: boolean;
      /** "Seasonal: the year to date (9 months, 8,951) plus ..." */
      methodWords: string;
      /** "On course for Amber by March 2016: projected 11,940 for the year (range ...)". */
      sentence: string;
    };

export interface ProjectionInput {
  indicator: Pick<Indicator, 'ytd' | 'unit' | 'polarity' | 'target' | 'ragBasis' | 'decimals'>;
  asAt: MonthKey;
  /** This financial year's months, April to "as at", oldest first. */
  thisYear: MonthFigure[];
  /** Last financial year's twelve months, April to March (values null where missing). */
  lastYear: MonthFigure[];
  /** The TREND_MONTHS months ending at "as at", oldest first (snapshots). */
  recent: MonthFigure[];
  /** Month M's figure rests on small numbers (SPEC 3.9): the projection is not settled. */
  smallNumbers: boolean;
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const sd = (xs: readonly number[]) => (xs.length < 2 ? 0 : sampleStandardDeviation([...xs]));

function bounds(unit: Indicator['unit']): [number, number] {
  return unit === 'percent' ? [0, 100] : [0, Number.POSITIVE_INFINITY];
}

const clamp = (v: number, [lo, hi]: [number, number]) => Math.min(hi, Math.max(lo, v));

const none = (reason: string): Projection => ({ kind: 'none', reason });

interface Core {
  method: ProjectionMethod;
  figure: 'year-total' | 'year-to-date' | 'month';
  value: number;
  low: number;
  high: number;
  path: ProjectedMonth[];
  methodWords: string;
}

/** The months after as-at to March, for a path. */
function remainingMonths(asAt: MonthKey): MonthKey[] {
  return monthsOfYear(financialYearOf(asAt)).filter((m) => m > asAt);
}

function projectFlow(input: ProjectionInput, fmt: (v: number) => string): Core | string {
  const values = input.thisYear.map((m) => m.value);
  const missing = input.thisYear.find((m) => m.value === null);
  if (missing)
    return `${formatMonth(missing.month)} has no value, so the year to date is not known.`;
  const v = values as number[];
  const n = v.length;
  const k = 12 - n;
  const ytd = sum(v);
  const months = remainingMonths(input.asAt);
  const last = input.lastYear.map((m) => m.value);
  const lastElapsed = sum(last.slice(0, n).map((x) => x ?? 0));
  const seasonal = last.length === 12 && last.every((x) => x !== null) && lastElapsed > 0;
  const lo = bounds(input.indicator.unit);
  if (seasonal) {
    const ly = last as number[];
    const r = ytd / lastElapsed;
    const expected = ly.slice(n).map((x) => r * x);
    const s = sd(v.map((x, i) => x - r * (ly[i] ?? 0)));
    const value = ytd + sum(expected);
    const half = Z * s * Math.sqrt(k);
    return {
      method: 'seasonal',
      figure: 'year-total',
      value,
      low: Math.max(ytd, value - half),
      high: value + half,
      path: months.map((month, i) => {
        const e = expected[i] ?? 0;
        return { month, value: e, low: clamp(e - Z * s, lo), high: clamp(e + Z * s, lo) };
      }),
      methodWords:
        `Seasonal: the year to date (${fmt(ytd)} over ${n} months) plus last year's remaining ` +
        `${k} months (${fmt(sum(ly.slice(n)))}) scaled by this year's ratio to the same months ` +
        `last year (${fmt(ytd)} against ${fmt(lastElapsed)}, ${r.toFixed(2)}).`,
    };
  }
  const rate = ytd / n;
  const s = sd(v);
  const value = (ytd * 12) / n;
  const half = Z * s * Math.sqrt(k);
  return {
    method: 'run-rate',
    figure: 'year-total',
    value,
    low: Math.max(ytd, value - half),
    high: value + half,
    path: months.map((month) => ({
      month,
      value: rate,
      low: clamp(rate - Z * s, lo),
      high: clamp(rate + Z * s, lo),
    })),
    methodWords:
      `Run rate: the year to date (${fmt(ytd)} over ${n} months) x 12 / ${n}, as last year's ` +
      `months are not all here to follow its seasons.`,
  };
}

function projectRatio(input: ProjectionInput, fmt: (v: number) => string): Core | string {
  const present = input.thisYear.filter((m) => m.value !== null);
  if (present.length < input.thisYear.length) {
    const gap = input.thisYear.find((m) => m.value === null);
    return `${gap ? formatMonth(gap.month) : 'A month'} has no value, so the year to date is not known.`;
  }
  const v = present.map((m) => m.value as number);
  const withFractions = present.every((m) => m.numerator !== null && m.denominator !== null);
  const den = sum(present.map((m) => m.denominator ?? 0));
  const ytd =
    withFractions && den > 0
      ? (sum(present.map((m) => m.numerator ?? 0)) / den) * 100
      : sum(v) / v.length;
  const n = v.length;
  const k = 12 - n;
  const s = sd(v);
  const b = bounds(input.indicator.unit);
  const half = (Z * s * Math.sqrt(k)) / 12;
  return {
    method: 'year-to-date',
    figure: 'year-to-date',
    value: ytd,
    low: clamp(ytd - half, b),
    high: clamp(ytd + half, b),
    path: remainingMonths(input.asAt).map((month) => ({
      month,
      value: ytd,
      low: clamp(ytd - Z * s, b),
      high: clamp(ytd + Z * s, b),
    })),
    methodWords:
      `Year to date: a percentage ends the year near its year to date (${fmt(ytd)} over ${n} ` +
      `months); the remaining ${k} months can move it only by their share of the year.`,
  };
}

function projectSnapshot(input: ProjectionInput, fmt: (v: number) => string): Core | string {
  const points = input.recent.flatMap((m, i) =>
    m.value === null ? [] : [[i - (input.recent.length - 1), m.value] as [number, number]],
  );
  if (points.length < MIN_PROJECTION_MONTHS)
    return `A trend needs at least ${MIN_PROJECTION_MONTHS} of the last ${TREND_MONTHS} months; ${points.length} have a value.`;
  const { m: slope, b: intercept } = linearRegression(points);
  const residuals = points.map(([x, y]) => y - (intercept + slope * x));
  // The residual standard error: the spread around the line (n - 2 degrees of freedom).
  const s =
    points.length > 2 ? Math.sqrt(sum(residuals.map((r) => r * r)) / (points.length - 2)) : 0;
  const b = bounds(input.indicator.unit);
  const path = remainingMonths(input.asAt).map((month, i) => {
    const raw = intercept + slope * (i + 1);
    return {
      month,
      value: clamp(raw, b),
      low: clamp(raw - Z * s, b),
      high: clamp(raw + Z * s, b),
    };
  });
  const end = path[path.length - 1];
  if (!end) return 'The year ends this month.';
  const first = input.recent.find((m) => m.value !== null);
  return {
    method: 'trend',
    figure: 'month',
    value: end.value,
    low: end.low,
    high: end.high,
    path,
    methodWords:
      `Recent trend: a straight line through the ${points.length} months from ` +
      `${formatMonth(first?.month ?? input.asAt)} to ${formatMonth(input.asAt)} ` +
      `(${slope >= 0 ? 'up' : 'down'} ${input.indicator.unit === 'percent' ? formatPoints(Math.abs(slope)) : fmt(Math.abs(slope))} a month), carried on to March` +
      `${input.indicator.unit === 'percent' ? ', kept between 0% and 100%' : ', never below 0'}.`,
  };
}

/**
 * The year-end projection of one indicator as at month `asAt` (SPEC 3.10), with its range, the
 * projected year-end RAG and the method in words; `none` with the reason when it cannot be made
 * (March: the year is over; fewer than three months; a missing month; no YTD kind).
 */
export function projectYearEnd(input: ProjectionInput): Projection {
  const { indicator: ind, asAt } = input;
  if (asAt.endsWith('-03'))
    return none(`${formatMonthLong(asAt)} ends the financial year: its figure is the outturn.`);
  const n = input.thisYear.length;
  const isSnapshot = ind.ytd === 'latest' || ind.ytd === 'none';
  if (!isSnapshot && n < MIN_PROJECTION_MONTHS)
    return none(
      `A projection needs at least ${MIN_PROJECTION_MONTHS} months of the year; ${formatMonthLong(asAt)} is month ${n}.`,
    );
  // One place at most: a projection is not more precise than that.
  const fmt = (v: number) => formatNumber(Math.round(v * 10) / 10, ind.unit, ind.decimals);
  const core =
    ind.ytd === 'sum'
      ? projectFlow(input, fmt)
      : ind.ytd === 'ratio'
        ? projectRatio(input, fmt)
        : projectSnapshot(input, fmt);
  if (typeof core === 'string') return none(core);

  const yearEnd = addMonths(asAt, 12 - n);
  const march = core.path[core.path.length - 1];
  // A flow's monthly threshold rates March's month; a year-to-date basis rates the year figure.
  const rated =
    core.figure === 'year-total' && ind.ragBasis === 'month' && march
      ? { value: march.value, low: march.low, high: march.high }
      : { value: core.value, low: core.low, high: core.high };
  const basis = core.figure === 'month' ? 'month' : ind.ragBasis;
  const rate = (v: number) => rateValue(ind.target, v, ind.polarity, ind.unit, basis);
  const rag = rate(rated.value);
  const ragLow = rate(rated.low).status;
  const ragHigh = rate(rated.high).status;
  const settled = ragLow === rag.status && ragHigh === rag.status && !input.smallNumbers;

  const what =
    core.figure === 'year-total'
      ? 'for the year'
      : core.figure === 'year-to-date'
        ? 'for the year'
        : `in ${formatMonthLong(yearEnd)}`;
  const figures = `projected ${fmt(core.value)} ${what} (range ${fmt(core.low)} to ${fmt(core.high)})`;
  const by = `by ${formatMonthLong(yearEnd)}`;
  const rated3 = rag.status === 'red' || rag.status === 'amber' || rag.status === 'green';
  let sentence: string;
  if (!rated3) sentence = `${capital(figures)}; no target to rate it against.`;
  else if (settled) sentence = `On course for ${RAG_WORDS[rag.status]} ${by}: ${figures}.`;
  else if (input.smallNumbers)
    sentence = `Heading for ${RAG_WORDS[rag.status]} ${by}, but on small numbers that cannot be relied on: ${figures}.`;
  else {
    const others = [...new Set([ragLow, ragHigh])]
      .filter((s) => s !== rag.status)
      .map((s) => RAG_WORDS[s]);
    sentence =
      `Heading for ${RAG_WORDS[rag.status]} ${by}, but within ordinary variation it could end ` +
      `${others.join(' or ')}: ${figures}.`;
  }
  return { kind: 'projected', yearEnd, ...core, rated, rag, ragLow, ragHigh, settled, sentence };
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The months a projection reads, from a look-up of one month's figure. */
export function projectionMonths(
  asAt: MonthKey,
  figureOf: (month: MonthKey) => MonthFigure,
): Pick<ProjectionInput, 'thisYear' | 'lastYear' | 'recent'> {
  const year = monthsOfYear(financialYearOf(asAt));
  return {
    thisYear: year.filter((m) => m <= asAt).map(figureOf),
    lastYear: year.map((m) => figureOf(addMonths(m, -12))),
    recent: Array.from({ length: TREND_MONTHS }, (_, i) =>
      figureOf(addMonths(asAt, i - TREND_MONTHS + 1)),
    ),
  };
}
