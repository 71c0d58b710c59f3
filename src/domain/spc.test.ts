import { describe, expect, it } from 'vitest';
import { addMonths } from '@/domain/periods';
import {
  analyseXmr,
  beyondLimitCauses,
  DEFAULT_SPC_SETTINGS,
  shiftCauses,
  trendCauses,
  twoOfThreeCauses,
  xmrLimits,
  type SpcPoint,
  type SpcSettings,
  type XmrLimits,
} from '@/domain/spc';

/** Monthly points from a start month, one a month. */
const monthly = (start: string, values: number[]): SpcPoint[] =>
  values.map((value, i) => ({ month: addMonths(start, i), value }));

/** Hand-set limits for the rule tables: mean 10, 2 sigma at 6 and 14, limits at 4 and 16. */
const LIMITS: XmrLimits = {
  mean: 10,
  meanMovingRange: 6 / 2.66,
  upper: 16,
  lower: 4,
  upperTwoSigma: 14,
  lowerTwoSigma: 6,
  upperOneSigma: 12,
  lowerOneSigma: 8,
  baselineFrom: '2015-01',
  baselineTo: '2015-12',
  baselineCount: 12,
  fixed: false,
};

/** [direction, first, last, count] of each pattern found. */
const summary = (causes: { direction: string; first: number; last: number; count: number }[]) =>
  causes.map((c) => [c.direction, c.first, c.last, c.count]);

describe('xmrLimits: worked by hand', () => {
  // 13 months: 10, 12, 11, 13, 12, 14, 12, 11, 13, 12, 10, 12, 14.
  // Sum 156, so the mean is 156 / 13 = 12.
  // Moving ranges: 2, 1, 2, 1, 2, 2, 1, 2, 1, 2, 2, 2; sum 20 over 12, mean 20 / 12 = 1.6667.
  // Limits: 12 +/- 2.66 x 20/12 = 12 +/- 4.4333 -> 7.5667 and 16.4333.
  // 2 sigma: 12 +/- (2/3) x 4.4333 = 12 +/- 2.9556 -> 9.0444 and 14.9556;
  // 1 sigma: 12 +/- 1.4778 -> 10.5222 and 13.4778.
  const series = monthly('2015-01', [10, 12, 11, 13, 12, 14, 12, 11, 13, 12, 10, 12, 14]);

  it('gives the mean, mean moving range, limits and sigma lines', () => {
    const limits = xmrLimits(series)!;
    expect(limits.mean).toBeCloseTo(12, 10);
    expect(limits.meanMovingRange).toBeCloseTo(20 / 12, 10);
    expect(limits.upper).toBeCloseTo(16.4333, 4);
    expect(limits.lower).toBeCloseTo(7.5667, 4);
    expect(limits.upperTwoSigma).toBeCloseTo(14.9556, 4);
    expect(limits.lowerTwoSigma).toBeCloseTo(9.0444, 4);
    expect(limits.upperOneSigma).toBeCloseTo(13.4778, 4);
    expect(limits.lowerOneSigma).toBeCloseTo(10.5222, 4);
    expect([limits.baselineFrom, limits.baselineTo, limits.baselineCount]).toEqual([
      '2015-01',
      '2016-01',
      13,
    ]);
  });

  it('analyseXmr gives the same limits, moving ranges and no special cause', () => {
    const [segment] = analyseXmr(series).segments;
    expect(segment!.limits!.upper).toBeCloseTo(16.4333, 4);
    expect(segment!.points.map((p) => p.movingRange)).toEqual([
      null,
      2,
      1,
      2,
      1,
      2,
      2,
      1,
      2,
      1,
      2,
      2,
      2,
    ]);
    expect(segment!.causes).toEqual([]);
    expect(segment!.noLimitsReason).toBeNull();
  });

  it('sorts the months first', () => {
    const shuffled = [...series].reverse();
    const [segment] = analyseXmr(shuffled).segments;
    expect(segment!.points[0]!.month).toBe('2015-01');
    expect(segment!.limits!.meanMovingRange).toBeCloseTo(20 / 12, 10);
  });
});

describe('beyondLimitCauses: a point beyond a limit', () => {
  it.each<[string, number[], (string | number)[][]]>([
    ['on the upper limit is within it', [16], []],
    ['just above the upper limit', [16.1], [['up', 0, 0, 1]]],
    ['on the lower limit is within it', [4], []],
    ['just below the lower limit', [3.9], [['down', 0, 0, 1]]],
    ['one of several', [10, 17, 10], [['up', 1, 1, 1]]],
  ])('%s', (_name, values, expected) => {
    expect(summary(beyondLimitCauses(values, LIMITS))).toEqual(expected);
  });
});

describe('shiftCauses: a run on one side of the mean (mean 10)', () => {
  const above = (n: number) => Array<number>(n).fill(11);
  it.each<[string, number[], 6 | 7, (string | number)[][]]>([
    ['6 above, run length 7: no shift', [...above(6), 9], 7, []],
    ['6 above, run length 6: a shift', [...above(6), 9], 6, [['up', 0, 5, 6]]],
    ['7 above, run length 7: a shift', [9, ...above(7)], 7, [['up', 1, 7, 7]]],
    ['9 above: one shift of 9', above(9), 7, [['up', 0, 8, 9]]],
    ['7 below', [8, 9, 8, 7, 9, 9.9, 8], 7, [['down', 0, 6, 7]]],
    ['a point on the mean breaks the run (3 + 4)', [...above(3), 10, ...above(4)], 7, []],
    ['on the mean, then 7 above', [10, ...above(7)], 7, [['up', 1, 7, 7]]],
    ['a point below breaks the run', [...above(4), 9, ...above(4)], 7, []],
  ])('%s', (_name, values, runLength, expected) => {
    expect(summary(shiftCauses(values, 10, runLength))).toEqual(expected);
  });
});

describe('trendCauses: a run rising or falling every month', () => {
  it.each<[string, number[], 6 | 7, (string | number)[][], number[]]>([
    ['7 rising', [1, 2, 3, 4, 5, 6, 7], 7, [['up', 0, 6, 7]], [0]],
    ['6 rising, run length 7: no trend', [1, 2, 3, 4, 5, 6], 7, [], []],
    ['6 rising, run length 6: a trend', [1, 2, 3, 4, 5, 6], 6, [['up', 0, 5, 6]], [0]],
    ['7 falling', [9, 8, 7, 6, 5, 4, 3], 7, [['down', 0, 6, 7]], [0]],
    // A repeated value neither extends nor breaks: 1 2 3 3 4 5 6 counts 6 points.
    ['a repeated value does not extend: 6 counted', [1, 2, 3, 3, 4, 5, 6], 7, [], []],
    // ... nor breaks: 1 2 3 3 4 5 6 7 counts 7, spans all 8 months.
    [
      'a repeated value does not break: 7 counted over 8 months',
      [1, 2, 3, 3, 4, 5, 6, 7],
      7,
      [['up', 0, 7, 7]],
      [1],
    ],
    ['a repeat at the end stays in the run', [1, 2, 3, 4, 5, 6, 7, 7], 7, [['up', 0, 7, 7]], [1]],
    ['a fall breaks it (3 then 5 rising)', [1, 2, 3, 2, 4, 5, 6, 7], 7, [], []],
    ['flat is no trend', [5, 5, 5, 5, 5, 5, 5, 5], 7, [], []],
  ])('%s', (_name, values, runLength, expected, repeats) => {
    const causes = trendCauses(values, runLength);
    expect(summary(causes)).toEqual(expected);
    expect(causes.map((c) => c.repeats)).toEqual(repeats);
  });

  it('marks every month of the run, repeated values included', () => {
    const [cause] = trendCauses([1, 2, 3, 3, 4, 5, 6, 7], 7);
    expect(cause!.flagged).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });
});

describe('twoOfThreeCauses: 2 of 3 beyond 2 sigma, same side (2 sigma at 6 and 14, limits 4 and 16)', () => {
  it.each<[string, number[], (string | number)[][], number[][]]>([
    ['two of three above 14', [15, 12, 15], [['up', 0, 2, 2]], [[0, 2]]],
    ['three of three', [15, 15, 15], [['up', 0, 2, 3]], [[0, 1, 2]]],
    ['one beyond the limit counts (MDC 2023)', [15, 17, 12], [['up', 0, 2, 2]], [[0, 1]]],
    ['both beyond the limit count', [17, 17, 12], [['up', 0, 2, 2]], [[0, 1]]],
    ['one only', [15, 12, 13], [], []],
    ['on the 2-sigma line is not beyond it', [14, 15, 12], [], []],
    ['the third point below the mean: not the same side', [15, 8, 15], [], []],
    ['the third point on the mean: not the same side', [15, 10, 15], [], []],
    ['below: two of three under 6', [5, 7, 5], [['down', 0, 2, 2]], [[0, 2]]],
    [
      'windows that overlap are each found',
      [12, 15, 15, 12],
      [
        ['up', 0, 2, 2],
        ['up', 1, 3, 2],
      ],
      [
        [1, 2],
        [1, 2],
      ],
    ],
  ])('%s', (_name, values, expected, flagged) => {
    const causes = twoOfThreeCauses(values, LIMITS);
    expect(summary(causes)).toEqual(expected);
    expect(causes.map((c) => c.flagged)).toEqual(flagged);
  });
});

describe('analyseXmr: minimum points, baselines and breaks', () => {
  const flat13 = [10, 12, 11, 13, 12, 14, 12, 11, 13, 12, 10, 12, 14];

  it('12 points: no limits, and the reason', () => {
    const [segment] = analyseXmr(monthly('2015-01', flat13.slice(0, 12))).segments;
    expect(segment!.limits).toBeNull();
    expect(segment!.causes).toEqual([]);
    expect(segment!.noLimitsReason).toBe(
      'Only 12 months of data: process limits need at least 13 months, so there is no verdict on signal or noise yet.',
    );
  });

  it('the minimum is a setting', () => {
    const settings: SpcSettings = { ...DEFAULT_SPC_SETTINGS, minimumPoints: 12 };
    const [segment] = analyseXmr(monthly('2015-01', flat13.slice(0, 12)), settings).segments;
    // First 12: sum 142, mean 11.8333.
    expect(segment!.limits!.mean).toBeCloseTo(142 / 12, 10);
  });

  it('a fixed baseline: limits from its months only, later months judged against them', () => {
    // The 13 worked months (limits 7.5667 to 16.4333), then 3 months at 20.
    const series = monthly('2015-01', [...flat13, 20, 20, 20]);
    const settings: SpcSettings = { ...DEFAULT_SPC_SETTINGS, baselinePoints: 13 };
    const [segment] = analyseXmr(series, settings).segments;
    const limits = segment!.limits!;
    expect(limits.mean).toBeCloseTo(12, 10);
    expect(limits.upper).toBeCloseTo(16.4333, 4);
    expect(limits.fixed).toBe(true);
    expect(limits.baselineTo).toBe('2016-01');
    // Each 20 is beyond the fixed upper limit of 16.4333.
    expect(
      segment!.points.slice(13).map((p) => p.causes.some((c) => c.rule === 'beyond-limit')),
    ).toEqual([true, true, true]);
  });

  it('a baseline shorter than the minimum: no limits, and the reason', () => {
    const settings: SpcSettings = { ...DEFAULT_SPC_SETTINGS, baselinePoints: 10 };
    const [segment] = analyseXmr(monthly('2015-01', [...flat13, 20]), settings).segments;
    expect(segment!.limits).toBeNull();
    expect(segment!.noLimitsReason).toMatch(/^The baseline has 10 months: .* at least 13 months/);
  });

  it('a marked break: each segment has its own limits and the jump is no moving range', () => {
    // 13 months around 12, then from February 2016 ("new recording system") 13 months 10 higher.
    const series = monthly('2015-01', [...flat13, ...flat13.map((v) => v + 10)]);
    const settings: SpcSettings = {
      ...DEFAULT_SPC_SETTINGS,
      breaks: [{ month: '2016-02', reason: 'new recording system' }],
    };
    const { segments } = analyseXmr(series, settings);
    expect(segments.map((s) => [s.from, s.to, s.startedBy?.reason ?? null])).toEqual([
      ['2015-01', '2016-01', null],
      ['2016-02', '2017-02', 'new recording system'],
    ]);
    expect(segments[0]!.limits!.mean).toBeCloseTo(12, 10);
    expect(segments[1]!.limits!.mean).toBeCloseTo(22, 10);
    // The jump from 14 to 20 is not a moving range: both segments keep 20 / 12.
    expect(segments[1]!.points[0]!.movingRange).toBeNull();
    expect(segments[1]!.limits!.meanMovingRange).toBeCloseTo(20 / 12, 10);
    // Without the break, the second half is a shift above the overall mean of 17.
    const [whole] = analyseXmr(series).segments;
    expect(whole!.causes.some((c) => c.rule === 'shift' && c.direction === 'up')).toBe(true);
    expect(segments.flatMap((s) => s.causes)).toEqual([]);
  });

  it('a break with too few months after it: that segment says why', () => {
    const series = monthly('2015-01', [...flat13, 20, 21, 22]);
    const settings: SpcSettings = {
      ...DEFAULT_SPC_SETTINGS,
      breaks: [{ month: '2016-02', reason: 'definition changed' }],
    };
    const { segments } = analyseXmr(series, settings);
    expect(segments[1]!.limits).toBeNull();
    expect(segments[1]!.noLimitsReason).toBe(
      'Only 3 months since February 2016 (definition changed): process limits need at least 13 months, so there is no verdict on signal or noise yet.',
    );
  });

  it('a break before the first month starts nothing', () => {
    const settings: SpcSettings = {
      ...DEFAULT_SPC_SETTINGS,
      breaks: [{ month: '2014-06', reason: 'old' }],
    };
    const { segments } = analyseXmr(monthly('2015-01', flat13), settings);
    expect(segments).toHaveLength(1);
    expect(segments[0]!.startedBy).toBeNull();
  });

  it('an empty series has no segments', () => {
    expect(analyseXmr([]).segments).toEqual([]);
  });
});
