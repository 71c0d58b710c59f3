import { describe, expect, it } from 'vitest';
import { benchmarkGap, isStale, topQuartilePosition } from '@/domain/gaps';
import type { Benchmark, BenchmarkKind, Polarity, Unit } from '@/domain/types';

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

describe('benchmarkGap', () => {
  it.each<
    [string, number | null, BenchmarkKind, number, Polarity, Unit, number | null, string, string]
  >([
    [
      'low, above the SN average',
      29.3,
      'sn_avg',
      25.1,
      'low',
      'percent',
      4.2,
      'worse',
      '4.2 points worse than the statistical-neighbour average (2014/15)',
    ],
    [
      'low, below',
      20,
      'sn_avg',
      25.1,
      'low',
      'percent',
      -5.1,
      'better',
      '5.1 points better than the statistical-neighbour average (2014/15)',
    ],
    [
      'high, above',
      90,
      'national_avg',
      85.8,
      'high',
      'percent',
      4.2,
      'better',
      '4.2 points better than the England average (2014/15)',
    ],
    [
      'high, below, one point',
      84,
      'national_avg',
      85,
      'high',
      'percent',
      -1,
      'worse',
      '1 point worse than the England average (2014/15)',
    ],
    [
      'high rate',
      500,
      'national_avg',
      488,
      'high',
      'rate_per_10k',
      12,
      'better',
      '12.0 better than the England average (2014/15)',
    ],
    [
      'low count',
      100,
      'regional_avg',
      112.5,
      'low',
      'count',
      -12.5,
      'better',
      '12.5 better than the regional average (2014/15)',
    ],
    [
      'neutral above',
      47.6,
      'national_avg',
      42.5,
      'neutral',
      'percent',
      5.1,
      'above',
      '5.1 points above the England average (2014/15)',
    ],
    [
      'range below',
      15,
      'best_sn',
      18.2,
      'range',
      'average',
      -3.2,
      'below',
      '3.2 below the best statistical neighbour (2014/15)',
    ],
    [
      'same',
      25.1,
      'sn_avg',
      25.1,
      'low',
      'percent',
      0,
      'same',
      'The same as the statistical-neighbour average (2014/15)',
    ],
    [
      'no value',
      null,
      'sn_avg',
      25.1,
      'low',
      'percent',
      null,
      'none',
      'No value to compare with the statistical-neighbour average (2014/15)',
    ],
  ])('%s', (_name, value, kind, bvalue, polarity, unit, gap, judgement, sentence) => {
    const r = benchmarkGap({
      value,
      numerator: null,
      denominator: null,
      benchmark: bench(kind, bvalue),
      polarity,
      unit,
    });
    if (gap === null) expect(r.gap).toBeNull();
    else expect(r.gap).toBeCloseTo(gap, 9);
    expect(r.judgement).toBe(judgement);
    expect(r.sentence).toBe(sentence);
    expect(r.children).toBeNull();
    expect(r.childrenSentence).toBeNull();
  });

  it.each<[string, number, number, number, number, Polarity, Unit, number | null, string | null]>([
    [
      'high, worse',
      40,
      40,
      100,
      53,
      'high',
      'percent',
      13,
      '13 more children would need to be counted to reach the statistical-neighbour average',
    ],
    [
      'low, worse',
      29.3,
      293,
      1000,
      23.6,
      'low',
      'percent',
      57,
      '57 fewer children would need to be counted to reach the statistical-neighbour average',
    ],
    [
      'fraction rounds up',
      40,
      40,
      100,
      52.2,
      'high',
      'percent',
      13,
      '13 more children would need to be counted to reach the statistical-neighbour average',
    ],
    [
      'one child',
      40,
      40,
      100,
      41,
      'high',
      'percent',
      1,
      '1 more child would need to be counted to reach the statistical-neighbour average',
    ],
    ['better: none', 60, 60, 100, 53, 'high', 'percent', null, null],
    ['not a percentage: none', 40, 40, 100, 53, 'high', 'rate_per_10k', null, null],
    ['neutral: none', 40, 40, 100, 53, 'neutral', 'percent', null, null],
  ])(
    'children: %s',
    (_name, value, numerator, denominator, bvalue, polarity, unit, children, sentence) => {
      const r = benchmarkGap({
        value,
        numerator,
        denominator,
        benchmark: bench('sn_avg', bvalue),
        polarity,
        unit,
      });
      expect(r.children).toBe(children);
      expect(r.childrenSentence).toBe(sentence);
    },
  );

  it('needs both numerator and denominator for children', () => {
    const r = benchmarkGap({
      value: 40,
      numerator: 40,
      denominator: null,
      benchmark: bench('sn_avg', 53),
      polarity: 'high',
      unit: 'percent',
    });
    expect(r.judgement).toBe('worse');
    expect(r.children).toBeNull();
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
