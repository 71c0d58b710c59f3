import { describe, expect, it } from 'vitest';
import { compareIds } from '@/domain/ids';

describe('compareIds sorts ids as dotted versions, never as floats', () => {
  it.each([
    ['6.9', '6.10'],
    ['6.10', '6.11'],
    ['6.2a', '6.2b'],
    ['6.2b', '6.3'],
    ['9.2', '10.1'],
    ['2.1', '2.1.1'],
    ['7.1', '7.14'],
  ])('%s comes before %s', (a, b) => {
    expect(compareIds(a, b)).toBeLessThan(0);
    expect(compareIds(b, a)).toBeGreaterThan(0);
  });

  it('sorts the 2015 ids in report order', () => {
    const ids = ['6.10', '6.1', '6.2b', '6.9', '6.2a', '12.1', '6.14', '6.3'];
    expect([...ids].sort(compareIds)).toEqual([
      '6.1',
      '6.2a',
      '6.2b',
      '6.3',
      '6.9',
      '6.10',
      '6.14',
      '12.1',
    ]);
  });
});
