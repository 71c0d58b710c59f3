import { describe, expect, it } from 'vitest';
import { comparedFigure, saysRolling } from '@/domain/gap-basis';
import type { ComparedFigure, Indicator, Observation, YtdKind } from '@/domain/types';
import { indicator, obs } from '@/domain/indicator-view.fixture';
import { rollingMonths } from '@/domain/periods';

const ind = (ytd: YtdKind, over: Partial<Indicator> = {}): Indicator =>
  indicator('x', { ytd, unit: 'count', ...over });

/** Twelve months Jan-15..Dec-15 of `values` (null = missing), for the rolling window. */
const window = (values: (number | null)[]): (Observation | null)[] =>
  rollingMonths('2015-12').map((m, i) => {
    const v = values[i] ?? null;
    return v === null ? null : obs('x', m, v);
  });

const noYtd = { value: null, numerator: null, denominator: null };
const dec = obs('x', '2015-12', 7.8);

describe('comparedFigure: the figure compared with an annual benchmark (SPEC 3.6)', () => {
  it.each<[string, Parameters<typeof comparedFigure>[0], Partial<ComparedFigure>]>([
    [
      '1. ytd = none: the month, "rolling year"',
      {
        indicator: ind('none', { unit: 'percent' }),
        asAt: '2015-12',
        current: obs('x', '2015-12', 29.3, [293, 1000]),
        ytd: noYtd,
        last12: window([]),
      },
      {
        kind: 'rolling',
        value: 29.3,
        numerator: 293,
        denominator: 1000,
        words: 'rolling year 29.3%',
      },
    ],
    [
      '1. a name saying "rolling 12 month" wins over ytd = latest (2.4)',
      {
        indicator: ind('latest', {
          unit: 'rate_per_10k',
          name: 'Rate of referrals per 10,000 population aged under 18 - rolling 12 month performance',
        }),
        asAt: '2015-12',
        current: obs('x', '2015-12', 668.6),
        ytd: { value: 639.7, numerator: null, denominator: null },
        last12: window([]),
      },
      { kind: 'rolling', value: 668.6, words: 'rolling year 668.6' },
    ],
    [
      '1. a YTD note "Rolling Year" wins over ytd = sum: no projection',
      {
        indicator: ind('sum', { ytdNote: 'Rolling Year' }),
        asAt: '2015-12',
        current: obs('x', '2015-12', 412),
        ytd: { value: 3000, numerator: null, denominator: null },
        last12: window([]),
      },
      { kind: 'rolling', value: 412 },
    ],
    [
      '2. a snapshot (ytd = latest): the month, "month end"',
      {
        indicator: ind('latest'),
        asAt: '2015-12',
        current: obs('x', '2015-12', 412),
        ytd: { value: 412, numerator: null, denominator: null },
        last12: window([]),
      },
      { kind: 'snapshot', value: 412, words: 'month end 412' },
    ],
    [
      '3. a percentage with ytd = ratio: the year to date, with its numerator and denominator (7.7)',
      {
        indicator: ind('ratio', { unit: 'percent' }),
        asAt: '2015-12',
        current: obs('x', '2015-12', 10, [1, 10]),
        ytd: { value: 20, numerator: 6, denominator: 30 },
        last12: window([]),
      },
      { kind: 'ytd', value: 20, numerator: 6, denominator: 30, words: 'year to date 20.0%' },
    ],
    [
      '4. a flow with all 12 months: their total, 12 x 10 + 2 = 122',
      {
        indicator: ind('sum'),
        asAt: '2015-12',
        current: obs('x', '2015-12', 12),
        ytd: { value: 92, numerator: null, denominator: null },
        last12: window([10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 12]),
      },
      { kind: 'rolling-12', value: 122, words: 'last 12 months 122' },
    ],
    [
      '4. a flow missing a month of the 12: the YTD projected, 85.1 x 12 / 9 = 113.47 (6.7)',
      {
        indicator: ind('sum', { unit: 'rate_per_10k' }),
        asAt: '2015-12',
        current: dec,
        ytd: { value: 85.1, numerator: null, denominator: null },
        last12: window([null, 10, 10, 10, 10, 10, 10, 10, 10, 11.2, 12.6, 7.8]),
      },
      {
        kind: 'projected',
        words: 'projected for the year 113.5 (year to date 85.1 in 9 months)',
      },
    ],
    [
      '4. a count projected is a whole number: 1,000 x 12 / 7 = 1,714.29 shown 1,714 (October)',
      {
        indicator: ind('sum'),
        asAt: '2015-10',
        current: obs('x', '2015-10', 150),
        ytd: { value: 1000, numerator: null, denominator: null },
        last12: window([]),
      },
      {
        kind: 'projected',
        words: 'projected for the year 1,714 (year to date 1,000 in 7 months)',
      },
    ],
    [
      '4. in March the year to date is the whole year: compared as it is',
      {
        indicator: ind('sum'),
        asAt: '2016-03',
        current: obs('x', '2016-03', 90),
        ytd: { value: 1100, numerator: null, denominator: null },
        last12: window([]),
      },
      { kind: 'ytd', value: 1100, words: 'year to date 1,100' },
    ],
    [
      '5. a snapshot with no value for the month: none, with the reason',
      {
        indicator: ind('latest'),
        asAt: '2015-12',
        current: null,
        ytd: noYtd,
        last12: window([]),
      },
      { kind: 'none', reason: 'there is no value for December 2015 to compare' },
    ],
    [
      '5. a ratio with no year to date: none',
      {
        indicator: ind('ratio', { unit: 'percent' }),
        asAt: '2015-12',
        current: obs('x', '2015-12', 10),
        ytd: noYtd,
        last12: window([]),
      },
      {
        kind: 'none',
        reason:
          'there is no year to date for December 2015 (a month, or its numerator and denominator, is missing)',
      },
    ],
    [
      '5. a flow with neither 12 months nor a year to date: none (never the month alone)',
      {
        indicator: ind('sum'),
        asAt: '2015-12',
        current: obs('x', '2015-12', 12),
        ytd: noYtd,
        last12: window([]),
      },
      {
        kind: 'none',
        reason: 'neither the last 12 months nor the year to date for December 2015 are complete',
      },
    ],
  ])('%s', (_name, input, expected) => {
    const result = comparedFigure(input);
    expect(result).toMatchObject(expected);
    if (expected.kind === 'projected' && result.kind === 'projected' && input.ytd.value !== null) {
      const months = input.asAt === '2015-10' ? 7 : 9;
      expect(result.value).toBeCloseTo((input.ytd.value * 12) / months, 9);
    }
  });

  it.each([
    ['% re-referral rate in the last 12 months (rolling year)', true],
    ['Rate of referrals per 10,000 - rolling 12 month performance', true],
    ['Rolling twelve months', true],
    ['Number of contacts', false],
    ['Rolling out the new system', false],
  ])('"%s" says rolling: %s', (name, rolling) => {
    expect(saysRolling({ name, dataNote: '', ytdNote: '' })).toBe(rolling);
  });
});
