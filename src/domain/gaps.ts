import type { Benchmark, Polarity, Unit, YearKey } from '@/domain/types';
import { BENCHMARK_WORDS } from '@/domain/words';
import { formatDifference } from '@/domain/format';

/**
 * A benchmark is out of date when older than the latest two financial years counted back from
 * `latestYear` (for 2015/16: 2015/16 and 2014/15 are current, 2013/14 is out of date).
 */
export function isStale(period: YearKey, latestYear: YearKey): boolean {
  return Number(period.slice(0, 4)) < Number(latestYear.slice(0, 4)) - 1;
}

export type GapJudgement = 'better' | 'worse' | 'same' | 'above' | 'below' | 'none';

export interface BenchmarkGap {
  /** value - benchmark, in the indicator's unit (percentage points for percentages). */
  gap: number | null;
  judgement: GapJudgement;
  sentence: string;
  /** Children that would have to move for the value to reach the benchmark. */
  children: number | null;
  childrenSentence: string | null;
}

const EPS = 1e-9;

/**
 * The gap to one benchmark, described by polarity (SPEC 3.5): "4.2 points worse than the
 * statistical-neighbour average (2014/15)". Neutral and "within limits" indicators are "above" or
 * "below", never better or worse. With numerator and denominator known (percentages), also how
 * many children would have to move: "13 more children would need to be counted to reach ...".
 */
export function benchmarkGap(a: {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  benchmark: Benchmark;
  polarity: Polarity;
  unit: Unit;
}): BenchmarkGap {
  const words = BENCHMARK_WORDS[a.benchmark.benchmark];
  const year = a.benchmark.period;
  if (a.value === null) {
    return {
      gap: null,
      judgement: 'none',
      sentence: `No value to compare with the ${words} (${year})`,
      children: null,
      childrenSentence: null,
    };
  }
  const gap = a.value - a.benchmark.value;
  const size = formatDifference(gap, a.unit);
  if (Math.abs(gap) < 0.05) {
    return {
      gap,
      judgement: 'same',
      sentence: `The same as the ${words} (${year})`,
      children: null,
      childrenSentence: null,
    };
  }
  const above = gap > 0;
  let judgement: GapJudgement;
  if (a.polarity === 'high') judgement = above ? 'better' : 'worse';
  else if (a.polarity === 'low') judgement = above ? 'worse' : 'better';
  else judgement = above ? 'above' : 'below';
  const comparison =
    judgement === 'better' || judgement === 'worse' ? `${judgement} than` : judgement;
  const sentence = `${size} ${comparison} the ${words} (${year})`.replace(/^./, (c) =>
    c.toUpperCase(),
  );

  let children: number | null = null;
  let childrenSentence: string | null = null;
  if (
    judgement === 'worse' &&
    a.unit === 'percent' &&
    a.numerator !== null &&
    a.denominator !== null &&
    a.denominator > 0
  ) {
    children = Math.ceil(Math.abs((a.benchmark.value / 100) * a.denominator - a.numerator) - EPS);
    if (children > 0) {
      const kids = children === 1 ? 'child' : 'children';
      childrenSentence =
        a.polarity === 'high'
          ? `${children} more ${kids} would need to be counted to reach the ${words}`
          : `${children} fewer ${kids} would need to be counted to reach the ${words}`;
    }
  }
  return { gap, judgement, sentence, children, childrenSentence };
}

export interface QuartilePosition {
  inTopQuartile: boolean;
  /** How far from the threshold, in the unit; 0 when in the top quartile. */
  distance: number;
  sentence: string;
}

/**
 * Position against the England top-quartile threshold: "In the top quartile", or the distance to
 * it ("2.1 points from the top quartile"). Null for neutral or range indicators, which have no
 * better end, and when either number is missing.
 */
export function topQuartilePosition(
  value: number | null,
  threshold: number | null,
  polarity: Polarity,
  unit: Unit = 'count',
): QuartilePosition | null {
  if (value === null || threshold === null || (polarity !== 'high' && polarity !== 'low'))
    return null;
  const inTop = polarity === 'high' ? value >= threshold - EPS : value <= threshold + EPS;
  if (inTop) return { inTopQuartile: true, distance: 0, sentence: 'In the top quartile' };
  const distance = Math.abs(value - threshold);
  return {
    inTopQuartile: false,
    distance,
    sentence: `${formatDifference(distance, unit)} from the top quartile`,
  };
}
