import { describe, expect, it } from 'vitest';
import { breakdownTables, checkTotal, englandShares } from '@/domain/breakdowns';
import type { BreakdownRow, Indicator, NationalDataset, Observation } from '@/domain/types';
import { placeholderIndicator } from '@/domain/workspace';

const row = (
  period: string,
  dimension: string,
  category: string,
  value: number | null,
  fraction: [number, number] | null = null,
): BreakdownRow => ({
  indicatorId: 'X',
  period,
  dimension,
  category,
  value,
  numerator: fraction?.[0] ?? null,
  denominator: fraction?.[1] ?? null,
  raw: value === null ? 'c' : String(value),
  line: 2,
});
const count: Indicator = { ...placeholderIndicator('X', 0), name: 'Referrals', unit: 'count' };
const percent: Indicator = { ...count, name: '% ending in NFA', unit: 'percent' };
const own =
  (values: Record<string, number>) =>
  (id: string, period: string): Observation | null =>
    period in values
      ? ({
          indicatorId: id,
          period,
          value: values[period]!,
          numerator: null,
          denominator: null,
        } as Observation)
      : null;

describe('breakdown tables (SPEC 2.8)', () => {
  // Referrals by source: December 2015 and December 2014. Shares: 60/120 = 50%, 40/120 = 33.3%,
  // 20/120 = 16.7%; a year earlier 50/100, 50/100 and no Health row.
  const breakdowns = [
    row('2014-12', 'Referral source', 'Police', 50),
    row('2014-12', 'Referral source', 'Schools', 50),
    row('2015-12', 'Referral source', 'Police', 60),
    row('2015-12', 'Referral source', 'Schools', 40),
    row('2015-12', 'Referral source', 'Health', 20),
    // A later month than the one chosen is not shown.
    row('2016-01', 'Referral source', 'Police', 70),
  ];
  const [t] = breakdownTables({ breakdowns }, count, '2015-12', own({ '2015-12': 120 }));

  it('takes the latest period up to the chosen month and the same month a year earlier', () => {
    expect([t!.period, t!.periodLabel, t!.lastYearPeriod]).toEqual([
      '2015-12',
      'December 2015',
      '2014-12',
    ]);
  });

  it('works out shares of the total, now and a year earlier', () => {
    expect(
      t!.categories.map((c) => [c.category, c.share?.toFixed(1), c.lastYear, c.lastYearShare]),
    ).toEqual([
      ['Police', '50.0', 50, 50],
      ['Schools', '33.3', 50, 50],
      ['Health', '16.7', null, null],
    ]);
    expect(t!.total).toBe(120);
    expect(t!.totalCheck).toBeNull(); // 60 + 40 + 20 = 120, the indicator's own figure
  });

  it('marks a category under 20 as small numbers (Health 20 is not; 19 would be)', () => {
    expect(t!.categories.map((c) => c.small)).toEqual([false, false, false]);
    const [u] = breakdownTables(
      { breakdowns: [row('2015-12', 'Source', 'Health', 19)] },
      count,
      '2015-12',
      own({}),
    );
    expect(u!.categories[0]!.small).toBe(true);
  });

  it.each([
    [120, null],
    [125, "The categories add up to 120, 5 fewer than the indicator's 125 for the period."],
    [117, "The categories add up to 120, 3 more than the indicator's 117 for the period."],
  ])("against the indicator's own %d: %s", (figure, words) => {
    expect(checkTotal(120, own({ p: figure })('X', 'p'), count)).toBe(words);
  });

  it('keeps figures within each category as they are: the share of referrals ending in NFA by source', () => {
    // 12 of 48 from the police (25.0%), 3 of 4 from health (75.0%: small numbers, 4 < 20).
    const [nfa] = breakdownTables(
      {
        breakdowns: [
          row('2015-12', 'Referral source', 'Police', 25, [12, 48]),
          row('2015-12', 'Referral source', 'Health', 75, [3, 4]),
          row('2015-12', 'Referral source', 'Anonymous', null),
        ],
      },
      percent,
      '2015-12',
      own({ '2015-12': 30 }),
    );
    expect(nfa!.additive).toBe(false);
    expect(nfa!.total).toBeNull();
    expect(nfa!.totalCheck).toBeNull();
    expect(
      nfa!.categories.map((c) => [c.category, c.value, c.share, c.small, c.suppressed]),
    ).toEqual([
      ['Police', 25, null, false, null],
      ['Health', 75, null, true, null],
      ['Anonymous', null, null, false, 'c'],
    ]);
  });

  it('reads a financial-year breakdown against the year before', () => {
    const [y] = breakdownTables(
      { breakdowns: [row('2014/15', 'Age', 'Under 1', 30), row('2013/14', 'Age', 'Under 1', 25)] },
      count,
      '2015-12',
      own({}),
    );
    expect([y!.period, y!.lastYearPeriod, y!.categories[0]!.lastYear]).toEqual([
      '2014/15',
      '2013/14',
      25,
    ]);
  });
});

describe('a related breakdown beside a count (SPEC 2.8: NFA by referral source)', () => {
  // Referrals by source (a count) and the share of referrals ending in no further action by
  // source (a percentage, another indicator): 12 of 60 police referrals (20.0%), 2 of 40 from
  // schools (5.0%); none given for Health.
  const nfa: Indicator = { ...percent, id: 'N', name: '% of referrals ending in NFA' };
  const rows = [
    row('2015-12', 'Referral source', 'Police', 60),
    row('2015-12', 'Referral source', 'Schools', 40),
    row('2015-12', 'Referral source', 'Health', 20),
    { ...row('2015-12', 'referral source', 'police', 20, [12, 60]), indicatorId: 'N' },
    { ...row('2015-12', 'Referral source', 'Schools', 5, [2, 40]), indicatorId: 'N' },
    // Another month, or another dimension, is not lined up.
    { ...row('2015-11', 'Referral source', 'Health', 9, [1, 11]), indicatorId: 'N' },
    { ...row('2015-12', 'Team', 'Health', 9, [1, 11]), indicatorId: 'N' },
  ];
  const [t] = breakdownTables(
    { breakdowns: rows, indicators: [count, nfa] },
    count,
    '2015-12',
    own({}),
  );

  it('lines the NFA share up with each source, case ignored', () => {
    expect(t!.related.map((r) => r.indicator.id)).toEqual(['N']);
    expect(t!.related[0]!.values).toEqual([
      { value: 20, numerator: 12, denominator: 60 },
      { value: 5, numerator: 2, denominator: 40 },
      { value: null, numerator: null, denominator: null },
    ]);
  });

  it('puts nothing beside a percentage breakdown itself', () => {
    const [n] = breakdownTables(
      { breakdowns: rows, indicators: [count, nfa] },
      nfa,
      '2015-12',
      own({}),
    );
    expect(n!.related).toEqual([]);
  });
});

describe("England's distribution from published national data", () => {
  const ds: NationalDataset = {
    file: 'd5.csv',
    filters: ['category'],
    measures: ['total', 'under_1', 'under_1_percent', 'aged_1_to_4', 'aged_5_to_9'],
    rows: [
      {
        year: '2014/15',
        level: 'national',
        regionCode: '',
        regionName: '',
        laCode: '',
        laName: '',
        filters: ['x'],
        values: [100, 10, 11.5, 30, 60],
      },
    ],
  };

  it('takes a `_percent` column where there is one, else the count over the matched sum', () => {
    // under_1: its _percent column, 11.5; 1-4: 30 of (10 + 30 + 60) = 30%; 5-9: 60%.
    const e = englandShares([ds], ['Under 1', 'Aged 1 to 4', 'Aged 5 to 9'], '2014/15');
    expect([...e!.shares]).toEqual([
      ['Under 1', 11.5],
      ['Aged 1 to 4', 30],
      ['Aged 5 to 9', 60],
    ]);
  });

  it.each([
    [['Under 1', 'Police', 'Schools', 'Health'], '2014/15'], // 1 of 4 matched: not this dataset
    [['Under 1', 'Aged 1 to 4'], '2015/16'], // no national row for the year
  ])('has nothing for %j in %s', (categories, year) => {
    expect(englandShares([ds], categories, year)).toBeNull();
  });
});
