import { describe, expect, it } from 'vitest';
import { addMonths } from '@/domain/periods';
import { analyseXmr, DEFAULT_SPC_SETTINGS, type SpcPoint } from '@/domain/spc';
import {
  assuranceVerdict,
  variationVerdict,
  type AssuranceVerdict,
  type VariationVerdict,
} from '@/domain/spc-verdict';
import type { Polarity, RagBasis, Target, YtdKind } from '@/domain/types';

const monthly = (start: string, values: number[]): SpcPoint[] =>
  values.map((value, i) => ({ month: addMonths(start, i), value }));

const COUNT = { unit: 'count', decimals: null } as const;

/**
 * A clear step change over 24 months, January 2014 to December 2015: a year around 50, then a
 * year around 60 (the same wiggle 10 higher). Worked by hand:
 * - mean = (600 + 720) / 24 = 55;
 * - moving ranges: 19 within each year (1 2 1 2 4 2 1 2 1 1 2) plus the jump 49 -> 60 = 11,
 *   so 49 over 23, mean 49 / 23 = 2.1304;
 * - limits 55 +/- 2.66 x 49/23 = 55 +/- 5.6670 -> 49.33 and 60.67; 2 sigma 55 +/- 3.7780.
 * December 2015 (59) is the last of 12 months above the average: a shift.
 */
const YEAR = [50, 51, 49, 50, 52, 48, 50, 51, 49, 50, 51, 49];
const STEP = monthly('2014-01', [...YEAR, ...YEAR.map((v) => v + 10)]);

/** 13 months (January 2015 to January 2016): mean 12, limits 7.5667 to 16.4333, no signal. */
const FLAT = monthly('2015-01', [10, 12, 11, 13, 12, 14, 12, 11, 13, 12, 10, 12, 14]);

describe('variationVerdict: the step change, by polarity', () => {
  it('the worked limits', () => {
    const limits = analyseXmr(STEP).segments[0]!.limits!;
    expect(limits.mean).toBeCloseTo(55, 10);
    expect(limits.meanMovingRange).toBeCloseTo(49 / 23, 10);
    expect(limits.upper).toBeCloseTo(60.667, 3);
    expect(limits.lower).toBeCloseTo(49.333, 3);
  });

  it.each<[Polarity, VariationVerdict, string]>([
    [
      'high',
      'special-cause-improvement',
      'Special cause improvement: the last 12 months (January 2015 to December 2015) are all above the average of 55.0.',
    ],
    [
      'low',
      'special-cause-concern',
      'Special cause concern: the last 12 months (January 2015 to December 2015) are all above the average of 55.0.',
    ],
    [
      'neutral',
      'special-cause-neither-high',
      'Special cause, neither (higher): the last 12 months (January 2015 to December 2015) are all above the average of 55.0.',
    ],
  ])('%s is better: %s', (polarity, verdict, sentence) => {
    const result = variationVerdict(analyseXmr(STEP), polarity, COUNT);
    expect(result.verdict).toBe(verdict);
    expect(result.cause?.rule).toBe('shift');
    expect(result.sentence).toBe(sentence);
  });
});

describe('variationVerdict: each rule in words at the latest month', () => {
  it('common cause', () => {
    const result = variationVerdict(analyseXmr(FLAT), 'high', { unit: 'count', decimals: 1 });
    expect(result.verdict).toBe('common-cause');
    expect(result.sentence).toBe(
      'Common cause: January 2016 (14.0) is within the process limits (7.6 to 16.4) and is not part of a run, a trend or 2 of 3 points near a limit; the change is ordinary variation.',
    );
  });

  it('a point beyond the upper limit', () => {
    // FLAT then 20: mean 176 / 14 = 12.5714; moving ranges 20 + 6 = 26 over 13 = 2;
    // upper limit 12.5714 + 2.66 x 2 = 17.8914.
    const result = variationVerdict(
      analyseXmr(monthly('2015-01', [...FLAT.map((p) => p.value), 20])),
      'high',
      {
        unit: 'count',
        decimals: 1,
      },
    );
    expect(result.verdict).toBe('special-cause-improvement');
    expect(result.sentence).toBe(
      'Special cause improvement: February 2016 (20.0) is above the upper process limit of 17.9.',
    );
  });

  it('2 of 3 beyond 2 sigma, one beyond the limit', () => {
    // Limits fixed on FLAT (2 sigma 14.9556, limit 16.4333); then 17, 13, 15.5: the latest (15.5)
    // and 17 are beyond 2 sigma, 17 also beyond the limit; 12 in January 2016 is on the mean, so
    // there is no shift.
    const series = monthly('2015-01', [...FLAT.map((p) => p.value), 17, 13, 15.5]);
    const analysis = analyseXmr(series, { ...DEFAULT_SPC_SETTINGS, baselinePoints: 13 });
    const result = variationVerdict(analysis, 'low', COUNT);
    expect(result.verdict).toBe('special-cause-concern');
    expect(result.cause?.rule).toBe('two-of-three');
    expect(result.sentence).toBe(
      'Special cause concern: 2 of the last 3 months (February 2016 to April 2016) are above 15.0, two thirds of the way from the average to the upper limit, one of them beyond the process limit.',
    );
  });

  it('a trend with a repeated value', () => {
    // 6 months at 30 and 31, then 20 21 22 22 23 24 25 26: 7 rising months over 8. The mean is
    // (183 + 183) / 14 = 26.14, so the last 8 are also a shift below it: for a higher-is-better
    // measure the trend (improvement) wins over the shift (concern).
    const series = monthly('2015-01', [30, 31, 30, 31, 30, 31, 20, 21, 22, 22, 23, 24, 25, 26]);
    const result = variationVerdict(analyseXmr(series), 'high', COUNT);
    expect(result.verdict).toBe('special-cause-improvement');
    expect(result.cause?.rule).toBe('trend');
    expect(result.sentence).toBe(
      'Special cause improvement: the last 8 months (July 2015 to February 2016) have risen every month, apart from one repeated value.',
    );
  });
});

describe('variationVerdict: improvement wins when both fire on the latest month', () => {
  // 20 21 20 21 20 21, then 10 11 12 13 14 15 16 (January 2015 to January 2016).
  // Mean 214 / 13 = 16.46; the last 7 are all below it (a shift down) and each higher than the
  // one before (a trend up). Moving ranges 5 x 1 + 11 + 6 x 1 = 22 over 12: limits 11.58 to 21.34.
  const series = monthly('2015-01', [20, 21, 20, 21, 20, 21, 10, 11, 12, 13, 14, 15, 16]);

  it.each<[Polarity, string, string]>([
    [
      'high',
      'trend',
      'Special cause improvement: the last 7 months (July 2015 to January 2016) have risen every month.',
    ],
    [
      'low',
      'shift',
      'Special cause improvement: the last 7 months (July 2015 to January 2016) are all below the average of 16.5.',
    ],
  ])('%s is better: the %s names it', (polarity, rule, sentence) => {
    const analysis = analyseXmr(series);
    const latest = analysis.segments[0]!.points.at(-1)!;
    expect(latest.causes.map((c) => `${c.rule} ${c.direction}`).sort()).toEqual([
      'shift down',
      'trend up',
    ]);
    const result = variationVerdict(analysis, polarity, { unit: 'count', decimals: 1 });
    expect(result.verdict).toBe('special-cause-improvement');
    expect(result.cause?.rule).toBe(rule);
    expect(result.sentence).toBe(sentence);
  });
});

describe('variationVerdict: no verdict', () => {
  it('12 months', () => {
    const result = variationVerdict(analyseXmr(FLAT.slice(0, 12)), 'high', COUNT);
    expect(result).toEqual({
      verdict: 'no-verdict',
      cause: null,
      sentence:
        'Only 12 months of data: process limits need at least 13 months, so there is no verdict on signal or noise yet.',
    });
  });

  it('no months', () => {
    expect(variationVerdict(analyseXmr([]), 'high', COUNT).sentence).toBe(
      'There are no monthly values yet.',
    );
  });

  it('a recent break: too few months since it', () => {
    const settings = {
      ...DEFAULT_SPC_SETTINGS,
      breaks: [{ month: '2015-07', reason: 'new recording system' }],
    };
    const result = variationVerdict(analyseXmr(STEP, settings), 'high', COUNT);
    expect(result.verdict).toBe('no-verdict');
    expect(result.sentence).toMatch(/^Only 6 months since July 2015 \(new recording system\)/);
  });

  it('a break at the step: the months since it are ordinary variation around their own mean', () => {
    const settings = {
      ...DEFAULT_SPC_SETTINGS,
      minimumPoints: 12,
      breaks: [{ month: '2015-01', reason: 'new service model' }],
    };
    const result = variationVerdict(analyseXmr(STEP, settings), 'high', COUNT);
    expect(result.verdict).toBe('common-cause');
    expect(result.sentence).toMatch(/^Common cause: December 2015 \(59\)/);
  });
});

describe('assuranceVerdict: the target against the limits 7.5667 to 16.4333', () => {
  const threshold = (green: number, higherIsBetter: boolean): Target => ({
    form: 'threshold',
    red: higherIsBetter ? green - 1 : green + 1,
    green,
    higherIsBetter,
    redInclusive: false,
  });
  const month = { ragBasis: 'month' as RagBasis, ytd: 'latest' as YtdKind };

  it.each<[string, Target, Polarity, AssuranceVerdict]>([
    [
      'higher is better, target 5 below the lower limit',
      threshold(5, true),
      'high',
      'consistently-meets',
    ],
    [
      'higher is better, target 18 above the upper limit',
      threshold(18, true),
      'high',
      'consistently-fails',
    ],
    ['higher is better, target 12 between', threshold(12, true), 'high', 'hit-and-miss'],
    [
      'lower is better, target 18 above the upper limit',
      threshold(18, false),
      'low',
      'consistently-meets',
    ],
    [
      'lower is better, target 7 below the lower limit',
      threshold(7, false),
      'low',
      'consistently-fails',
    ],
    [
      'target only, lower is better, 20',
      { form: 'target-only', green: 20 },
      'low',
      'consistently-meets',
    ],
    [
      'target only, higher is better, 20',
      { form: 'target-only', green: 20 },
      'high',
      'consistently-fails',
    ],
    [
      'band 12 +/- 5 holds the limits',
      { form: 'band', centre: 12, green: 5, amber: 10 },
      'neutral',
      'consistently-meets',
    ],
    [
      'band 12 +/- 2 inside the limits',
      { form: 'band', centre: 12, green: 2, amber: 10 },
      'neutral',
      'hit-and-miss',
    ],
    [
      'band 30 +/- 5 clear of the limits',
      { form: 'band', centre: 30, green: 5, amber: 10 },
      'neutral',
      'consistently-fails',
    ],
    [
      'range 16-22 (below is green)',
      { form: 'range', low: 16, high: 22, tolerance: 1, tolerancePercent: true },
      'range',
      'consistently-meets',
    ],
    [
      'range 4-6',
      { form: 'range', low: 4, high: 6, tolerance: 1, tolerancePercent: true },
      'range',
      'consistently-fails',
    ],
    ['no target', { form: 'none' }, 'high', 'no-target'],
    ['target tbc', { form: 'tbc', text: 'tbc' }, 'high', 'no-target'],
  ])('%s', (_name, target, polarity, verdict) => {
    const result = assuranceVerdict(analyseXmr(FLAT), { target, polarity, ...month }, COUNT);
    expect(result.verdict).toBe(verdict);
  });

  it('says it in words', () => {
    const analysis = analyseXmr(FLAT);
    const say = (target: Target) =>
      assuranceVerdict(analysis, { target, polarity: 'high', ...month }, COUNT).sentence;
    expect(say(threshold(5, true))).toBe(
      'Consistently meets the target: the process limits (7.6 to 16.4) all meet the target (at or above 5), so without a change in the process it will keep being met.',
    );
    expect(say(threshold(18, true))).toBe(
      'Consistently fails the target: none of the process limits (7.6 to 16.4) meets the target (at or above 18), so it will not be met without a change in the process.',
    );
    expect(say(threshold(12, true))).toBe(
      'Hit and miss: the process limits (7.6 to 16.4) hold values that meet the target (at or above 12) and values that miss it, so ordinary variation will meet it in some months and miss it in others.',
    );
  });

  it('a target for the year-to-date total cannot be met by a month', () => {
    const result = assuranceVerdict(
      analyseXmr(FLAT),
      { target: threshold(5, true), polarity: 'high', ragBasis: 'ytd', ytd: 'sum' },
      COUNT,
    );
    expect(result.verdict).toBe('no-verdict');
  });

  it('a year-to-date percentage is on the months scale: a verdict', () => {
    const result = assuranceVerdict(
      analyseXmr(FLAT),
      { target: threshold(5, true), polarity: 'high', ragBasis: 'ytd', ytd: 'ratio' },
      COUNT,
    );
    expect(result.verdict).toBe('consistently-meets');
  });

  it('too few months: no verdict, and why', () => {
    const result = assuranceVerdict(
      analyseXmr(FLAT.slice(0, 5)),
      { target: threshold(5, true), polarity: 'high', ...month },
      COUNT,
    );
    expect(result.verdict).toBe('no-verdict');
    expect(result.sentence).toMatch(/^Only 5 months of data/);
  });
});
