import { describe, expect, it } from 'vitest';
import {
  formatDifference,
  formatNumber,
  formatPoints,
  formatThreshold,
  shownDecimals,
} from '@/domain/format';
import type { Unit } from '@/domain/types';

describe('formatNumber', () => {
  it.each<[number | null, Unit, number | null, string]>([
    [null, 'percent', null, ''],
    [null, 'count', 0, ''],
    [46.6, 'percent', null, '46.6%'],
    [46.6, 'percent', 1, '46.6%'],
    [31, 'percent', null, '31.0%'],
    [0.27, 'percent', null, '0.27%'],
    [12.4, 'percent', 2, '12.40%'],
    [85.25, 'percent', 1, '85.3%'],
    [100, 'percent', 0, '100%'],
    [1041, 'count', null, '1,041'],
    [1041, 'count', 0, '1,041'],
    [8951, 'count', null, '8,951'],
    [12.5, 'count', null, '12.5'],
    [1234567, 'count', null, '1,234,567'],
    [668.6, 'rate_per_10k', null, '668.6'],
    [251.8, 'rate_per_10k', null, '251.8'],
    [75, 'rate_per_10k', null, '75.0'],
    [75, 'rate_per_10k', 0, '75'],
    [511, 'days', null, '511'],
    [511.26, 'days', null, '511.3'],
    [21.04, 'average', null, '21'],
    [17.3, 'average', null, '17.3'],
    [1500.5, 'days', null, '1,500.5'],
  ])('%s %s (decimals %s) -> %j', (value, unit, decimals, text) => {
    expect(formatNumber(value, unit, decimals)).toBe(text);
  });
});

describe('formatPoints', () => {
  it.each([
    [4.2, '4.2 points'],
    [-4.2, '4.2 points'],
    [1, '1 point'],
    [0.04, '0 points'],
    [5.66, '5.7 points'],
    [2, '2 points'],
  ])('%s -> %s', (n, text) => {
    expect(formatPoints(n)).toBe(text);
  });
});

describe('formatThreshold', () => {
  it.each<[number, Unit, string]>([
    [83, 'percent', '83%'],
    [22.7, 'percent', '22.7%'],
    [511, 'days', '511'],
    [158.8, 'rate_per_10k', '158.8'],
    [1000, 'count', '1,000'],
  ])('%s %s -> %s', (v, unit, text) => {
    expect(formatThreshold(v, unit)).toBe(text);
  });
});

describe('formatDifference', () => {
  it.each<[number, Unit, string]>([
    [4.2, 'percent', '4.2 points'],
    [-12, 'rate_per_10k', '12.0'],
    [12.54, 'count', '12.5'],
  ])('%s %s -> %s', (n, unit, text) => {
    expect(formatDifference(n, unit)).toBe(text);
  });
});

describe('formatters kept between calls', () => {
  it('give each precision its own text however the calls interleave', () => {
    // One kept formatter per pair of fraction-digit limits: a formatter kept for the wrong
    // limits would print 12.4 with one place, or 1,041 with two.
    const texts = [
      formatNumber(12.4, 'percent', 2),
      formatNumber(12.4, 'percent', 1),
      formatNumber(1041, 'count', null),
      formatNumber(12.4, 'percent', 2),
      formatNumber(75, 'rate_per_10k', null),
      formatNumber(1041, 'count', 0),
    ];
    expect(texts).toEqual(['12.40%', '12.4%', '1,041', '12.40%', '75.0', '1,041']);
  });
});

describe('shownDecimals: the precision an indicator is shown at', () => {
  it.each<[number | null, (number | null)[], number]>([
    [1, [21, 22], 1],
    [0, [12.4], 0],
    // no decimals in the catalogue: the most among the values (a caseload of 12.4 and 21)
    [null, [12.4, 21, null], 1],
    [null, [21, 22], 0],
    [null, [1 / 3], 2],
    [null, [], 0],
  ])('decimals %s, values %j: %i', (decimals, values, expected) => {
    expect(shownDecimals(decimals, values)).toBe(expected);
  });
});
