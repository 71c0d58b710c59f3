import { describe, expect, it } from 'vitest';
import type { Observation, Unit } from '@/domain/types';
import { observationText, periodText, revisionText } from './revision-text';

const obs = (over: Partial<Observation>): Observation => ({
  indicatorId: '2.8',
  period: '2015-12',
  value: null,
  numerator: null,
  denominator: null,
  decimals: 0,
  raw: '',
  note: '',
  provenance: { file: 'a.csv', importedAt: '2016-01-10T09:00:00.000Z', line: 2 },
  ...over,
});

describe('periodText', () => {
  it.each([
    ['2019-10', 'Oct-19'],
    ['2015-12', 'Dec-15'],
    ['2014/15', '2014/15'],
  ])('%s is shown as %s', (period, text) => {
    expect(periodText(period)).toBe(text);
  });
});

describe('observationText', () => {
  it.each<[string, Partial<Observation>, Unit, string]>([
    ['a percentage keeps its written decimals', { value: 89.2, decimals: 1 }, 'percent', '89.2%'],
    ['0.27% stays two places', { value: 0.27, decimals: 2 }, 'percent', '0.27%'],
    ['a count gets thousands separators', { value: 1041, decimals: 0 }, 'count', '1,041'],
    ['a rate per 10,000', { value: 668.6, decimals: 1 }, 'rate_per_10k', '668.6'],
    [
      'a fraction is shown with its value',
      { value: 90.6, decimals: 1, numerator: 898, denominator: 991 },
      'percent',
      '90.6% (898 of 991)',
    ],
    ['a fraction without a value', { numerator: 20, denominator: 478 }, 'percent', '20 of 478'],
    ['a no-value marker names the marker', { raw: 'tbc' }, 'count', 'no value ("tbc")'],
    ['a blank cell', { raw: '' }, 'count', 'no value'],
  ])('%s', (_title, over, unit, text) => {
    expect(observationText(obs(over), unit)).toBe(text);
  });
});

describe('revisionText', () => {
  it.each<[string, Partial<Observation>, Partial<Observation>, Unit, string]>([
    [
      'the issue example',
      { period: '2019-10', value: 89.2, decimals: 1 },
      { period: '2019-10', value: 89.6, decimals: 1 },
      'percent',
      'Oct-19: 89.2% becomes 89.6%',
    ],
    [
      'contacts re-run for December 2015',
      { value: 1041 },
      { value: 1052 },
      'count',
      'Dec-15: 1,041 becomes 1,052',
    ],
    [
      'a value withdrawn',
      { value: 28.2, decimals: 1 },
      { raw: '-' },
      'percent',
      'Dec-15: 28.2% becomes no value ("-")',
    ],
    [
      'an annual outturn',
      { period: '2014/15', value: 25 },
      { period: '2014/15', value: 26 },
      'percent',
      '2014/15: 25% becomes 26%',
    ],
  ])('%s', (_title, before, after, unit, text) => {
    const b = obs(before);
    const a = obs({ period: b.period, ...after });
    expect(
      revisionText(
        {
          indicatorId: '2.8',
          indicatorName: 'Re-referrals',
          period: b.period,
          before: b,
          after: a,
        },
        unit,
      ),
    ).toBe(text);
  });
});
