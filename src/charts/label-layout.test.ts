import { describe, expect, it } from 'vitest';
import { estimateTextWidth, spreadLabels, wrapLabel } from '@/charts/label-layout';

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

describe('spreadLabels with sized (wrapped) labels', () => {
  it.each<[string, [string, number, number?][], [string, number][]]>([
    [
      'a two-line label takes the room of two lines',
      [
        ['one', 10],
        ['two', 11, 4],
      ],
      [
        ['one', 10],
        ['two', 13],
      ],
    ],
    ['a two-line label at the top edge is kept wholly inside', [['two', 30, 4]], [['two', 28]]],
    ['a two-line label at the bottom edge is kept wholly inside', [['two', 0, 4]], [['two', 2]]],
  ])('%s', (_name, slots, expected) => {
    const placed = spreadLabels(
      slots.map(([key, value, size]) =>
        size === undefined ? { key, value } : { key, value, size },
      ),
      2,
      0,
      30,
    );
    for (const [key, value] of expected) expect(placed.get(key)).toBeCloseTo(value, 9);
  });
});

describe('wrapLabel', () => {
  // Every character 10px wide: a line of `width` px holds width / 10 characters.
  const mono = (text: string) => text.length * 10;
  it.each<[string, string, number, number, string[]]>([
    ['short: one line', 'Target 23%', 200, 2, ['Target 23%']],
    ['exactly the width: one line', 'Target 23%', 100, 2, ['Target 23%']],
    [
      'the 3.7 label in a 250px column: two lines',
      '3.7 Step down to Early Help / Other Agency',
      250,
      2,
      ['3.7 Step down to Early', 'Help / Other Agency'],
    ],
    [
      'benchmark label: breaks between words',
      'SN average 2014/15: 23.6%',
      200,
      2,
      ['SN average 2014/15:', '23.6%'],
    ],
    [
      'too long for two lines: the second ends with an ellipsis',
      '4.6 are substantiated, but the child is not judged to be at continuing risk',
      220,
      2,
      ['4.6 are substantiated,', 'but the child is not…'],
    ],
    [
      'three lines allowed',
      '4.6 are substantiated, but the child is not judged',
      220,
      3,
      ['4.6 are substantiated,', 'but the child is not', 'judged'],
    ],
    ['one word wider than the column: shortened', 'Supercalifragilistic', 100, 2, ['Supercali…']],
    [
      'a long first word does not push the rest off',
      'Supercalifragilistic is long',
      100,
      2,
      ['Supercali…', 'is long'],
    ],
    ['one line only', 'Amber: 23% to 26%', 100, 1, ['Amber: 23…']],
    ['spaces collapse', '  Target   23%  ', 200, 2, ['Target 23%']],
    ['empty', '   ', 200, 2, []],
  ])('%s', (_name, text, width, maxLines, expected) => {
    const lines = wrapLabel(text, width, mono, maxLines);
    expect(lines).toEqual(expected);
    for (const line of lines) expect(mono(line)).toBeLessThanOrEqual(width);
  });

  it('keeps every word when the label fits in the lines allowed', () => {
    const text = '3.7 Step down to Early Help / Other Agency';
    expect(wrapLabel(text, 250, mono).join(' ')).toBe(text);
  });
});

describe('estimateTextWidth', () => {
  it('grows with the text and the font size', () => {
    expect(estimateTextWidth('Target 23%', 13)).toBeGreaterThan(estimateTextWidth('Target', 13));
    expect(estimateTextWidth('Target 23%', 26)).toBeCloseTo(
      2 * estimateTextWidth('Target 23%', 13),
    );
  });
});
