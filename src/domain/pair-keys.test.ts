import { describe, expect, it } from 'vitest';
import { pairSlots } from '@/domain/pair-keys';

describe('pairSlots', () => {
  it.each([
    // [a, b, same slot?]
    [['2.1', '2015-12'], ['2.1', '2015-12'], true],
    [['2.1', '2015-12'], ['2.1', '2015-11'], false],
    [['2.1', '2015-12'], ['2.10', '2015-12'], false],
    // Joined texts that would collide without a separator stay apart.
    [['2.1', '12015-12'], ['2.11', '2015-12'], false],
    // An id that is also a period text is still told apart by its place.
    [['2015-12', '2.1'], ['2.1', '2015-12'], false],
  ] as const)('%j and %j: same slot %s', (a, b, same) => {
    const pairs = pairSlots();
    expect(pairs.slot(a[0], a[1]) === pairs.slot(b[0], b[1])).toBe(same);
  });

  it('numbers pairs 0, 1, 2... in the order first asked, and the same slot again when asked', () => {
    const pairs = pairSlots();
    expect(pairs.slot('1.1', '2015-04')).toBe(0);
    expect(pairs.slot('1.2', '2015-05')).toBe(1);
    expect(pairs.slot('1.1', '2015-05')).toBe(2);
    expect(pairs.slot('1.2', '2015-05')).toBe(1);
    expect(pairs.slot('1.2', '2015-04')).toBe(3);
    expect(pairs.size).toBe(4);
  });

  it('slotOfNumbers with the numbers of an id and a period is the slot of the two texts', () => {
    const pairs = pairSlots();
    const [a, b] = [pairs.idNumber('2.1'), pairs.idNumber('2.8')];
    const [dec, nov] = [pairs.periodNumber('2015-12'), pairs.periodNumber('2015-11')];
    expect(pairs.idNumber('2.1')).toBe(a);
    expect(pairs.slotOfNumbers(b, nov)).toBe(pairs.slot('2.8', '2015-11'));
    expect(pairs.slot('2.1', '2015-12')).toBe(pairs.slotOfNumbers(a, dec));
    expect(pairs.slotOfNumbers(a, nov)).not.toBe(pairs.slotOfNumbers(a, dec));
    expect(pairs.size).toBe(3);
  });

  it('gives each of 3 ids by 1,500 periods its own slot', () => {
    const pairs = pairSlots();
    const slots = new Set<number>();
    for (const id of ['a', 'b', 'c'])
      for (let p = 0; p < 1500; p += 1) slots.add(pairs.slot(id, `p${p}`));
    expect(slots.size).toBe(4500);
    expect(pairs.slot('b', 'p1499')).toBe(2999);
  });
});
