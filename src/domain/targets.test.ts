import { describe, expect, it } from 'vitest';
import { describeTarget, parseTarget } from '@/domain/targets';
import type { Target } from '@/domain/types';

const cells = (red: string, amber: string, green: string) => ({ red, amber, green });
const threshold = (red: number, green: number, redInclusive = false): Target => ({
  form: 'threshold',
  red,
  green,
  higherIsBetter: green > red,
  redInclusive,
});

describe('parseTarget', () => {
  it.each<[string, string, string, Target, boolean]>([
    // none
    ['', '', '', { form: 'none' }, false],
    ['n/a', '', '', { form: 'none' }, false],
    ['', '', 'n/a', { form: 'none' }, false],
    ['  ', ' ', 'N/A', { form: 'none' }, false],
    ['-', 'na', 'n/a', { form: 'none' }, false],
    // tbc
    ['range to be set', '', '', { form: 'tbc', text: 'range to be set' }, false],
    [
      'awaiting national benchmarking',
      '',
      '',
      { form: 'tbc', text: 'awaiting national benchmarking' },
      false,
    ],
    ['', '', 'TBC', { form: 'tbc', text: 'TBC' }, false],
    ['', '', 'tba', { form: 'tbc', text: 'tba' }, false],
    ['', 'To be set', '', { form: 'tbc', text: 'To be set' }, false],
    // threshold, higher is better
    ['<83%', '83%>', '86%', threshold(83, 86), false],
    ['<92%', '92%>', '95%', threshold(92, 95), false],
    ['<40%', '40%<', '45%', threshold(40, 45), false],
    ['<90%', '90%>', '95%+', threshold(90, 95), false],
    ['<85%', '85%<', '90.0%', threshold(85, 90), false],
    ['<20%', '20%<', '22.7%', threshold(20, 22.7), false],
    [' <83% ', ' 83%> ', ' 86% ', threshold(83, 86), false],
    // threshold, lower is better
    ['26%+', '26%<', '23%', threshold(26, 23, true), false],
    ['>12%', '12%>', '10%', threshold(12, 10), false],
    ['13%+', '13%<', '10.8%<', threshold(13, 10.8, true), false],
    ['511+', '511<', '487<', threshold(511, 487, true), false],
    ['21+', '20<', '18<', threshold(21, 18, true), false],
    ['<3.6%', '3.6%', '2.6%', threshold(3.6, 2.6), false],
    ['<79', '79<', '74.1', threshold(79, 74.1), false],
    ['<6%', '6%>', '4%', threshold(6, 4), false],
    ['>511', '511>', '487', threshold(511, 487), false],
    // YTD basis
    ['YTD <55', '55>', '59.9', threshold(55, 59.9), true],
    ['YTD <6.5%', '6.5%>', '4.5%', threshold(6.5, 4.5), true],
    ['YTD <33%', '33%>', '35%', threshold(33, 35), true],
    ['ytd 26%+', '', '23%', threshold(26, 23, true), true],
    // target-only
    ['', '', '85%>', { form: 'target-only', green: 85 }, false],
    ['', '', '95', { form: 'target-only', green: 95 }, false],
    ['n/a', '', '95%+', { form: 'target-only', green: 95 }, false],
    ['<95%', '', '95%', { form: 'target-only', green: 95 }, false],
    // band
    [
      'more than +/-15',
      '+/-15',
      '+/-5 of 158.8',
      { form: 'band', centre: 158.8, green: 5, amber: 15 },
      false,
    ],
    [
      'more than +/-10',
      '+/-10',
      '+/-5 of 52.3',
      { form: 'band', centre: 52.3, green: 5, amber: 10 },
      false,
    ],
    [
      'more than +/-5',
      '+/-5',
      'upto +/-2 of 73.5',
      { form: 'band', centre: 73.5, green: 2, amber: 5 },
      false,
    ],
    [
      'more than ±15',
      '',
      '±5 of 346.4',
      { form: 'band', centre: 346.4, green: 5, amber: 15 },
      false,
    ],
    // range
    [
      'over 1% above range',
      '1% above range',
      '16-22',
      { form: 'range', low: 16, high: 22, tolerance: 1, tolerancePercent: true },
      false,
    ],
    [
      'over 1% above range',
      '1% above range',
      '14-20',
      { form: 'range', low: 14, high: 20, tolerance: 1, tolerancePercent: true },
      false,
    ],
    [
      '',
      '',
      '16 - 22',
      { form: 'range', low: 16, high: 22, tolerance: 0, tolerancePercent: false },
      false,
    ],
    [
      '',
      '1+ above range',
      '16 to 22',
      { form: 'range', low: 16, high: 22, tolerance: 1, tolerancePercent: false },
      false,
    ],
    [
      '2 above range',
      '1 above range',
      '16-22',
      { form: 'range', low: 16, high: 22, tolerance: 1, tolerancePercent: false },
      false,
    ],
  ])('%j / %j / %j', (red, amber, green, target, ytdBasis) => {
    expect(parseTarget(cells(red, amber, green))).toEqual({ target, ytdBasis });
  });

  it.each([
    ['', '', 'around eighty-ish', 'around eighty-ish'],
    ['lots', '', '86%', 'lots / 86%'],
    ['<83%', 'somewhere', '86%', '<83% / somewhere / 86%'],
  ])('%j / %j / %j is invalid', (red, amber, green, text) => {
    const { target } = parseTarget(cells(red, amber, green));
    expect(target.form).toBe('invalid');
    if (target.form !== 'invalid') return;
    expect(target.text).toBe(text);
    expect(target.reason).toMatch(
      /^The target ".+" could not be read: write a number such as 83% or <83%/,
    );
  });

  it('names the unreadable cell in the reason', () => {
    const { target } = parseTarget(cells('', '', 'around eighty-ish'));
    expect(target).toMatchObject({
      reason: expect.stringContaining('The target "around eighty-ish" could not be read'),
    });
  });
});

describe('describeTarget', () => {
  it.each([
    ['<83%', '83%>', '86%', 'Red <83% · Amber 83%> · Green 86%'],
    ['', '', 'n/a', 'Green n/a'],
    ['YTD <55', '', '59.9', 'Red YTD <55 · Green 59.9'],
    [' ', '', '', ''],
  ])('%j / %j / %j -> %j', (red, amber, green, text) => {
    expect(describeTarget(cells(red, amber, green))).toBe(text);
  });
});
