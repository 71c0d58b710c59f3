import { compareMonths, formatMonthLong } from '@/domain/periods';
import type { MonthKey } from '@/domain/types';

/**
 * XmR statistics for a monthly series, as NHS England's Making Data Count defines them (SPEC 3.9,
 * docs/rules.md "Signal or noise"). Pure arithmetic on the values as imported: no rounding, no
 * polarity (the verdicts in `spc-verdict.ts` add the judgement).
 */

/** One month's value. Months without a value are left out of the series by the caller. */
export interface SpcPoint {
  month: MonthKey;
  value: number;
}

/** A month the user marked: limits are recalculated from it (a definition change, a new system). */
export interface SeriesBreak {
  month: MonthKey;
  /** Why, in the user's words ("new recording system"); drawn on the chart beside the break. */
  reason: string;
}

export interface SpcSettings {
  /** Points in a shift or a trend: 7 (Making Data Count's default) or 6 (allowed by its tool). */
  runLength: 6 | 7;
  /** Points needed before limits are drawn (13, as the Making Data Count tool). */
  minimumPoints: number;
  /** Limits fixed from the first N points of each segment; null = from all its points. */
  baselinePoints: number | null;
  /** Recalculation marks; each starts a new segment with its own limits. */
  breaks: readonly SeriesBreak[];
}

export const DEFAULT_SPC_SETTINGS: SpcSettings = {
  runLength: 7,
  minimumPoints: 13,
  baselinePoints: null,
  breaks: [],
};

/** 3 / d2 for moving ranges of two points (d2 = 1.128): the limits are 3 sigma from the mean. */
export const XMR_LIMIT_FACTOR = 2.66;

export type SpecialCauseRule = 'beyond-limit' | 'shift' | 'trend' | 'two-of-three';
/** Above the mean or rising ('up'); below or falling ('down'). Judgement comes later. */
export type SignalDirection = 'up' | 'down';

/** One pattern that a special-cause rule found in a segment. Indices are into its points. */
export interface SpecialCause {
  rule: SpecialCauseRule;
  direction: SignalDirection;
  /** The pattern's first and last points (a 2-of-3 window, a run, a single point). */
  first: number;
  last: number;
  /** The points the pattern marks (a 2-of-3 window marks only its points beyond 2 sigma). */
  flagged: number[];
  /** Points that count: a shift's or trend's run length, 2 (or 3) for 2-of-3, 1 for a point. */
  count: number;
  /** Trend only: repeated values inside the run (they neither extend nor break it). */
  repeats: number;
}

export interface XmrLimits {
  /** Mean of the baseline points. */
  mean: number;
  /** Mean of the baseline's moving ranges. */
  meanMovingRange: number;
  /** mean +/- 2.66 x mean moving range. */
  upper: number;
  lower: number;
  /** Two thirds of the way from the mean to the limits (2 sigma). */
  upperTwoSigma: number;
  lowerTwoSigma: number;
  /** One third of the way (1 sigma). */
  upperOneSigma: number;
  lowerOneSigma: number;
  /** The points the limits were computed from. */
  baselineFrom: MonthKey;
  baselineTo: MonthKey;
  baselineCount: number;
  /** Fixed from a baseline shorter than the segment (later points are judged against them). */
  fixed: boolean;
}

export interface XmrPoint extends SpcPoint {
  /** |x(i) - x(i-1)| within the segment; null for a segment's first point. */
  movingRange: number | null;
  /** Every pattern that marks this point (empty: common cause). */
  causes: SpecialCause[];
}

export interface XmrSegment {
  from: MonthKey;
  to: MonthKey;
  /** The mark that starts this segment; null for the first. */
  startedBy: SeriesBreak | null;
  points: XmrPoint[];
  /** Null when there are too few points; `noLimitsReason` then says why. */
  limits: XmrLimits | null;
  noLimitsReason: string | null;
  /** Every pattern found (empty without limits). */
  causes: SpecialCause[];
}

export interface XmrAnalysis {
  settings: SpcSettings;
  /** Oldest first; empty for an empty series. The last one decides the verdicts. */
  segments: XmrSegment[];
}

/** Relative tolerance for "on the mean" and the limit comparisons (values are decimals as read). */
const EPS = 1e-9;
const tol = (x: number) => EPS * Math.max(1, Math.abs(x));

/** +1 above the mean, -1 below, 0 on it. */
function side(value: number, mean: number): -1 | 0 | 1 {
  if (Math.abs(value - mean) <= tol(mean)) return 0;
  return value > mean ? 1 : -1;
}

const dir = (s: number): SignalDirection => (s > 0 ? 'up' : 'down');

/** Limits from the first `count` points of a segment (MR from the second of them on). */
export function xmrLimits(points: readonly SpcPoint[], count = points.length): XmrLimits | null {
  const base = points.slice(0, count);
  const first = base[0];
  const last = base[base.length - 1];
  if (base.length < 2 || first === undefined || last === undefined) return null;
  const mean = base.reduce((s, p) => s + p.value, 0) / base.length;
  let mrSum = 0;
  for (let i = 1; i < base.length; i += 1) {
    mrSum += Math.abs(base[i]!.value - base[i - 1]!.value);
  }
  const meanMovingRange = mrSum / (base.length - 1);
  const spread = XMR_LIMIT_FACTOR * meanMovingRange;
  return {
    mean,
    meanMovingRange,
    upper: mean + spread,
    lower: mean - spread,
    upperTwoSigma: mean + (2 / 3) * spread,
    lowerTwoSigma: mean - (2 / 3) * spread,
    upperOneSigma: mean + spread / 3,
    lowerOneSigma: mean - spread / 3,
    baselineFrom: first.month,
    baselineTo: last.month,
    baselineCount: base.length,
    fixed: base.length < points.length,
  };
}

/** A point beyond a process limit (strictly: a point on the limit is within it). */
export function beyondLimitCauses(values: readonly number[], limits: XmrLimits): SpecialCause[] {
  const out: SpecialCause[] = [];
  values.forEach((v, i) => {
    const up = v > limits.upper + tol(limits.upper);
    const down = v < limits.lower - tol(limits.lower);
    if (up || down) {
      out.push({
        rule: 'beyond-limit',
        direction: up ? 'up' : 'down',
        first: i,
        last: i,
        flagged: [i],
        count: 1,
        repeats: 0,
      });
    }
  });
  return out;
}

/** Runs of at least `runLength` points on one side of the mean; a point on the mean breaks one. */
export function shiftCauses(
  values: readonly number[],
  mean: number,
  runLength: number,
): SpecialCause[] {
  const out: SpecialCause[] = [];
  let start = 0;
  for (let i = 1; i <= values.length; i += 1) {
    const s = side(values[start]!, mean);
    const continues = i < values.length && s !== 0 && side(values[i]!, mean) === s;
    if (continues) continue;
    const length = i - start;
    if (s !== 0 && length >= runLength) {
      out.push({
        rule: 'shift',
        direction: dir(s),
        first: start,
        last: i - 1,
        flagged: range(start, i - 1),
        count: length,
        repeats: 0,
      });
    }
    start = i;
  }
  return out;
}

/**
 * Runs of at least `runLength` points each strictly higher (or lower) than the one before. A value
 * equal to the one before neither extends nor breaks a run: it lies inside it (and is marked with
 * it) but is not counted.
 */
export function trendCauses(values: readonly number[], runLength: number): SpecialCause[] {
  // Blocks of equal consecutive values: a trend is a run of strictly rising (falling) blocks.
  const blocks: { value: number; start: number; end: number }[] = [];
  values.forEach((v, i) => {
    const last = blocks[blocks.length - 1];
    if (last !== undefined && last.value === v) last.end = i;
    else blocks.push({ value: v, start: i, end: i });
  });
  const out: SpecialCause[] = [];
  for (const s of [1, -1] as const) {
    let start = 0;
    for (let j = 1; j <= blocks.length; j += 1) {
      const continues =
        j < blocks.length && Math.sign(blocks[j]!.value - blocks[j - 1]!.value) === s;
      if (continues) continue;
      const count = j - start;
      if (count >= runLength) {
        const first = blocks[start]!.start;
        const last = blocks[j - 1]!.end;
        out.push({
          rule: 'trend',
          direction: dir(s),
          first,
          last,
          flagged: range(first, last),
          count,
          repeats: last - first + 1 - count,
        });
      }
      start = j;
    }
  }
  return out.sort((a, b) => a.first - b.first);
}

/**
 * Two of three consecutive points beyond 2 sigma, all three on the same side of the mean. A point
 * beyond the process limit counts as beyond 2 sigma (Making Data Count, 2023). Only the points
 * beyond 2 sigma are marked; the third point of the window is not.
 */
export function twoOfThreeCauses(values: readonly number[], limits: XmrLimits): SpecialCause[] {
  const out: SpecialCause[] = [];
  for (let w = 0; w + 2 < values.length; w += 1) {
    const window = [w, w + 1, w + 2];
    const s = side(values[w]!, limits.mean);
    if (s === 0 || window.some((i) => side(values[i]!, limits.mean) !== s)) continue;
    const beyond = window.filter((i) =>
      s > 0
        ? values[i]! > limits.upperTwoSigma + tol(limits.upperTwoSigma)
        : values[i]! < limits.lowerTwoSigma - tol(limits.lowerTwoSigma),
    );
    if (beyond.length >= 2) {
      out.push({
        rule: 'two-of-three',
        direction: dir(s),
        first: w,
        last: w + 2,
        flagged: beyond,
        count: beyond.length,
        repeats: 0,
      });
    }
  }
  return out;
}

function range(a: number, b: number): number[] {
  return Array.from({ length: b - a + 1 }, (_, k) => a + k);
}

/** The months of a series split at the user's marks; a mark before the first month is ignored. */
function splitAtBreaks(
  points: readonly SpcPoint[],
  breaks: readonly SeriesBreak[],
): { startedBy: SeriesBreak | null; points: SpcPoint[] }[] {
  const marks = [...breaks].sort((a, b) => compareMonths(a.month, b.month));
  const out: { startedBy: SeriesBreak | null; points: SpcPoint[] }[] = [];
  let current: { startedBy: SeriesBreak | null; points: SpcPoint[] } = {
    startedBy: null,
    points: [],
  };
  let next = 0;
  for (const p of points) {
    let started: SeriesBreak | null = null;
    while (next < marks.length && compareMonths(marks[next]!.month, p.month) <= 0) {
      started = marks[next]!;
      next += 1;
    }
    if (started !== null && current.points.length > 0) {
      out.push(current);
      current = { startedBy: started, points: [] };
    }
    current.points.push(p);
  }
  if (current.points.length > 0) out.push(current);
  return out;
}

function tooFewReason(
  have: number,
  need: number,
  startedBy: SeriesBreak | null,
  fixedBaseline: boolean,
): string {
  const months = `${have} month${have === 1 ? '' : 's'}`;
  const what = fixedBaseline
    ? `The baseline has ${months}`
    : startedBy === null
      ? `Only ${months} of data`
      : `Only ${months} since ${formatMonthLong(startedBy.month)} (${startedBy.reason})`;
  return `${what}: process limits need at least ${need} months, so there is no verdict on signal or noise yet.`;
}

/**
 * XmR analysis of a monthly series (SPEC 3.9): the series is sorted by month and split at the
 * user's marks; each segment gets its own limits (from all its points, or its first
 * `baselinePoints`), moving ranges and special causes. Rules never look across a mark.
 */
export function analyseXmr(
  series: readonly SpcPoint[],
  settings: SpcSettings = DEFAULT_SPC_SETTINGS,
): XmrAnalysis {
  const sorted = [...series]
    .filter((p) => Number.isFinite(p.value))
    .sort((a, b) => compareMonths(a.month, b.month));
  const need = Math.max(2, settings.minimumPoints);
  const segments = splitAtBreaks(sorted, settings.breaks).map(({ startedBy, points }) => {
    const baseCount =
      settings.baselinePoints === null
        ? points.length
        : Math.min(settings.baselinePoints, points.length);
    const fixedBaseline = settings.baselinePoints !== null && baseCount < points.length;
    const limits = baseCount >= need ? xmrLimits(points, baseCount) : null;
    const values = points.map((p) => p.value);
    const causes =
      limits === null
        ? []
        : [
            ...beyondLimitCauses(values, limits),
            ...shiftCauses(values, limits.mean, settings.runLength),
            ...trendCauses(values, settings.runLength),
            ...twoOfThreeCauses(values, limits),
          ];
    const xmrPoints: XmrPoint[] = points.map((p, i) => ({
      ...p,
      movingRange: i === 0 ? null : Math.abs(p.value - points[i - 1]!.value),
      causes: causes.filter((c) => c.flagged.includes(i)),
    }));
    const segment: XmrSegment = {
      from: points[0]!.month,
      to: points[points.length - 1]!.month,
      startedBy,
      points: xmrPoints,
      limits,
      noLimitsReason:
        limits === null ? tooFewReason(baseCount, need, startedBy, fixedBaseline) : null,
      causes,
    };
    return segment;
  });
  return { settings, segments };
}
