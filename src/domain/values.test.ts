import { describe, expect, it } from 'vitest';
import { fractionProblem, isNoValueMarker, parseValue, tooManyDigits } from '@/domain/values';

describe('parseValue: every value form of SPEC 2', () => {
  it.each([
    ['46.6', 46.6, 1, false, null, null],
    ['46.6%', 46.6, 1, true, null, null],
    ['12.40%', 12.4, 2, true, null, null],
    ['100%', 100, 0, true, null, null],
    ['1,041', 1041, 0, false, null, null],
    ['10,517', 10517, 0, false, null, null],
    ['423.0', 423, 1, false, null, null],
    ['-2.5', -2.5, 1, false, null, null],
    [' 1029 ', 1029, 0, false, null, null],
    ['20/478 4.18%', 4.18, 2, true, 20, 478],
    ['352/371 94.9%', 94.9, 1, true, 352, 371],
    ['125 of 137', 91.2, 1, true, 125, 137],
    ['67 of 542', 12.4, 1, true, 67, 542],
    ['55 40.44%', 40.44, 2, true, 55, null],
    ["'-5", -5, 0, false, null, null],
    ['-0.5%', -0.5, 1, true, null, null],
    ['46.6 %', 46.6, 1, true, null, null],
    ['0.27%', 0.27, 2, true, null, null],
    ['1,041.5', 1041.5, 1, false, null, null],
    ['20 / 478  4.18%', 4.18, 2, true, 20, 478],
    ['110/153 71.9%', 71.9, 1, true, 110, 153],
    ['49/409', 12, 1, true, 49, 409],
    ['60 37.50%', 37.5, 2, true, 60, null],
    ['898 OF 991', 90.6, 1, true, 898, 991],
    ['.5', 0.5, 1, false, null, null],
  ])('%s reads as %d', (raw, value, decimals, percent, numerator, denominator) => {
    const v = parseValue(raw);
    expect(v).toMatchObject({
      kind: 'number',
      value,
      decimals,
      percent,
      numerator,
      denominator,
      raw,
    });
  });

  it.each([
    '-',
    'n/a',
    'N/A',
    'tbc',
    'TBC',
    'new',
    '',
    '   ',
    'c',
    'x',
    'z',
    'u',
    'low',
    '..',
    "'-",
  ])('%j is a no-value marker, not an error', (raw) =>
    expect(parseValue(raw).kind).toBe('missing'),
  );

  it.each([
    '4o.2',
    '12..5',
    '1,04',
    'about 40',
    '46.6%%',
    '1.2.3',
    'Yes',
    '=1+2',
    '£5',
    '12,5',
    '5 of',
    'of 5',
    '1/2/3',
    '%',
  ])('%s is unreadable', (raw) => expect(parseValue(raw)).toEqual({ kind: 'invalid', raw }));

  it('a 0 of 0 fraction has no value', () => {
    expect(parseValue('0 of 0').kind).toBe('missing');
  });
});

describe('parseValue: plain numbers (read without a regular expression)', () => {
  it.each<[string, number | null, number]>([
    ['046.50', 46.5, 2],
    ['0', 0, 0],
    // 15 digits is the most a real figure has (SPEC 3.8); 16 is refused.
    ['123456789012345', 123456789012345, 0],
    ['1234567890123456', null, 0],
    ['12345678901234.5', 12345678901234.5, 1],
    // Not plain: read the full way, with the same outcome as before.
    ['.5', 0.5, 1],
    ['5.', null, 0],
    ['1.2.3', null, 0],
    [' 7 ', 7, 0],
  ])('"%s" reads as %s (%i decimals)', (cell, value, decimals) => {
    const v = parseValue(cell);
    if (value === null) expect(v.kind).toBe('invalid');
    else
      expect(v).toEqual({
        kind: 'number',
        value,
        decimals,
        percent: false,
        numerator: null,
        denominator: null,
        raw: cell,
      });
  });
});

describe('isNoValueMarker', () => {
  it.each([
    ['-', true],
    ['n/a', true],
    ['N/A', true],
    ['tbc', true],
    ['TBC', true],
    ['new', true],
    ['', true],
    [' c ', true],
    ['X', true],
    ['z', true],
    ['u', true],
    ['LOW', true],
    ['..', true],
    ['0', false],
    ['nil', false],
    ['4o.2', false],
    ['Red', false],
  ])('%j: %s', (raw, marker) => expect(isNoValueMarker(raw)).toBe(marker));

  it('keeps the marker and the cell as written', () => {
    expect(parseValue(' N/A ')).toEqual({ kind: 'missing', marker: 'N/A', raw: ' N/A ' });
  });
});

describe('figures that cannot be real (SPEC 3.8)', () => {
  it.each<[string, boolean]>([
    ['123456789012345', false], // 15 significant digits
    ['1234567890123456', true],
    ['0.000000000000000001', false], // leading zeros do not count
    ['1,234,567,890,123,456', true],
    ['9'.repeat(309), true],
    ['20/478 4.18%', false],
  ])('%s has too many digits: %s', (raw, tooMany) => expect(tooManyDigits(raw)).toBe(tooMany));

  it('a 309-digit cell is invalid, never Infinity', () =>
    expect(parseValue('9'.repeat(309)).kind).toBe('invalid'));

  it.each<[number, number, string | null]>([
    [3, 10, null],
    [0, 0, null],
    [-1, 10, 'the numerator -1 is below 0'],
    [1, -10, 'the denominator -10 is below 0'],
    [5, 0, 'the denominator is 0 under a numerator of 5'],
  ])('%i of %i: %s', (n, d, problem) => expect(fractionProblem(n, d)).toBe(problem));
});
