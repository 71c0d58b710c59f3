import { describe, expect, it } from 'vitest';
import { directionOfTravel, printedDotAgrees, printedRagStatus } from '@/domain/dot';
import type { DotLabel, DotResult, Movement, Polarity, RagStatus, Target } from '@/domain/types';

const NONE: Target = { form: 'none' };
const RANGE_16_22: Target = {
  form: 'range',
  low: 16,
  high: 22,
  tolerance: 1,
  tolerancePercent: true,
};
const RANGE_14_20: Target = {
  form: 'range',
  low: 14,
  high: 20,
  tolerance: 1,
  tolerancePercent: true,
};
const BAND: Target = { form: 'band', centre: 158.8, green: 5, amber: 15 };

/** Decimals as written, e.g. "0.27" -> 2. */
const r = (value: number | null) =>
  value === null ? null : { value, decimals: (String(value).split('.')[1] ?? '').length };

describe('directionOfTravel: the 2015 rows', () => {
  it.each<[string, Polarity, number | null, number | null, Target, Movement, DotLabel]>([
    ['high 49.5 -> 46.6', 'high', 49.5, 46.6, NONE, 'down', 'worsening'],
    ['low 31.4 -> 31.0', 'low', 31.4, 31.0, NONE, 'down', 'improving'],
    ['neutral 1029 -> 1041', 'neutral', 1029, 1041, NONE, 'up', 'increasing'],
    ['low 0.27 -> 0.3 (compared as imported)', 'low', 0.27, 0.3, NONE, 'up', 'worsening'],
    ['range 16-22: 17.3 -> 21.0', 'range', 17.3, 21.0, RANGE_16_22, 'up', 'worsening'],
    ['range 16-22: 14.5 -> 15.7', 'range', 14.5, 15.7, RANGE_16_22, 'up', 'improving'],
    ['range 14-20: 12.9 -> 11.4', 'range', 12.9, 11.4, RANGE_14_20, 'down', 'worsening'],
    ['range 16-22: 4.3 -> 4.3', 'range', 4.3, 4.3, RANGE_16_22, 'same', 'no-change'],
    ['range 16-22: blank -> 18.3', 'range', null, 18.3, RANGE_16_22, 'none', 'new'],
    ['high 85.3 -> 83.9 (printed arrow is stale)', 'high', 85.3, 83.9, NONE, 'down', 'worsening'],
  ])('%s', (_name, polarity, previous, current, target, movement, label) => {
    const result = directionOfTravel({
      polarity,
      previous: r(previous),
      current: r(current),
      decimals: null,
      target,
      enabled: true,
    });
    expect(result).toEqual({ movement, label, previous, current });
  });
});

describe('directionOfTravel: cases', () => {
  it.each<
    [string, Polarity, number | null, number | null, number | null, Target, boolean, DotResult]
  >([
    [
      'disabled',
      'high',
      1,
      2,
      null,
      NONE,
      false,
      { movement: 'none', label: 'off', previous: 1, current: 2 },
    ],
    [
      'no current',
      'high',
      1,
      null,
      null,
      NONE,
      true,
      { movement: 'none', label: 'not-comparable', previous: 1, current: null },
    ],
    [
      'no previous',
      'high',
      null,
      2,
      null,
      NONE,
      true,
      { movement: 'none', label: 'new', previous: null, current: 2 },
    ],
    [
      'high up',
      'high',
      1,
      2,
      null,
      NONE,
      true,
      { movement: 'up', label: 'improving', previous: 1, current: 2 },
    ],
    [
      'low up',
      'low',
      1,
      2,
      null,
      NONE,
      true,
      { movement: 'up', label: 'worsening', previous: 1, current: 2 },
    ],
    [
      'neutral down',
      'neutral',
      2,
      1,
      null,
      NONE,
      true,
      { movement: 'down', label: 'decreasing', previous: 2, current: 1 },
    ],
    [
      'equal',
      'high',
      5,
      5,
      null,
      NONE,
      true,
      { movement: 'same', label: 'no-change', previous: 5, current: 5 },
    ],
    [
      'rounded to 1 dp: equal',
      'high',
      46.62,
      46.64,
      1,
      NONE,
      true,
      { movement: 'same', label: 'no-change', previous: 46.6, current: 46.6 },
    ],
    [
      'rounded to 1 dp: 0.27 -> 0.3 same',
      'low',
      0.27,
      0.3,
      1,
      NONE,
      true,
      { movement: 'same', label: 'no-change', previous: 0.3, current: 0.3 },
    ],
    [
      'rounded to 0 dp: up',
      'high',
      46.4,
      46.6,
      0,
      NONE,
      true,
      { movement: 'up', label: 'improving', previous: 46, current: 47 },
    ],
    [
      'range, band centre: closer',
      'range',
      140,
      170,
      null,
      BAND,
      true,
      { movement: 'up', label: 'improving', previous: 140, current: 170 },
    ],
    [
      'range, band centre: further',
      'range',
      160,
      150,
      null,
      BAND,
      true,
      { movement: 'down', label: 'worsening', previous: 160, current: 150 },
    ],
    [
      'range, same distance either side',
      'range',
      18,
      20,
      null,
      { form: 'range', low: 16, high: 22, tolerance: 0, tolerancePercent: false },
      true,
      { movement: 'up', label: 'no-change', previous: 18, current: 20 },
    ],
    [
      'range without a range target: neutral words',
      'range',
      1,
      2,
      null,
      NONE,
      true,
      { movement: 'up', label: 'increasing', previous: 1, current: 2 },
    ],
    [
      'range with a threshold target: neutral words',
      'range',
      2,
      1,
      null,
      { form: 'threshold', red: 1, green: 2, higherIsBetter: true, redInclusive: false },
      true,
      { movement: 'down', label: 'decreasing', previous: 2, current: 1 },
    ],
  ])('%s', (_name, polarity, previous, current, decimals, target, enabled, expected) => {
    expect(
      directionOfTravel({
        polarity,
        previous: r(previous),
        current: r(current),
        decimals,
        target,
        enabled,
      }),
    ).toEqual(expected);
  });
});

const dot = (label: DotLabel): DotResult => ({
  movement: 'none',
  label,
  current: null,
  previous: null,
});

describe('printedDotAgrees', () => {
  it.each<[string, DotLabel, boolean | null]>([
    ['', 'improving', null],
    ['  ', 'worsening', null],
    ['↑', 'improving', true],
    ['↑', 'increasing', true],
    ['↑', 'worsening', false],
    ['Up', 'improving', true],
    ['improving', 'improving', true],
    ['Increase', 'increasing', true],
    ['↓', 'worsening', true],
    ['↓', 'decreasing', true],
    ['↓', 'improving', false],
    ['down', 'decreasing', true],
    ['Worsening', 'worsening', true],
    ['decrease', 'worsening', true],
    ['→', 'no-change', true],
    ['↔', 'no-change', true],
    ['flat', 'no-change', true],
    ['Same', 'no-change', true],
    ['no change', 'no-change', true],
    ['→', 'improving', false],
    ['new', 'new', true],
    ['New', 'improving', false],
    ['?', 'improving', null],
    ['sideways', 'no-change', null],
  ])('%j vs %s -> %s', (printed, label, agrees) => {
    expect(printedDotAgrees(printed, dot(label))).toBe(agrees);
  });
});

describe('printedRagStatus', () => {
  it.each<[string, RagStatus | null]>([
    ['Red', 'red'],
    ['red YTD', 'red'],
    ['Amber', 'amber'],
    ['Yellow', 'amber'],
    ['Yellow YTD', 'amber'],
    ['GREEN', 'green'],
    ['Grey', 'no-target'],
    ['gray', 'no-target'],
    ['tbc', 'tbc'],
    ['', null],
    ['purple', null],
  ])('%j -> %s', (printed, status) => {
    expect(printedRagStatus(printed)).toBe(status);
  });
});
