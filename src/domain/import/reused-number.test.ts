import { describe, expect, it } from 'vitest';
import { parseValue } from '@/domain/values';
import { parseValueReusing, reusableNumber } from '@/domain/import/reused-number';

describe('parseValueReusing: what parseValue reads, a plain number written into the given object', () => {
  it.each([
    '1041',
    '46.6',
    '0',
    '423.0',
    '1,041',
    '46.6%',
    ' 12 ',
    '-2.5',
    '20/478 4.18%',
    'n/a',
    '',
    'abc',
    '1.2.3',
    '.5',
  ])('"%s"', (cell) => {
    const into = reusableNumber();
    const read = parseValueReusing(cell, into);
    expect(read).toEqual(parseValue(cell));
    // Only a plain number (digits, one inner point) is written into the object given.
    expect(read === into).toBe(/^\d+(\.\d+)?$/.test(cell));
  });

  it('reads the same double as Number() (and as parseValue) for every plain number of up to 15 characters tried', () => {
    const into = reusableNumber();
    const cells: string[] = [];
    for (let i = 0; i < 2000; i += 1) {
      const whole = String((i * 7919) % 100000);
      cells.push(whole, `${whole}.${i % 10}`, `${i}.${String((i * 37) % 1000).padStart(3, '0')}`);
    }
    cells.push(
      '0.1',
      '0.3',
      '46.6',
      '99999999999999.9',
      '999999999999999',
      '0.000000000001',
      '1.0000000000001',
    );
    for (const cell of cells) {
      const read = parseValueReusing(cell, into);
      expect(read.kind === 'number' && read.value).toBe(Number(cell));
      // parseValue reads plain numbers with the same scan.
      expect(parseValue(cell)).toMatchObject({ kind: 'number', value: Number(cell) });
    }
  });

  it('the same object read again holds the second cell only', () => {
    const into = reusableNumber();
    parseValueReusing('12.25', into);
    into.numerator = 3;
    into.denominator = 4;
    expect(parseValueReusing('7', into)).toEqual({
      kind: 'number',
      value: 7,
      decimals: 0,
      percent: false,
      numerator: null,
      denominator: null,
      raw: '7',
    });
  });
});
