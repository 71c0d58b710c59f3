import { describe, expect, it } from 'vitest';
import { pairKeyer } from '@/domain/pair-keys';

describe('pairKeyer', () => {
  it.each([
    // [a, b, same key?]
    [['2.1', '2015-12'], ['2.1', '2015-12'], true],
    [['2.1', '2015-12'], ['2.1', '2015-11'], false],
    [['2.1', '2015-12'], ['2.10', '2015-12'], false],
    // Joined texts that would collide without a separator stay apart.
    [['2.1', '12015-12'], ['2.11', '2015-12'], false],
    // An id that is also a period text is still told apart by its place.
    [['2015-12', '2.1'], ['2.1', '2015-12'], false],
  ] as const)('%j and %j: same key %s', (a, b, same) => {
    const key = pairKeyer();
    expect(key(a[0], a[1]) === key(b[0], b[1])).toBe(same);
  });

  it('gives every distinct pair of a grid its own key, and the same key again when asked', () => {
    const key = pairKeyer();
    const ids = ['1.1', '1.2', '6.2a'];
    const periods = ['2015-04', '2015-05', '2015/16'];
    const keys = ids.flatMap((i) => periods.map((p) => key(i, p)));
    expect(new Set(keys).size).toBe(9);
    expect(ids.flatMap((i) => periods.map((p) => key(i, p)))).toEqual(keys);
  });

  it('keeps pairs apart past 1,024 periods (where keys leave the small range)', () => {
    const key = pairKeyer();
    const keys = new Set<number>();
    // 3 ids by 1,500 periods: 4,500 pairs, each its own key, including across the two ranges.
    for (const id of ['a', 'b', 'c']) for (let p = 0; p < 1500; p += 1) keys.add(key(id, `p${p}`));
    expect(keys.size).toBe(4500);
    expect(key('b', 'p1499')).toBe(key('b', 'p1499'));
  });
});
