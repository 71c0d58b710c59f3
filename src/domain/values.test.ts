import { describe, expect, it } from 'vitest';
import { parseValue } from '@/domain/values';

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
  ])('%s reads as %d', (raw, value, decimals, percent, numerator, denominator) => {
    const v = parseValue(raw);
    expect(v).toMatchObject({ kind: 'number', value, decimals, percent, numerator, denominator, raw });
  });

  it.each(['-', 'n/a', 'N/A', 'tbc', 'TBC', 'new', '', '   ', 'c', 'x', 'z', 'u', 'low', '..', "'-"])(
    '%j is a no-value marker, not an error',
    (raw) => expect(parseValue(raw).kind).toBe('missing'),
  );

  it.each(['4o.2', '12..5', '1,04', 'about 40', '46.6%%', '1.2.3', 'Yes', '=1+2'])(
    '%s is unreadable',
    (raw) => expect(parseValue(raw)).toEqual({ kind: 'invalid', raw }),
  );

  it('a 0 of 0 fraction has no value', () => {
    expect(parseValue('0 of 0').kind).toBe('missing');
  });
});
