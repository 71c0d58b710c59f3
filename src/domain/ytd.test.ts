import { describe, expect, it } from 'vitest';
import { aggregate, annualOutturn, computeYtd, rolling12 } from '@/domain/ytd';
import type { ImportedYtd, Observation, YtdKind, YtdResult } from '@/domain/types';

const obs = (
  value: number | null,
  numerator: number | null = null,
  denominator: number | null = null,
): Observation => ({
  indicatorId: 'x',
  period: '2015-04',
  value,
  numerator,
  denominator,
  decimals: 1,
  raw: value === null ? '' : String(value),
  note: '',
  provenance: { file: 'f.csv', importedAt: '2016-01-01T00:00:00Z', line: 2 },
});
const imported = (
  value: number,
  raw: string,
  numerator: number | null = null,
  denominator: number | null = null,
): ImportedYtd => ({
  indicatorId: 'x',
  month: '2015-12',
  value,
  numerator,
  denominator,
  raw,
});

describe('aggregate', () => {
  it.each<[string, YtdKind, (Observation | null)[], number | null]>([
    ['sum', 'sum', [obs(10), obs(20), obs(5)], 35],
    [
      'sum with a missing month is not a year to date',
      'sum',
      [obs(10), obs(20), null, obs(5)],
      null,
    ],
    ['sum of nothing', 'sum', [null, obs(null)], null],
    ['sum of no months', 'sum', [], null],
    ['ratio', 'ratio', [obs(50, 1, 2), obs(75, 3, 4)], (4 / 6) * 100],
    [
      'ratio with a missing month is not a year to date',
      'ratio',
      [obs(50, 1, 2), null, obs(null)],
      null,
    ],
    ['ratio needs both parts of every month', 'ratio', [obs(50, 1, 2), obs(75)], null],
    ['ratio with zero denominator', 'ratio', [obs(0, 0, 0)], null],
    ['latest', 'latest', [obs(10), obs(20)], 20],
    ['latest is the last month, even if missing', 'latest', [obs(10), null], null],
    ['none', 'none', [obs(10)], null],
  ])('%s', (_name, kind, months, value) => {
    const v = aggregate(kind, months).value;
    if (value === null) expect(v).toBeNull();
    else expect(v).toBeCloseTo(value, 9);
  });
});

describe('computeYtd', () => {
  it.each<[string, Parameters<typeof computeYtd>[0], YtdResult]>([
    [
      'computed sum',
      { kind: 'sum', unit: 'count', months: [obs(100), obs(200)], imported: null, decimals: null },
      {
        value: 300,
        numerator: null,
        denominator: null,
        source: 'computed',
        computed: 300,
        warning: null,
      },
    ],
    [
      'computed ratio keeps the sums',
      {
        kind: 'ratio',
        unit: 'percent',
        months: [obs(50, 10, 20), obs(25, 5, 20)],
        imported: null,
        decimals: 1,
      },
      {
        value: 37.5,
        numerator: 15,
        denominator: 40,
        source: 'computed',
        computed: 37.5,
        warning: null,
      },
    ],
    [
      'nothing to compute',
      { kind: 'sum', unit: 'count', months: [null, null], imported: null, decimals: null },
      {
        value: null,
        numerator: null,
        denominator: null,
        source: 'none',
        computed: null,
        warning: null,
      },
    ],
    [
      'kind none',
      { kind: 'none', unit: 'count', months: [obs(3)], imported: null, decimals: null },
      {
        value: null,
        numerator: null,
        denominator: null,
        source: 'none',
        computed: null,
        warning: null,
      },
    ],
    [
      'imported wins and agrees within its precision',
      {
        kind: 'sum',
        unit: 'count',
        months: [obs(8000), obs(727.4)],
        imported: imported(8727, '8727'),
        decimals: null,
      },
      {
        value: 8727,
        numerator: null,
        denominator: null,
        source: 'imported',
        computed: 8727.4,
        warning: null,
      },
    ],
    [
      'imported wins, differs: warning',
      {
        kind: 'sum',
        unit: 'count',
        months: [obs(8000), obs(951)],
        imported: imported(8727, '8727'),
        decimals: null,
      },
      {
        value: 8727,
        numerator: null,
        denominator: null,
        source: 'imported',
        computed: 8951,
        warning: "The sheet's YTD 8,727 differs from the figure computed from the months, 8,951",
      },
    ],
    [
      'imported ratio with its parts',
      {
        kind: 'ratio',
        unit: 'percent',
        months: [obs(50, 10, 20), obs(25, 5, 20)],
        imported: imported(37.5, '37.5%', 15, 40),
        decimals: 1,
      },
      {
        value: 37.5,
        numerator: 15,
        denominator: 40,
        source: 'imported',
        computed: 37.5,
        warning: null,
      },
    ],
    [
      'imported with nothing computed: no warning',
      { kind: 'sum', unit: 'count', months: [null], imported: imported(12, '12'), decimals: null },
      {
        value: 12,
        numerator: null,
        denominator: null,
        source: 'imported',
        computed: null,
        warning: null,
      },
    ],
    [
      'latest kind never warns',
      {
        kind: 'latest',
        unit: 'percent',
        months: [obs(40), obs(41)],
        imported: imported(45, '45%'),
        decimals: 1,
      },
      {
        value: 45,
        numerator: null,
        denominator: null,
        source: 'imported',
        computed: 41,
        warning: null,
      },
    ],
  ])('%s', (_name, input, expected) => {
    expect(computeYtd(input)).toEqual(expected);
  });

  it('warns for a ratio off by more than half a unit of the printed precision', () => {
    const r = computeYtd({
      kind: 'ratio',
      unit: 'percent',
      months: [obs(50, 10, 20), obs(25, 5, 20)],
      imported: imported(37.4, '37.4%'),
      decimals: 1,
    });
    expect(r.warning).toBe(
      "The sheet's YTD 37.4% differs from the figure computed from the months, 37.5%",
    );
  });

  it('does not warn within half a unit of the printed precision', () => {
    const months = [obs(37.525, 7505, 20000)];
    expect(
      computeYtd({
        kind: 'ratio',
        unit: 'percent',
        months,
        imported: imported(37.5, '37.5%'),
        decimals: 1,
      }).warning,
    ).toBeNull();
    // Printed to two places, the same figure is too far off.
    expect(
      computeYtd({
        kind: 'ratio',
        unit: 'percent',
        months,
        imported: imported(37.5, '37.50%'),
        decimals: 1,
      }).warning,
    ).not.toBeNull();
  });
});

describe('annualOutturn', () => {
  const year = (values: (number | null)[]) => values.map((v) => (v === null ? null : obs(v)));
  const full = year([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  const noMarch = year([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, null]);
  it.each<
    [
      string,
      Parameters<typeof annualOutturn>[0],
      { value: number | null; source: 'imported' | 'computed' | 'none' },
    ]
  >([
    [
      'imported wins',
      { kind: 'sum', unit: 'count', snapshot: false, months: full, imported: obs(99) },
      { value: 99, source: 'imported' },
    ],
    [
      'imported without a value is ignored',
      { kind: 'sum', unit: 'count', snapshot: false, months: full, imported: obs(null) },
      { value: 78, source: 'computed' },
    ],
    [
      'flow: the year sum',
      { kind: 'sum', unit: 'count', snapshot: false, months: full, imported: null },
      { value: 78, source: 'computed' },
    ],
    [
      'snapshot: March',
      { kind: 'latest', unit: 'percent', snapshot: true, months: full, imported: null },
      { value: 12, source: 'computed' },
    ],
    [
      'incomplete year: none',
      { kind: 'sum', unit: 'count', snapshot: false, months: noMarch, imported: null },
      { value: null, source: 'none' },
    ],
    [
      'incomplete snapshot: none',
      { kind: 'latest', unit: 'count', snapshot: true, months: noMarch, imported: null },
      { value: null, source: 'none' },
    ],
    [
      'ratio over the year',
      {
        kind: 'ratio',
        unit: 'percent',
        snapshot: false,
        months: [obs(50, 1, 2), ...Array.from({ length: 10 }, () => obs(0, 0, 1)), obs(100, 3, 3)],
        imported: null,
      },
      { value: (4 / 15) * 100, source: 'computed' },
    ],
    [
      'ratio over a year with a month missing: none',
      {
        kind: 'ratio',
        unit: 'percent',
        snapshot: false,
        months: [obs(50, 1, 2), ...Array<null>(10).fill(null), obs(100, 3, 3)],
        imported: null,
      },
      { value: null, source: 'none' },
    ],
  ])('%s', (_name, input, expected) => {
    expect(annualOutturn(input)).toEqual(expected);
  });
});

describe('rolling12', () => {
  it.each<[YtdKind, (Observation | null)[], number | null]>([
    ['sum', [obs(1), obs(2), obs(3)], 6],
    ['sum', [obs(1), obs(2), null, obs(3)], null],
    ['ratio', [obs(50, 1, 2), obs(100, 3, 3)], 80],
    ['latest', [obs(1), obs(7)], 7],
    ['sum', [], null],
  ])('%s', (kind, months, value) => {
    expect(rolling12(kind, months)).toBe(value);
  });
});
