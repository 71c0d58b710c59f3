import { describe, expect, it } from 'vitest';
import { parseTarget } from '@/domain/targets';
import { rateValue } from '@/domain/rag';
import type { Polarity, RagBasis, RagStatus, Target, Unit } from '@/domain/types';

/**
 * Every row of the "Check of every row" table in rules-2015.md (December 2015 report): the target
 * cells as printed, the value used and its basis, and the RAG the rules give.
 */
const GOLDEN: [
  string,
  Polarity,
  string,
  string,
  string,
  RagBasis,
  number | null,
  Unit,
  RagStatus,
][] = [
  ['2.1', 'neutral', 'n/a', '', '', 'month', null, 'rate_per_10k', 'no-target'],
  ['2.2', 'neutral', 'n/a', '', '', 'month', null, 'rate_per_10k', 'no-target'],
  ['2.3', 'high', 'range to be set', '', '', 'month', null, 'rate_per_10k', 'tbc'],
  ['2.4', 'low', 'n/a', '', '', 'month', null, 'rate_per_10k', 'no-target'],
  ['2.5', 'high', '<83%', '83%>', '86%', 'month', 79.2, 'percent', 'red'],
  ['2.6', 'high', '<92%', '92%>', '95%', 'month', 98.6, 'percent', 'green'],
  ['2.7', 'low', '26%+', '26%<', '23%', 'month', 31.0, 'percent', 'red'],
  ['2.8', 'low', '26%+', '26%<', '23%', 'month', 29.3, 'percent', 'red'],
  ['3.1', 'neutral', 'n/a', '', '', 'month', null, 'rate_per_10k', 'no-target'],
  [
    '3.2',
    'neutral',
    'awaiting national benchmarking',
    '',
    '',
    'month',
    null,
    'rate_per_10k',
    'tbc',
  ],
  ['3.3', 'high', '<83%', '83%>', '86%', 'month', 85.2, 'percent', 'amber'],
  ['3.4', 'low', 'n/a', '', '', 'month', null, 'rate_per_10k', 'no-target'],
  ['3.5', 'neutral', '<40%', '40%<', '45%', 'month', 47.6, 'percent', 'green'],
  ['3.6', 'neutral', '', '', 'n/a', 'month', null, 'rate_per_10k', 'no-target'],
  ['3.7', 'neutral', '', '', 'n/a', 'month', null, 'rate_per_10k', 'no-target'],
  ['3.8', 'neutral', '', '', 'n/a', 'month', null, 'rate_per_10k', 'no-target'],
  ['4.1', 'neutral', 'n/a', '', '', 'month', null, 'rate_per_10k', 'no-target'],
  ['4.2', 'neutral', 'n/a', '', '', 'month', null, 'rate_per_10k', 'no-target'],
  [
    '4.3',
    'neutral',
    'more than +/-15',
    '+/-15',
    '+/-5 of 158.8',
    'month',
    251.8,
    'rate_per_10k',
    'red',
  ],
  ['4.4', 'high', '', '', 'n/a', 'month', null, 'rate_per_10k', 'no-target'],
  ['4.5', 'high', '', '', 'n/a', 'month', null, 'rate_per_10k', 'no-target'],
  ['4.6', 'high', '', '', 'n/a', 'month', null, 'rate_per_10k', 'no-target'],
  ['4.7', 'low', '', '', 'n/a', 'month', null, 'rate_per_10k', 'no-target'],
  ['5.1', 'neutral', 'n/a', '', '', 'month', null, 'rate_per_10k', 'no-target'],
  ['5.2', 'neutral', 'n/a', '', '', 'month', null, 'rate_per_10k', 'no-target'],
  [
    '5.3',
    'neutral',
    'more than +/-15',
    '+/-15',
    '+/-5 of 346.4',
    'month',
    293.3,
    'rate_per_10k',
    'red',
  ],
  ['5.4', 'high', '<90%', '90%<', '95%', 'month', 94.7, 'percent', 'amber'],
  ['5.5', 'high', '<85%', '85%<', '90%', 'month', 90.3, 'percent', 'green'],
  ['6.1', 'neutral', '', '', 'n/a', 'month', null, 'rate_per_10k', 'no-target'],
  ['6.2a', 'neutral', '', '', '', 'month', null, 'rate_per_10k', 'no-target'],
  ['6.2b', 'neutral', '', '', 'n/a', 'month', null, 'rate_per_10k', 'no-target'],
  ['6.3', 'neutral', '<79', '79<', '74.1', 'month', 114.9, 'rate_per_10k', 'red'],
  ['6.4', 'high', '<85%', '85%<', '90.0%', 'month', 80.1, 'percent', 'red'],
  ['6.5', 'low', 'more than +/-10', '+/-10', '+/-5 of 52.3', 'month', 64.7, 'rate_per_10k', 'red'],
  ['6.6', 'neutral', '', '', 'n/a', 'month', null, 'rate_per_10k', 'no-target'],
  ['6.7', 'high', 'YTD <55', '55>', '59.9', 'ytd', 85.1, 'rate_per_10k', 'green'],
  ['6.8', 'low', '<6%', '6%>', '4%', 'month', 4.8, 'percent', 'amber'],
  ['6.9', 'low', '<16%', '16%>', '14%', 'month', 12.1, 'percent', 'green'],
  ['6.10', 'low', '<3.6%', '3.6%', '2.6%', 'month', 0.3, 'percent', 'green'],
  ['6.11', 'low', 'YTD <6.5%', '6.5%>', '4.5%', 'ytd', 6, 'percent', 'amber'],
  ['6.12', 'high', '<95%', '95%>', '98%', 'month', 98.1, 'percent', 'green'],
  ['6.13', 'high', '<93%', '93%>', '95%', 'month', 100.0, 'percent', 'green'],
  ['6.14', 'high', '<90%', '90%>', '95%', 'month', 95.0, 'percent', 'green'],
  ['7.1', 'neutral', '', '', 'n/a', 'month', null, 'rate_per_10k', 'no-target'],
  [
    '7.2',
    'neutral',
    'more than +/-5',
    '+/-5',
    'upto +/-2 of 73.5',
    'month',
    75.0,
    'rate_per_10k',
    'green',
  ],
  ['7.3', 'neutral', '', '', 'n/a', 'month', null, 'rate_per_10k', 'no-target'],
  ['7.4', 'high', '', '', 'n/a', 'month', null, 'rate_per_10k', 'no-target'],
  ['7.5', 'high', 'YTD <33%', '33%>', '35%', 'ytd', 34.7, 'percent', 'amber'],
  ['7.6', 'high', '<90%', '90%<', '95%', 'month', 95.0, 'percent', 'green'],
  ['7.7', 'high', 'YTD <20%', '20%<', '22.7%', 'ytd', 20, 'percent', 'amber'],
  ['7.8', 'high', '<90%', '90%<', '95%', 'month', 90.2, 'percent', 'amber'],
  ['7.9', 'high', '<90%', '90%<', '95%', 'month', 90.9, 'percent', 'amber'],
  ['7.10', 'high', '<90%', '90%<', '95%', 'month', 96.7, 'percent', 'green'],
  ['7.11', 'high', '<90%', '90%<', '95%', 'month', 92.3, 'percent', 'amber'],
  ['7.12', 'high', '<93%', '93%<', '95%', 'month', 96.9, 'percent', 'green'],
  ['7.13', 'high', '<95%', '95%<', '98%', 'month', 96.2, 'percent', 'amber'],
  ['7.14', 'high', '<85%', '85%<', '90%', 'month', 84.2, 'percent', 'red'],
  ['8.1', 'neutral', '', '', 'n/a', 'month', null, 'rate_per_10k', 'no-target'],
];

describe('rateValue: the 2015 golden table', () => {
  it.each(GOLDEN)(
    '%s (%s) %j / %j / %j, %s %s -> %s',
    (_id, polarity, red, amber, green, basis, value, unit, status) => {
      const { target, ytdBasis } = parseTarget({ red, amber, green });
      expect(ytdBasis).toBe(basis === 'ytd');
      const result = rateValue(target, value, polarity, unit, basis);
      expect(result.status).toBe(status);
      expect(result.basis).toBe(basis);
      expect(result.valueUsed).toBe(value);
      expect(result.reason).not.toMatch(/\.$/);
      expect(result.reason).not.toContain('\n');
    },
  );
});

const T = (red: number, green: number, redInclusive = false): Target => ({
  form: 'threshold',
  red,
  green,
  higherIsBetter: green > red,
  redInclusive,
});
const BAND: Target = { form: 'band', centre: 158.8, green: 5, amber: 15 };
const RANGE: Target = { form: 'range', low: 16, high: 22, tolerance: 1, tolerancePercent: true };
const RANGE_COUNT: Target = {
  form: 'range',
  low: 16,
  high: 22,
  tolerance: 1,
  tolerancePercent: false,
};

describe('rateValue: boundaries', () => {
  it.each<[string, Target, number, Polarity, RagStatus]>([
    // higher is better: R <= v < G amber, v == G green, v == R amber
    ['high v == G', T(90, 95), 95, 'high', 'green'],
    ['high v == G written 95.0', T(90, 95), 95.0, 'high', 'green'],
    ['high v just below G', T(90, 95), 94.9, 'high', 'amber'],
    ['high v == R', T(90, 95), 90, 'high', 'amber'],
    ['high v just below R', T(90, 95), 89.9, 'high', 'red'],
    ['high v == G with float noise', T(90, 95), 94.99999999999, 'high', 'green'],
    // lower is better
    ['low v == G', T(12, 10), 10, 'low', 'green'],
    ['low just above G', T(12, 10), 10.1, 'low', 'amber'],
    ['low v == R, not inclusive', T(12, 10), 12, 'low', 'amber'],
    ['low just above R', T(12, 10), 12.1, 'low', 'red'],
    ['low v == R, inclusive ("26%+")', T(26, 23, true), 26, 'low', 'red'],
    ['low just below R, inclusive', T(26, 23, true), 25.9, 'low', 'amber'],
    // band
    ['band d == g above', BAND, 163.8, 'neutral', 'green'],
    ['band d == g below', BAND, 153.8, 'neutral', 'green'],
    ['band just past g', BAND, 163.9, 'neutral', 'amber'],
    ['band d == a', BAND, 173.8, 'neutral', 'amber'],
    ['band d == a below', BAND, 143.8, 'neutral', 'amber'],
    ['band just past a', BAND, 173.9, 'neutral', 'red'],
    ['band centre', BAND, 158.8, 'low', 'green'],
    // range
    ['range v == hi', RANGE, 22, 'range', 'green'],
    ['range v below lo is still green', RANGE, 4.3, 'range', 'green'],
    ['range v == lo', RANGE, 16, 'range', 'green'],
    ['range v == hi * 1.01', RANGE, 22.22, 'range', 'amber'],
    ['range just above hi', RANGE, 22.1, 'range', 'amber'],
    ['range just past hi * 1.01', RANGE, 22.23, 'range', 'red'],
    ['range count tolerance v == hi + 1', RANGE_COUNT, 23, 'range', 'amber'],
    ['range count tolerance past hi + 1', RANGE_COUNT, 23.1, 'range', 'red'],
    [
      'range no tolerance just above hi',
      { form: 'range', low: 16, high: 22, tolerance: 0, tolerancePercent: false },
      22.1,
      'range',
      'red',
    ],
    // target-only, by polarity
    ['target-only high met', { form: 'target-only', green: 95 }, 95, 'high', 'green'],
    ['target-only high not met', { form: 'target-only', green: 95 }, 94.9, 'high', 'red'],
    ['target-only neutral met', { form: 'target-only', green: 95 }, 96, 'neutral', 'green'],
    ['target-only range met', { form: 'target-only', green: 95 }, 95, 'range', 'green'],
    ['target-only low met', { form: 'target-only', green: 10 }, 10, 'low', 'green'],
    ['target-only low not met', { form: 'target-only', green: 10 }, 10.1, 'low', 'red'],
  ])('%s', (_name, target, value, polarity, status) => {
    expect(rateValue(target, value, polarity, 'average', 'month').status).toBe(status);
  });
});

describe('rateValue: reasons', () => {
  it.each<[Target, number | null, Polarity, Unit, RagBasis, RagStatus, string]>([
    [
      T(83, 86),
      79.2,
      'high',
      'percent',
      'month',
      'red',
      'Red: 79.2% is below the red threshold of 83% (target 86%)',
    ],
    [
      T(83, 86),
      85.2,
      'high',
      'percent',
      'month',
      'amber',
      'Amber: 85.2% is between the red threshold of 83% and the target of 86%',
    ],
    [T(92, 95), 98.6, 'high', 'percent', 'month', 'green', 'Green: 98.6% meets the target of 95%'],
    [
      T(83, 85),
      79.3,
      'high',
      'percent',
      'ytd',
      'red',
      'Red: 79.3% (year to date) is below the red threshold of 83% (target 85%)',
    ],
    [
      T(26, 23, true),
      31.0,
      'low',
      'percent',
      'month',
      'red',
      'Red: 31.0% is at or above the red threshold of 26% (target 23%)',
    ],
    [
      T(12, 10),
      13.2,
      'low',
      'percent',
      'month',
      'red',
      'Red: 13.2% is above the red threshold of 12% (target 10%)',
    ],
    [
      BAND,
      251.8,
      'neutral',
      'rate_per_10k',
      'month',
      'red',
      'Red: 251.8 is 93.0 away from 158.8, more than ±15',
    ],
    [BAND, 170, 'neutral', 'rate_per_10k', 'month', 'amber', 'Amber: 170.0 is within ±15 of 158.8'],
    [
      { form: 'band', centre: 73.5, green: 2, amber: 5 },
      75,
      'neutral',
      'rate_per_10k',
      'month',
      'green',
      'Green: 75.0 is within ±2 of 73.5',
    ],
    [RANGE, 21, 'range', 'rate_per_10k', 'month', 'green', 'Green: 21.0 is within the range 16-22'],
    [
      RANGE,
      22.1,
      'range',
      'rate_per_10k',
      'month',
      'amber',
      'Amber: 22.1 is above the range 16-22 by no more than 1%',
    ],
    [{ form: 'none' }, 50, 'high', 'percent', 'month', 'no-target', 'No target set'],
    [
      { form: 'invalid', text: 'around eighty-ish', reason: 'x' },
      50,
      'high',
      'percent',
      'month',
      'no-target',
      'No target: the target could not be read (around eighty-ish)',
    ],
    [
      { form: 'tbc', text: 'range to be set' },
      50,
      'high',
      'percent',
      'month',
      'tbc',
      'Target to be confirmed (range to be set)',
    ],
    [T(83, 86), null, 'high', 'percent', 'month', 'no-data', 'No data for this month'],
    [T(83, 86), null, 'high', 'percent', 'ytd', 'no-data', 'No data for the year to date'],
  ])('%j %s -> %s', (target, value, polarity, unit, basis, status, reason) => {
    expect(rateValue(target, value, polarity, unit, basis)).toEqual({
      status,
      reason,
      basis,
      valueUsed: value,
    });
  });

  it('without a target, a missing value still says No target', () => {
    expect(rateValue({ form: 'none' }, null, 'high', 'percent', 'month').status).toBe('no-target');
  });
});
