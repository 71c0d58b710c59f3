import { describe, expect, it } from 'vitest';
import { niceStep, valueScale } from '@/charts/scale';

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
