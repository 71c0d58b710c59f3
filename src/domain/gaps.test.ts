import { describe, expect, it } from 'vitest';
import { benchmarkGap, isStale, topQuartilePosition } from '@/domain/gaps';
import type {
  Benchmark,
  BenchmarkKind,
  ComparedFigure,
  ComparedKind,
  Polarity,
  Unit,
} from '@/domain/types';

const bench = (benchmark: BenchmarkKind, value: number, period = '2014/15'): Benchmark => ({
  indicatorId: 'x',
  benchmark,
  period,
  value,
  source: 'DfE',
  label: '',
});

describe('isStale', () => {
  it.each([
    ['2015/16', '2015/16', false],
    ['2014/15', '2015/16', false],
    ['2013/14', '2015/16', true],
    ['2012/13', '2015/16', true],
    ['2016/17', '2015/16', false],
    ['2013/14', '2014/15', false],
  ])('%s with latest %s -> %s', (period, latest, stale) => {
    expect(isStale(period, latest)).toBe(stale);
  });
});

/** A compared figure (SPEC 3.6) for the tests: "month end 29.3%" unless another label is given. */
const figure = (
  value: number,
  words: string,
  fraction: [number, number] | null = null,
  kind: ComparedKind = 'snapshot',
): ComparedFigure => ({
  kind,
  value,
  numerator: fraction?.[0] ?? null,
  denominator: fraction?.[1] ?? null,
  label: words.replace(/ [\d.,%]+$/, ''),
  words,
});

describe('benchmarkGap', () => {
  it.each<
    [
      string,
      ComparedFigure,
      BenchmarkKind,
      number,
      Polarity,
      Unit,
      number | null,
      string,
      string,
      string,
    ]
  >([
    [
      'low, above the SN average: 29.3 - 23.6 = 5.7 points worse',
      figure(29.3, 'rolling year 29.3%', null, 'rolling'),
      'sn_avg',
      23.6,
      'low',
      'percent',
      5.7,
      'worse',
      'Rolling year 29.3% against the statistical-neighbour average of 23.6% (2014/15): 5.7 points worse',
      'rolling year 29.3% is 5.7 points worse than the statistical-neighbour average of 23.6% (2014/15)',
    ],
    [
      'low, below: 20 - 25.1 = -5.1, better',
      figure(20, 'year to date 20.0%', null, 'ytd'),
      'sn_avg',
      25.1,
      'low',
      'percent',
      -5.1,
      'better',
      'Year to date 20.0% against the statistical-neighbour average of 25.1% (2014/15): 5.1 points better',
      'year to date 20.0% is 5.1 points better than the statistical-neighbour average of 25.1% (2014/15)',
    ],
    [
      'high, below, one point: 84 - 85 = -1',
      figure(84, 'month end 84.0%'),
      'national_avg',
      85,
      'high',
      'percent',
      -1,
      'worse',
      'Month end 84.0% against the England average of 85.0% (2014/15): 1 point worse',
      'month end 84.0% is 1 point worse than the England average of 85.0% (2014/15)',
    ],
    [
      'high rate, projected: 85.1 x 12 / 9 = 113.47; 113.47 - 67.8 = 45.67, better',
      figure(
        (85.1 * 12) / 9,
        'projected for the year 113.5 (year to date 85.1 in 9 months)',
        null,
        'projected',
      ),
      'sn_avg',
      67.8,
      'high',
      'rate_per_10k',
      45.667,
      'better',
      'Projected for the year 113.5 (year to date 85.1 in 9 months) against the statistical-neighbour average of 67.8 (2014/15): 45.7 better',
      'projected for the year 113.5 (year to date 85.1 in 9 months) is 45.7 better than the statistical-neighbour average of 67.8 (2014/15)',
    ],
    [
      'low count: 100 - 112.5 = -12.5, better',
      figure(100, 'last 12 months 100', null, 'rolling-12'),
      'regional_avg',
      112.5,
      'low',
      'count',
      -12.5,
      'better',
      'Last 12 months 100 against the regional average of 112.5 (2014/15): 12.5 better',
      'last 12 months 100 is 12.5 better than the regional average of 112.5 (2014/15)',
    ],
    [
      'neutral above: 47.6 - 42.5 = 5.1 points, no judgement',
      figure(47.6, 'month end 47.6%'),
      'national_avg',
      42.5,
      'neutral',
      'percent',
      5.1,
      'above',
      'Month end 47.6% against the England average of 42.5% (2014/15): 5.1 points above',
      'month end 47.6% is 5.1 points above the England average of 42.5% (2014/15)',
    ],
    [
      'range below: 15 - 18.2 = -3.2',
      figure(15, 'month end 15'),
      'best_sn',
      18.2,
      'range',
      'average',
      -3.2,
      'below',
      'Month end 15 against the best statistical neighbour of 18.2 (2014/15): 3.2 below',
      'month end 15 is 3.2 below the best statistical neighbour of 18.2 (2014/15)',
    ],
    [
      'same',
      figure(25.1, 'year to date 25.1%', null, 'ytd'),
      'sn_avg',
      25.1,
      'low',
      'percent',
      0,
      'same',
      'Year to date 25.1% against the statistical-neighbour average of 25.1% (2014/15): the same',
      'year to date 25.1% is the same as the statistical-neighbour average of 25.1% (2014/15)',
    ],
    [
      'no figure: the reason instead of a gap',
      { kind: 'none', reason: 'there is no value for December 2015 to compare' },
      'sn_avg',
      25.1,
      'low',
      'percent',
      null,
      'none',
      'No gap to the statistical-neighbour average (2014/15): there is no value for December 2015 to compare',
      'no gap to the statistical-neighbour average (there is no value for December 2015 to compare)',
    ],
  ])('%s', (_name, f, kind, bvalue, polarity, unit, gap, judgement, sentence, clause) => {
    const r = benchmarkGap({ figure: f, benchmark: bench(kind, bvalue), polarity, unit });
    if (gap === null) expect(r.gap).toBeNull();
    else expect(r.gap).toBeCloseTo(gap, 3);
    expect(r.judgement).toBe(judgement);
    expect(r.sentence).toBe(sentence);
    expect(r.clause).toBe(clause);
    expect(r.children).toBeNull();
    expect(r.childrenSentence).toBeNull();
  });

  it.each<[string, ComparedFigure, number, Polarity, Unit, number | null, string | null]>([
    [
      'high, worse: 53% of 100 = 53, 53 - 40 = 13',
      figure(40, 'month end 40.0%', [40, 100]),
      53,
      'high',
      'percent',
      13,
      '13 more children would need to be counted to reach the statistical-neighbour average',
    ],
    [
      'low, worse: 23.6% of 1000 = 236, 293 - 236 = 57',
      figure(29.3, 'rolling year 29.3%', [293, 1000], 'rolling'),
      23.6,
      'low',
      'percent',
      57,
      '57 fewer children would need to be counted to reach the statistical-neighbour average',
    ],
    [
      'on the year to date: 25.1% of 30 = 7.53, 7.53 - 6 = 1.53, rounded up to 2',
      figure(20, 'year to date 20.0%', [6, 30], 'ytd'),
      25.1,
      'high',
      'percent',
      2,
      '2 more children would need to be counted in the year to date to reach the statistical-neighbour average',
    ],
    [
      'fraction rounds up: 52.2 - 40 = 12.2, so 13',
      figure(40, 'month end 40.0%', [40, 100]),
      52.2,
      'high',
      'percent',
      13,
      '13 more children would need to be counted to reach the statistical-neighbour average',
    ],
    [
      'one child',
      figure(40, 'month end 40.0%', [40, 100]),
      41,
      'high',
      'percent',
      1,
      '1 more child would need to be counted to reach the statistical-neighbour average',
    ],
    ['better: none', figure(60, 'month end 60.0%', [60, 100]), 53, 'high', 'percent', null, null],
    [
      'not a percentage: none',
      figure(40, 'month end 40.0', [40, 100]),
      53,
      'high',
      'rate_per_10k',
      null,
      null,
    ],
    [
      'neutral: none',
      figure(40, 'month end 40.0%', [40, 100]),
      53,
      'neutral',
      'percent',
      null,
      null,
    ],
    [
      'numerator without denominator: none',
      figure(40, 'month end 40.0%'),
      53,
      'high',
      'percent',
      null,
      null,
    ],
  ])('children: %s', (_name, f, bvalue, polarity, unit, children, sentence) => {
    const r = benchmarkGap({ figure: f, benchmark: bench('sn_avg', bvalue), polarity, unit });
    expect(r.children).toBe(children);
    expect(r.childrenSentence).toBe(sentence);
  });
});

describe('topQuartilePosition', () => {
  it.each<[number | null, number | null, Polarity, Unit, string | null]>([
    [90, 88, 'high', 'percent', 'In the top quartile'],
    [88, 88, 'high', 'percent', 'In the top quartile'],
    [85.9, 88, 'high', 'percent', '2.1 points from the top quartile'],
    [10, 12, 'low', 'percent', 'In the top quartile'],
    [12, 12, 'low', 'percent', 'In the top quartile'],
    [14.1, 12, 'low', 'percent', '2.1 points from the top quartile'],
    [500, 520, 'high', 'rate_per_10k', '20.0 from the top quartile'],
    [98, 88, 'low', 'percent', '10 points from the top quartile'],
    [50, 40, 'neutral', 'percent', null],
    [50, 40, 'range', 'percent', null],
    [null, 40, 'high', 'percent', null],
    [50, null, 'high', 'percent', null],
  ])('%s vs %s (%s %s) -> %s', (value, threshold, polarity, unit, sentence) => {
    const r = topQuartilePosition(value, threshold, polarity, unit);
    expect(r?.sentence ?? null).toBe(sentence);
    if (r) expect(r.inTopQuartile).toBe(sentence === 'In the top quartile');
  });
});

describe('topQuartilePosition naming the compared figure', () => {
  it.each<[number, number, Polarity, string]>([
    [20, 37, 'high', 'Year to date 20.0% is 17 points from the top quartile'],
    [40, 37, 'high', 'Year to date 20.0% is in the top quartile'],
  ])('%s vs %s', (value, threshold, polarity, sentence) => {
    expect(
      topQuartilePosition(value, threshold, polarity, 'percent', 'year to date 20.0%')?.sentence,
    ).toBe(sentence);
  });
});
