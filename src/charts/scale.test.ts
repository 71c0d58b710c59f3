import { describe, expect, it } from 'vitest';
import { categoryTicks, fittedScale, niceStep, valueScale } from '@/charts/scale';
import { FY_SHORT_MONTHS } from '@/domain/periods';

describe('niceStep', () => {
  it.each([
    [30, 5, 10],
    [100, 5, 20],
    [12, 5, 2.5],
    [1041, 5, 250],
    [0, 5, 1],
  ])('span %d in about %d ticks steps by %d', (span, count, step) => {
    expect(niceStep(span, count)).toBe(step);
  });
});

describe('valueScale', () => {
  it.each<[string, (number | null)[], number, number]>([
    ['re-referrals with SN average and target', [26.8, 28.2, 29.3, 23.6, 24, 23], 0, 30],
    ['contacts', [935, 1029, 1041, null], 0, 1250],
    ['a negative gap', [-4.2, 3], -6, 4],
    ['nothing to draw', [null], 0, 1],
    ['a flat zero series', [0, 0], 0, 1],
  ])('%s: %j runs from %d to %d', (_name, values, min, max) => {
    const scale = valueScale(values);
    expect(scale.min).toBe(min);
    expect(scale.max).toBe(max);
    expect(scale.ticks[0]).toBe(min);
    expect(scale.ticks[scale.ticks.length - 1]).toBe(max);
  });
});

describe('fittedScale (meeting mode: the axis fitted to the lines)', () => {
  it.each<[string, (number | null)[], { cap?: number }, number, number, number[]]>([
    // 2.8: 26.8 to 29.3 this year, target 23, amber to 26, SN 23.6, England 22.3. Span 7 in
    // about 5 ticks steps by 2 (1.4 rounds up to 2): 22 to 30, so SN and the target are apart.
    [
      're-referrals (percent)',
      [26.8, 28.2, 29.3, 23, 26, 23.6, 22.3],
      { cap: 100 },
      22,
      30,
      [22, 24, 26, 28, 30],
    ],
    // 2.5: 74.7 to 80.9 with target 86 and red 83, SN 85.9, England 87.5: span 12.8, a fifth
    // is 2.56, over 2.5, so steps of 5: 70 to 90.
    [
      'referrals to assessment',
      [74.7, 80.9, 83, 86, 85.9, 87.5],
      { cap: 100 },
      70,
      90,
      [70, 75, 80, 85, 90],
    ],
    // Near 100%: never above 100 for a percentage. 96.9 to 99.7, target 95: span 4.7, step 1;
    // floor 95 is a value, so one step below (94); ceil 100 stays (capped at 100).
    ['close to 100%', [96.9, 98.6, 99.7, 95], { cap: 100 }, 94, 100, [94, 95, 96, 97, 98, 99, 100]],
    // Counts near zero never run below 0: 0 to 3, a value on 0 keeps 0.
    ['small counts', [0, 1, 3], {}, 0, 4, [0, 1, 2, 3, 4]],
    // One value alone: 1041 padded by niceStep(1041) = 250 either side (791 to 1291), then
    // that span of 500 steps by 100: 700 to 1300.
    ['one value', [1041], {}, 700, 1300, [700, 800, 900, 1000, 1100, 1200, 1300]],
    ['nothing', [null], {}, 0, 1, [0, 0.5, 1]],
  ])('%s: %j runs from %d to %d', (_name, values, options, min, max, ticks) => {
    const scale = fittedScale(values, options);
    expect(scale.min).toBe(min);
    expect(scale.max).toBe(max);
    expect(scale.ticks).toEqual(ticks);
  });
});

describe('categoryTicks (every month labelled)', () => {
  const months = FY_SHORT_MONTHS;
  it.each<[number, number, 0 | -90, number]>([
    // 3 letters at 18px: 32.4px + 9px gap = 41.4px a month; 12 months need 497px.
    [600, 18, 0, 1],
    [497, 18, 0, 1],
    // Upright, a label needs 1.2 x 18 = 21.6px: 12 need 260px.
    [496, 18, -90, 1],
    [260, 18, -90, 1],
    // 180px gives 15px a month: every second month (21.6 / 15 = 1.44, rounded up).
    [180, 18, -90, 2],
    // 100px gives 8.3px a month: every third (21.6 / 8.33 = 2.6).
    [100, 18, -90, 3],
    // At the page's 13px: 23.4 + 6.5 = 29.9px a month, 359px for twelve.
    [360, 13, 0, 1],
  ])('a %dpx plot at %dpx text: angle %d, every %d month(s)', (width, font, angle, step) => {
    const layout = categoryTicks(width, months, font);
    expect([layout.angle, layout.step]).toEqual([angle, step]);
  });
});
