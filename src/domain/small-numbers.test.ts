import { describe, expect, it } from 'vitest';
import {
  countInterval,
  exactPoissonInterval,
  ratePer10kInterval,
  smallNumbers,
  wilsonInterval,
  Z_95,
} from '@/domain/small-numbers';
import type { Unit } from '@/domain/types';

describe('wilsonInterval: Newcombe (1998), Table II, method 3 (Wilson score, no correction)', () => {
  // Published to 4 decimals as proportions; ours are percentage points.
  it.each<[number, number, number, number]>([
    [81, 263, 25.53, 36.62],
    [15, 148, 6.24, 16.05],
    [0, 20, 0, 16.11],
    [1, 29, 0.61, 17.18],
  ])('%i / %i: %f%% to %f%%', (x, n, lower, upper) => {
    const ci = wilsonInterval(x, n)!;
    expect(ci.lower).toBeCloseTo(lower, 2);
    expect(ci.upper).toBeCloseTo(upper, 2);
  });

  it('worked by hand: 1 of 4', () => {
    // p = 0.25, z^2 = 3.8415; scale = 1 + 3.8415/4 = 1.9604;
    // centre = (0.25 + 3.8415/8) / 1.9604 = 0.7302 / 1.9604 = 0.3725;
    // half = 1.96 x sqrt(0.25 x 0.75 / 4 + 3.8415 / 64) / 1.9604
    //      = 1.96 x sqrt(0.046875 + 0.060023) / 1.9604 = 1.96 x 0.32695 / 1.9604 = 0.3269;
    // interval 0.0456 to 0.6994.
    const z2 = Z_95 * Z_95;
    const scale = 1 + z2 / 4;
    const centre = (0.25 + z2 / 8) / scale;
    const half = (Z_95 * Math.sqrt(0.046875 + z2 / 64)) / scale;
    const ci = wilsonInterval(1, 4)!;
    expect(ci.lower).toBeCloseTo((centre - half) * 100, 10);
    expect(ci.upper).toBeCloseTo((centre + half) * 100, 10);
    expect(ci.lower).toBeCloseTo(4.56, 2);
    expect(ci.upper).toBeCloseTo(69.94, 2);
  });

  it('all of them: the upper limit is 100%', () => {
    const ci = wilsonInterval(29, 29)!;
    expect(ci.upper).toBe(100);
    expect(ci.lower).toBeCloseTo(88.3, 1);
  });

  it.each<[number, number]>([
    [1, 0],
    [5, 4],
    [-1, 10],
  ])('%i / %i: no interval', (x, n) => {
    expect(wilsonInterval(x, n)).toBeNull();
  });
});

describe('exactPoissonInterval: the published exact (Garwood) 95% limits', () => {
  it.each<[number, number, number]>([
    [0, 0, 3.689],
    [1, 0.0253, 5.572],
    [2, 0.2422, 7.225],
    [3, 0.6187, 8.767],
    [5, 1.6235, 11.668],
    [9, 4.1154, 17.085],
    [10, 4.7954, 18.39],
  ])('%i events: %f to %f', (o, lower, upper) => {
    const ci = exactPoissonInterval(o);
    expect(ci.lower).toBeCloseTo(lower, 3);
    expect(ci.upper).toBeCloseTo(upper, 3);
  });
});

describe("countInterval: exact below 10 events, Byar's method from 10", () => {
  it('9 events: exact', () => {
    expect(countInterval(9)).toEqual(exactPoissonInterval(9));
  });

  it('10 events: Byar, worked by hand', () => {
    // lower = 10 x (1 - 1/90 - 1.96/(3 x 3.1623))^3 = 10 x (1 - 0.011111 - 0.206598)^3
    //       = 10 x 0.782291^3 = 4.7875;
    // upper = 11 x (1 - 1/99 + 1.96/(3 x 3.3166))^3 = 11 x (1 - 0.010101 + 0.196984)^3
    //       = 11 x 1.186883^3 = 18.3915 (exact: 4.7954 to 18.3904).
    const ci = countInterval(10)!;
    expect(ci.lower).toBeCloseTo(4.7875, 3);
    expect(ci.upper).toBeCloseTo(18.3915, 3);
    expect(ci).not.toEqual(exactPoissonInterval(10));
  });

  it('100 events: Byar, as the exact limits 81.36 to 121.63', () => {
    // lower = 100 x (1 - 1/900 - 1.96/30)^3 = 100 x 0.933557^3 = 81.36;
    // upper = 101 x (1 - 1/909 + 1.96/30.1496)^3 = 101 x 1.063907^3 = 121.63.
    const ci = countInterval(100)!;
    expect(ci.lower).toBeCloseTo(81.36, 2);
    expect(ci.upper).toBeCloseTo(121.63, 2);
  });

  it('a negative count has none', () => {
    expect(countInterval(-1)).toBeNull();
  });
});

describe('ratePer10kInterval', () => {
  it('3 events among 56,400 children: 0.53 per 10,000, from 0.11 to 1.55', () => {
    // Exact limits for 3: 0.6187 to 8.7673; / 56,400 x 10,000.
    const ci = ratePer10kInterval(3, 56400)!;
    expect(ci.lower).toBeCloseTo((0.6187 / 56400) * 10000, 4);
    expect(ci.upper).toBeCloseTo((8.7673 / 56400) * 10000, 4);
    expect(ci.lower).toBeCloseTo(0.11, 2);
    expect(ci.upper).toBeCloseTo(1.55, 2);
  });

  it('no population, no interval', () => {
    expect(ratePer10kInterval(3, 0)).toBeNull();
  });
});

describe('smallNumbers: the flag and its sentence', () => {
  const f = (value: number | null, numerator: number | null, denominator: number | null) => ({
    value,
    numerator,
    denominator,
  });
  it.each<[string, ReturnType<typeof f>, Unit, number | undefined, boolean, number | null]>([
    ['a percentage out of 19', f(10.5, 2, 19), 'percent', undefined, true, 19],
    [
      'a percentage out of 20 (the threshold is not small)',
      f(10, 2, 20),
      'percent',
      undefined,
      false,
      20,
    ],
    [
      'a percentage with no denominator: not judged',
      f(10, null, null),
      'percent',
      undefined,
      false,
      null,
    ],
    ['a count of 1 adoption', f(1, null, null), 'count', undefined, true, 1],
    ['a count of 1,041 contacts', f(1041, null, null), 'count', undefined, false, 1041],
    ['a rate from 12 events', f(2.1, 12, 56400), 'rate_per_10k', undefined, true, 12],
    [
      'a rate without its events: from the population',
      f(2.1, null, 56400),
      'rate_per_10k',
      undefined,
      true,
      12,
    ],
    [
      'a rate of 668.6 per 10,000 of 56,400',
      f(668.6, null, 56400),
      'rate_per_10k',
      undefined,
      false,
      3771,
    ],
    ['a threshold set per indicator: 5', f(50, 4, 8), 'percent', 5, false, 8],
    ['a threshold set per indicator: 10', f(50, 4, 8), 'percent', 10, true, 8],
    ['days averaged over 15 children', f(30, null, 15), 'days', undefined, true, 15],
  ])('%s', (_name, figure, unit, threshold, small, base) => {
    const check = smallNumbers(figure, unit, threshold);
    expect([check.small, check.base]).toEqual([small, base]);
  });

  it('says it in words', () => {
    expect(smallNumbers(f(10.5, 2, 19), 'percent').sentence).toBe(
      'Small numbers: the figure is out of 19, fewer than 20; one more or one fewer changes it a lot.',
    );
    expect(smallNumbers(f(1, null, null), 'count').sentence).toBe(
      'Small numbers: the figure counts 1, fewer than 20; one more or one fewer changes it a lot.',
    );
    expect(smallNumbers(f(1041, null, null), 'count').sentence).toBe('');
  });
});
