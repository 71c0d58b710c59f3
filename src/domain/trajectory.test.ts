import { describe, expect, it } from 'vitest';
import {
  changeWords,
  parseDatedTarget,
  trajectoryFromPoints,
  trajectoryFromTarget,
  trajectoryPointsOf,
} from '@/domain/trajectory';
import type { DatedTarget, MonthKey, TrajectoryPoint } from '@/domain/types';

describe('parseDatedTarget', () => {
  it.each([
    ['600 by 2020-03', { value: 600, month: '2020-03', from: null }],
    ['600 by 31 March 2020', { value: 600, month: '2020-03', from: null }],
    ['600 by March 2020', { value: 600, month: '2020-03', from: null }],
    ['86% by Mar-16 from 2015-04', { value: 86, month: '2016-03', from: '2015-04' }],
    ['600 by 2020-03 from Oct-19', { value: 600, month: '2020-03', from: '2019-10' }],
  ])('%s', (text, expected) => {
    const r = parseDatedTarget(text);
    expect(r).toEqual({ ok: true, target: { ...expected, text } });
  });

  it.each([
    ['600', /no "by"/],
    ['six hundred by 2020-03', /is not a number/],
    ['600 by the end of the year', /is not a month/],
    ['600 by 2020-03 from 2020-04', /starts after its date/],
  ])('refuses %s with the reason', (text, reason) => {
    const r = parseDatedTarget(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(reason);
  });
});

// Looked-after children: 625 in October 2019, to be 600 by March 2020 (five months: 5 a month).
const LAC: DatedTarget = { value: 600, month: '2020-03', from: '2019-10', text: '600 by 2020-03' };
const actual =
  (values: Record<MonthKey, number>) =>
  (m: MonthKey): number | null =>
    values[m] ?? null;

describe('a dated target: the straight line from the month it was set', () => {
  const t = trajectoryFromTarget(LAC, {
    indicator: { unit: 'count', decimals: null, trajectoryRag: true },
    asAt: '2019-12',
    actualOf: actual({ '2019-10': 625, '2019-11': 622, '2019-12': 608 }),
  });

  it('starts at 625 in October 2019 and ends at 600 in March 2020, 5 fewer a month', () => {
    if (t.kind !== 'trajectory') throw new Error(t.reason);
    expect(t.start).toEqual({ month: '2019-10', value: 625 });
    expect(t.end).toEqual({ month: '2020-03', value: 600 });
    expect(t.stepPerMonth).toBe(-5);
    expect(t.months.map((m) => m.planned)).toEqual([625, 620, 615, 610, 605, 600]);
    expect(t.plan).toBe(
      'Target: 600 by March 2020, from 625 in October 2019: a fall of 5 a month planned.',
    );
  });

  it('November: 622 against 620 is behind by 2 (Amber: within one month’s step)', () => {
    if (t.kind !== 'trajectory') throw new Error(t.reason);
    const nov = t.months[1];
    expect(nov).toMatchObject({ actual: 622, gap: 2, standing: 'behind', rag: 'amber' });
    // 600 - 622 = -22 over the four months to March: -5.5 a month.
    expect(nov?.neededPerMonth).toBe(-5.5);
  });

  it('December: 608 against 615 is ahead by 7, Green; 2.7 fewer a month needed from here', () => {
    if (t.kind !== 'trajectory') throw new Error(t.reason);
    // (600 - 608) / 3 months = -2.67 a month.
    expect(t.current).toMatchObject({
      month: '2019-12',
      actual: 608,
      standing: 'ahead',
      rag: 'green',
    });
    expect(t.current?.neededPerMonth).toBeCloseTo(-8 / 3, 9);
    expect(t.sentence).toBe(
      "December 2019: 608 against the trajectory's 615, ahead by 7; a fall of 2.7 a month is needed from here.",
    );
  });

  it('months after "as at" have no actual', () => {
    if (t.kind !== 'trajectory') throw new Error(t.reason);
    expect(t.months[3]).toMatchObject({ month: '2020-01', actual: null, standing: 'no-data' });
  });

  it('behind by more than one month’s step is Red', () => {
    const r = trajectoryFromTarget(LAC, {
      indicator: { unit: 'count', decimals: null, trajectoryRag: true },
      asAt: '2019-11',
      actualOf: actual({ '2019-10': 625, '2019-11': 631 }),
    });
    if (r.kind !== 'trajectory') throw new Error(r.reason);
    expect(r.current).toMatchObject({ gap: 11, standing: 'behind', rag: 'red' });
  });

  it('without rag_rule = trajectory there is no RAG against it', () => {
    const r = trajectoryFromTarget(LAC, {
      indicator: { unit: 'count', decimals: null },
      asAt: '2019-11',
      actualOf: actual({ '2019-10': 625, '2019-11': 631 }),
    });
    if (r.kind !== 'trajectory') throw new Error(r.reason);
    expect(r.current?.rag).toBeNull();
  });
});

describe('a dated target without "from" starts in April of its financial year', () => {
  it('86% by March 2016, from 80% in April 2015: a rise of 0.5 points a month', () => {
    const t = trajectoryFromTarget(
      { value: 86, month: '2016-03', from: null, text: '86% by 2016-03' },
      {
        indicator: { unit: 'percent', decimals: 1 },
        asAt: '2015-06',
        actualOf: actual({ '2015-04': 80, '2015-05': 81, '2015-06': 80.5 }),
      },
    );
    if (t.kind !== 'trajectory') throw new Error(t.reason);
    // 11 months from April to March: (86 - 80) / 11 = 0.545 a month.
    expect(t.start).toEqual({ month: '2015-04', value: 80 });
    expect(t.stepPerMonth).toBeCloseTo(6 / 11, 9);
    // June planned 80 + 2 x 6/11 = 81.09; 80.5 is behind (the target is higher).
    expect(t.current?.standing).toBe('behind');
    // (86 - 80.5) / 9 months = 0.61 points a month.
    expect(t.current?.neededPerMonth).toBeCloseTo(5.5 / 9, 9);
    expect(t.sentence).toMatch(/a rise of 0\.6 points a month is needed from here\.$/);
  });

  it('says why there is none when the starting month has no value', () => {
    const t = trajectoryFromTarget(
      { value: 86, month: '2016-03', from: null, text: '86% by 2016-03' },
      { indicator: { unit: 'percent', decimals: 1 }, asAt: '2015-06', actualOf: () => null },
    );
    expect(t).toEqual({
      kind: 'none',
      reason: 'The target 86% by 2016-03 starts in April 2015, which has no value yet.',
    });
  });
});

describe('a trajectory file: the path month by month', () => {
  const points: TrajectoryPoint[] = [
    { indicatorId: '6.1', month: '2019-12', value: 615, importId: 'a' },
    { indicatorId: '6.1', month: '2019-10', value: 625, importId: 'a' },
    { indicatorId: '6.1', month: '2019-11', value: 624, importId: 'a' },
    { indicatorId: '6.1', month: '2020-03', value: 600, importId: 'a' },
  ];

  it('uses the file’s months in order, the planned value each month as given', () => {
    const t = trajectoryFromPoints(points, {
      indicator: { unit: 'count', decimals: null },
      asAt: '2019-11',
      actualOf: actual({ '2019-10': 625, '2019-11': 624 }),
    });
    if (t.kind !== 'trajectory') throw new Error(t.reason);
    expect(t.source).toBe('file');
    expect(t.months.map((m) => [m.month, m.planned])).toEqual([
      ['2019-10', 625],
      ['2019-11', 624],
      ['2019-12', 615],
      ['2020-03', 600],
    ]);
    expect(t.current).toMatchObject({ standing: 'on', gap: 0 });
    // (600 - 624) / 4 months = -6 a month.
    expect(t.current?.neededPerMonth).toBe(-6);
  });

  it('reads the newest import’s path of the indicator', () => {
    const newer: TrajectoryPoint[] = [
      ...points,
      { indicatorId: '6.1', month: '2019-10', value: 625, importId: 'b' },
      { indicatorId: '6.1', month: '2020-03', value: 610, importId: 'b' },
    ];
    expect(trajectoryPointsOf(newer, ['a', 'b'], '6.1').map((p) => p.value)).toEqual([625, 610]);
    expect(trajectoryPointsOf(newer, ['a'], '6.1')).toHaveLength(4);
    expect(trajectoryPointsOf(newer, ['a', 'b'], '2.1')).toEqual([]);
  });
});

describe('a flat path (a steady number a month)', () => {
  const flat: TrajectoryPoint[] = [
    { indicatorId: 'L.2', month: '2019-04', value: 3 },
    { indicatorId: 'L.2', month: '2019-05', value: 3 },
    { indicatorId: 'L.2', month: '2019-06', value: 3 },
  ];
  it.each([
    ['high', 4, 'ahead'],
    ['high', 2, 'behind'],
    ['low', 2, 'ahead'],
    ['neutral', 4, 'behind'],
  ] as const)('%s polarity, 3 planned and %s actual: %s', (polarity, value, standing) => {
    const t = trajectoryFromPoints(flat, {
      indicator: { unit: 'count', decimals: null, polarity },
      asAt: '2019-05',
      actualOf: (m) => (m === '2019-05' ? value : 3),
    });
    if (t.kind !== 'trajectory') throw new Error(t.reason);
    expect(t.current?.standing).toBe(standing);
  });
});

describe('changeWords', () => {
  it.each([
    [-5, 'count', 'a fall of 5 a month'],
    [0.55, 'percent', 'a rise of 0.6 points a month'],
    [0, 'count', 'no change a month'],
  ] as const)('%s %s', (n, unit, words) => {
    expect(changeWords(n, unit)).toBe(words);
  });
});
