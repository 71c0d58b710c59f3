import type { Unit } from '@/domain/types';

/**
 * Small numbers (SPEC 3.9, docs/rules.md "Signal or noise"): 95% intervals for a percentage
 * (Wilson's score method) and for a count or rate (exact Poisson below 10 events, Byar's method
 * from 10), and the flag for a figure that rests on too few children to read a change into.
 */

/** The 97.5th percentile of the standard normal distribution: two-sided 95%. */
export const Z_95 = 1.959963984540054;

export interface Interval {
  lower: number;
  upper: number;
}

/**
 * 95% Wilson score interval for `numerator` out of `denominator`, in percentage points
 * (Wilson 1927; Newcombe 1998, method 3). Null when there is no denominator.
 */
export function wilsonInterval(numerator: number, denominator: number, z = Z_95): Interval | null {
  if (!(denominator > 0) || numerator < 0 || numerator > denominator) return null;
  const p = numerator / denominator;
  const z2 = z * z;
  const scale = 1 + z2 / denominator;
  const centre = (p + z2 / (2 * denominator)) / scale;
  const half =
    (z * Math.sqrt((p * (1 - p)) / denominator + z2 / (4 * denominator * denominator))) / scale;
  // At 0 or n the interval touches the bound exactly (the formula leaves rounding dust).
  const lower = numerator === 0 ? 0 : centre - half;
  const upper = numerator === denominator ? 1 : centre + half;
  return { lower: lower * 100, upper: upper * 100 };
}

/** P(X <= k) for X ~ Poisson(mu), summed term by term (k is small here). */
function poissonCdf(k: number, mu: number): number {
  let term = Math.exp(-mu);
  let sum = term;
  for (let i = 1; i <= k; i += 1) {
    term *= mu / i;
    sum += term;
  }
  return sum;
}

/** The mu in [lo, hi] where the decreasing function f(mu) crosses `target`, by bisection. */
function solveDecreasing(f: (mu: number) => number, target: number, lo: number, hi: number) {
  for (let i = 0; i < 200; i += 1) {
    const mid = (lo + hi) / 2;
    if (f(mid) > target) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/**
 * Exact (Garwood) 95% interval for a Poisson count: the lower limit is the mean under which a
 * count of at least `count` has probability 2.5%, the upper the mean under which a count of at
 * most `count` has. (The same as half the chi-square quantiles chi2(0.025, 2O) and
 * chi2(0.975, 2O + 2).)
 */
export function exactPoissonInterval(count: number): Interval {
  const alpha = 0.025;
  const hi = count + 20 + 10 * Math.sqrt(count + 1);
  const upper = solveDecreasing((mu) => poissonCdf(count, mu), alpha, 0, hi);
  const lower =
    count === 0 ? 0 : solveDecreasing((mu) => poissonCdf(count - 1, mu), 1 - alpha, 0, hi);
  return { lower, upper };
}

/** Below this many events Byar's approximation is not used: the interval is exact. */
export const BYAR_FROM_EVENTS = 10;

/**
 * 95% interval for a count of events: exact Poisson below 10 events, Byar's approximation from
 * 10 (as the public health observatories' guidance uses it):
 * lower = O (1 - 1/(9O) - z/(3 sqrt O))^3, upper = (O+1) (1 - 1/(9(O+1)) + z/(3 sqrt(O+1)))^3.
 */
export function countInterval(count: number, z = Z_95): Interval | null {
  if (!(count >= 0) || !Number.isFinite(count)) return null;
  if (count < BYAR_FROM_EVENTS) return exactPoissonInterval(count);
  const o = count;
  const lower = o * (1 - 1 / (9 * o) - z / (3 * Math.sqrt(o))) ** 3;
  const o1 = o + 1;
  const upper = o1 * (1 - 1 / (9 * o1) + z / (3 * Math.sqrt(o1))) ** 3;
  return { lower, upper };
}

/** 95% interval of a rate per 10,000 from its count of events and its population. */
export function ratePer10kInterval(events: number, population: number): Interval | null {
  const counts = countInterval(events);
  if (counts === null || !(population > 0)) return null;
  return {
    lower: (counts.lower / population) * 10000,
    upper: (counts.upper / population) * 10000,
  };
}

/** The default threshold: a figure resting on fewer than 20 is "small numbers". */
export const DEFAULT_SMALL_NUMBERS_THRESHOLD = 20;

export interface SmallNumbersCheck {
  small: boolean;
  /** What was counted: the denominator (children in the group) or the events; null if unknown. */
  base: number | null;
  basis: 'denominator' | 'events' | 'none';
  threshold: number;
  /** "Small numbers: the figure is out of 12, fewer than 20; ..." or ''. */
  sentence: string;
}

/**
 * Whether a month's figure rests on small numbers (SPEC 3.9): percentages and averages by their
 * denominator, counts by the count itself, rates per 10,000 by their events (the numerator, or
 * the rate times the population over 10,000). A figure whose base is not known is not flagged.
 */
export function smallNumbers(
  figure: { value: number | null; numerator: number | null; denominator: number | null },
  unit: Unit,
  threshold: number = DEFAULT_SMALL_NUMBERS_THRESHOLD,
): SmallNumbersCheck {
  let base: number | null = null;
  let basis: SmallNumbersCheck['basis'] = 'none';
  if (unit === 'count') {
    base = figure.value;
    basis = base === null ? 'none' : 'events';
  } else if (unit === 'rate_per_10k') {
    base =
      figure.numerator ??
      (figure.value !== null && figure.denominator !== null
        ? Math.round((figure.value * figure.denominator) / 10000)
        : null);
    basis = base === null ? 'none' : 'events';
  } else if (figure.denominator !== null) {
    base = figure.denominator;
    basis = 'denominator';
  }
  const small = base !== null && base < threshold;
  const what = basis === 'denominator' ? 'is out of' : 'counts';
  return {
    small,
    base,
    basis,
    threshold,
    sentence: small
      ? `Small numbers: the figure ${what} ${base}, fewer than ${threshold}; one more or one fewer changes it a lot.`
      : '',
  };
}
