import type {
  ScorecardRow,
  Benchmark,
  BenchmarkCell,
  BenchmarkGap,
  ComparedFigure,
  GapJudgement,
  Indicator,
  Polarity,
  Unit,
  YearKey,
} from '@/domain/types';
import { BENCHMARK_WORDS } from '@/domain/words';
import { formatDifference, formatNumber } from '@/domain/format';

/**
 * A benchmark is out of date when older than the latest two financial years counted back from
 * `latestYear` (for 2015/16: 2015/16 and 2014/15 are current, 2013/14 is out of date).
 */
export function isStale(period: YearKey, latestYear: YearKey): boolean {
  return Number(period.slice(0, 4)) < Number(latestYear.slice(0, 4)) - 1;
}

export type { BenchmarkGap, GapJudgement } from '@/domain/types';

const EPS = 1e-9;

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The gap from an indicator's compared figure (SPEC 3.6, see `comparedFigure`) to one benchmark,
 * described by polarity (SPEC 3.5) and naming the figure compared: "Year to date 20.0% against the
 * statistical-neighbour average of 25.1% (2014/15): 5.1 points worse". Neutral and "within limits"
 * indicators are "above" or "below", never better or worse. With the figure's numerator and
 * denominator known (percentages), also how many children would have to move, on the same basis:
 * "13 more children would need to be counted in the year to date to reach ...".
 * With no figure to compare, no gap, and the sentence says why.
 */
export function benchmarkGap(a: {
  figure: ComparedFigure;
  benchmark: Benchmark;
  polarity: Polarity;
  unit: Unit;
  decimals?: number | null;
}): BenchmarkGap {
  const words = BENCHMARK_WORDS[a.benchmark.benchmark];
  const year = a.benchmark.period;
  const f = a.figure;
  if (f.kind === 'none') {
    const sentence = `No gap to the ${words} (${year}): ${f.reason}`;
    return {
      gap: null,
      judgement: 'none',
      sentence,
      clause: `no gap to the ${words} (${f.reason})`,
      children: null,
      childrenSentence: null,
    };
  }
  const against = `the ${words} of ${formatNumber(a.benchmark.value, a.unit, a.decimals ?? null)} (${year})`;
  const gap = f.value - a.benchmark.value;
  const size = formatDifference(gap, a.unit);
  if (Math.abs(gap) < 0.05) {
    return {
      gap,
      judgement: 'same',
      sentence: `${capitalise(f.words)} against ${against}: the same`,
      clause: `${f.words} is the same as ${against}`,
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
  const sentence = `${capitalise(f.words)} against ${against}: ${size} ${judgement}`;
  const clause = `${f.words} is ${size} ${comparison} ${against}`;

  let children: number | null = null;
  let childrenSentence: string | null = null;
  if (
    judgement === 'worse' &&
    a.unit === 'percent' &&
    f.numerator !== null &&
    f.denominator !== null &&
    f.denominator > 0
  ) {
    children = Math.ceil(Math.abs((a.benchmark.value / 100) * f.denominator - f.numerator) - EPS);
    if (children > 0) {
      const kids = children === 1 ? 'child' : 'children';
      const basis = f.kind === 'ytd' ? ' in the year to date' : '';
      childrenSentence =
        a.polarity === 'high'
          ? `${children} more ${kids} would need to be counted${basis} to reach the ${words}`
          : `${children} fewer ${kids} would need to be counted${basis} to reach the ${words}`;
    }
  }
  return { gap, judgement, sentence, clause, children, childrenSentence };
}

/**
 * The gap of each benchmark cell from the compared figure; the top-quartile threshold gets none
 * (its position is `topQuartilePosition`).
 */
export function withGaps<C extends Omit<BenchmarkCell, 'gap'>>(
  cells: C[],
  figure: ComparedFigure,
  ind: Pick<Indicator, 'polarity' | 'unit' | 'decimals'>,
): (C & { gap: BenchmarkGap | null })[] {
  return cells.map((cell) => ({
    ...cell,
    gap:
      cell.benchmark && cell.kind !== 'national_top_quartile'
        ? benchmarkGap({
            figure,
            benchmark: cell.benchmark,
            polarity: ind.polarity,
            unit: ind.unit,
            decimals: ind.decimals,
          })
        : null,
  }));
}

export interface QuartilePosition {
  inTopQuartile: boolean;
  /** How far from the threshold, in the unit; 0 when in the top quartile. */
  distance: number;
  sentence: string;
}

/**
 * Position against the England top-quartile threshold: "In the top quartile", or the distance to
 * it ("2.1 points from the top quartile"). With `words` naming the compared figure (SPEC 3.6), the
 * sentence names it: "Year to date 20.0% is 17.0 points from the top quartile". Null for neutral
 * or range indicators, which have no better end, and when either number is missing.
 */
export function topQuartilePosition(
  value: number | null,
  threshold: number | null,
  polarity: Polarity,
  unit: Unit = 'count',
  words: string | null = null,
): QuartilePosition | null {
  if (value === null || threshold === null || (polarity !== 'high' && polarity !== 'low'))
    return null;
  const inTop = polarity === 'high' ? value >= threshold - EPS : value <= threshold + EPS;
  if (inTop)
    return {
      inTopQuartile: true,
      distance: 0,
      sentence: words ? `${capitalise(words)} is in the top quartile` : 'In the top quartile',
    };
  const distance = Math.abs(value - threshold);
  const from = `${formatDifference(distance, unit)} from the top quartile`;
  return {
    inTopQuartile: false,
    distance,
    sentence: words ? `${capitalise(words)} is ${from}` : capitalise(from),
  };
}

/**
 * The gap a row is judged on against the benchmarks: on its compared figure (SPEC 3.6), as the
 * scorecard and indicator page show it, to the statistical-neighbour average, else England.
 * `relative` is |gap| as a share of the benchmark (to rank across units); null without a
 * benchmark, a gap, or where the benchmark is 0.
 */
export function benchmarkGapOf(row: ScorecardRow): { gap: BenchmarkGap; relative: number } | null {
  const cell =
    row.benchmarks.find((b) => b.kind === 'sn_avg' && b.benchmark) ??
    row.benchmarks.find((b) => b.kind === 'national_avg' && b.benchmark);
  const gap = cell?.gap;
  if (!cell?.benchmark || !gap || gap.gap === null || cell.benchmark.value === 0) return null;
  return { gap, relative: Math.abs(gap.gap / cell.benchmark.value) };
}
