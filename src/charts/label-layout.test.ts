import { describe, expect, it } from 'vitest';
import { spreadLabels } from '@/charts/label-layout';

describe('spreadLabels', () => {
  it.each<[string, [string, number][], number, [string, number][]]>([
    [
      'far apart: unchanged',
      [
        ['a', 10],
        ['b', 20],
      ],
      2,
      [
        ['a', 10],
        ['b', 20],
      ],
    ],
    [
      'target 23, SN 23.6, England 24 with 1.5 gap: pushed upwards',
      [
        ['target', 23],
        ['sn', 23.6],
        ['eng', 24],
      ],
      1.5,
      [
        ['target', 23],
        ['sn', 24.5],
        ['eng', 26],
      ],
    ],
    [
      'crowded at the top: pulled back below the maximum',
      [
        ['a', 29],
        ['b', 29.5],
      ],
      2,
      [
        ['a', 28],
        ['b', 30],
      ],
    ],
  ])('%s', (_name, slots, gap, expected) => {
    const placed = spreadLabels(
      slots.map(([key, value]) => ({ key, value })),
      gap,
      0,
      30,
    );
    for (const [key, value] of expected) expect(placed.get(key)).toBeCloseTo(value, 9);
  });
});
