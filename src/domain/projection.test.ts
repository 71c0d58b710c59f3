import { describe, expect, it } from 'vitest';
import {
  projectYearEnd,
  projectionMonths,
  type MonthFigure,
  type ProjectionInput,
} from '@/domain/projection';
import type { Indicator, MonthKey, Target } from '@/domain/types';
import { addMonths } from '@/domain/periods';

/** Figures for consecutive months from `first` (null = no value). */
const months = (first: MonthKey, values: (number | null)[]): MonthFigure[] =>
  values.map((value, i) => ({
    month: addMonths(first, i),
    value,
    numerator: null,
    denominator: null,
  }));

const NONE: Target = { form: 'none' };
// Lower is better: Green at 170 or less, Red above 190, Amber between.
const LOW_170_190: Target = {
  form: 'threshold',
  red: 190,
  green: 170,
  higherIsBetter: false,
  redInclusive: false,
};

function input(
  a: Partial<ProjectionInput> & { ind?: Partial<ProjectionInput['indicator']> },
): ProjectionInput {
  const indicator: ProjectionInput['indicator'] = {
    ytd: 'sum',
    unit: 'count',
    polarity: 'low',
    target: NONE,
    ragBasis: 'ytd',
    decimals: null,
    ...a.ind,
  } as Pick<Indicator, 'ytd' | 'unit' | 'polarity' | 'target' | 'ragBasis' | 'decimals'>;
  return {
    indicator,
    asAt: a.asAt ?? '2015-06',
    thisYear: a.thisYear ?? [],
    lastYear: a.lastYear ?? [],
    recent: a.recent ?? [],
    smallNumbers: a.smallNumbers ?? false,
  };
}

// Last year: 10 a month except 20 in October to December (a winter peak); 150 in all.
const LAST_YEAR = months('2014-04', [10, 10, 10, 10, 10, 10, 20, 20, 20, 10, 10, 10]);

describe('flows: seasonal projection (year to date plus last year scaled)', () => {
  // April-June 11, 12, 13: year to date 36 against last year's 30, a ratio of 1.2.
  // Last year's remaining nine months total 120, so 1.2 x 120 = 144 more: 36 + 144 = 180.
  // Against the expectation (1.2 x 10 = 12 each month) the months are off by -1, 0, +1: a standard
  // deviation of 1. Nine months left: 180 +/- 1.96 x 1 x sqrt(9) = 180 +/- 5.88.
  const p = projectYearEnd(
    input({
      thisYear: months('2015-04', [11, 12, 13]),
      lastYear: LAST_YEAR,
      ind: { target: LOW_170_190 },
    }),
  );

  it('projects 180 with a range of 174.12 to 185.88, by the seasonal method', () => {
    expect(p.kind).toBe('projected');
    if (p.kind !== 'projected') return;
    expect(p.method).toBe('seasonal');
    expect(p.yearEnd).toBe('2016-03');
    expect(p.value).toBeCloseTo(180, 9);
    expect(p.low).toBeCloseTo(180 - 5.88, 9);
    expect(p.high).toBeCloseTo(180 + 5.88, 9);
  });

  it('follows last year’s seasons month by month: 12 in July, 24 in October to December', () => {
    if (p.kind !== 'projected') throw new Error('no projection');
    expect(p.path.map((m) => m.month)).toEqual([
      '2015-07',
      '2015-08',
      '2015-09',
      '2015-10',
      '2015-11',
      '2015-12',
      '2016-01',
      '2016-02',
      '2016-03',
    ]);
    expect(p.path.map((m) => Math.round(m.value * 1e9) / 1e9)).toEqual([
      12, 12, 12, 24, 24, 24, 12, 12, 12,
    ]);
    // Each month +/- 1.96 x 1.
    expect(p.path[3]?.low).toBeCloseTo(24 - 1.96, 9);
  });

  it('says it is on course for Amber by March (the whole range is between 170 and 190)', () => {
    if (p.kind !== 'projected') throw new Error('no projection');
    expect(p.rag.status).toBe('amber');
    expect(p.settled).toBe(true);
    expect(p.sentence).toBe(
      'On course for Amber by March 2016: projected 180 for the year (range 174.1 to 185.9).',
    );
    expect(p.methodWords).toMatch(/^Seasonal: the year to date \(36 over 3 months\)/);
  });

  it('does not say "on course" when the range runs from Green to Red (ordinary variation)', () => {
    // 8, 12, 16: still 36, but off the expectation by -4, 0, +4: standard deviation 4,
    // range 180 +/- 1.96 x 4 x 3 = 180 +/- 23.52, from 156.48 (Green) to 203.52 (Red).
    const q = projectYearEnd(
      input({
        thisYear: months('2015-04', [8, 12, 16]),
        lastYear: LAST_YEAR,
        ind: { target: LOW_170_190 },
      }),
    );
    if (q.kind !== 'projected') throw new Error('no projection');
    expect([q.low, q.high]).toEqual([
      expect.closeTo(156.48, 9) as number,
      expect.closeTo(203.52, 9) as number,
    ]);
    expect([q.ragLow, q.rag.status, q.ragHigh]).toEqual(['green', 'amber', 'red']);
    expect(q.settled).toBe(false);
    expect(q.sentence).toMatch(
      /^Heading for Amber by March 2016, but within ordinary variation it could end Green or Red/,
    );
  });

  it('on small numbers it does not call the projection settled', () => {
    const q = projectYearEnd(
      input({
        thisYear: months('2015-04', [11, 12, 13]),
        lastYear: LAST_YEAR,
        ind: { target: LOW_170_190 },
        smallNumbers: true,
      }),
    );
    if (q.kind !== 'projected') throw new Error('no projection');
    expect(q.settled).toBe(false);
    expect(q.sentence).toMatch(/but on small numbers that cannot be relied on/);
  });
});

describe('flows: run rate when last year is incomplete', () => {
  it('projects the year to date x 12 / months elapsed: 36 x 12 / 3 = 144', () => {
    const last = months('2014-04', [10, 10, 10, null, 10, 10, 20, 20, 20, 10, 10, 10]);
    const p = projectYearEnd(input({ thisYear: months('2015-04', [11, 12, 13]), lastYear: last }));
    if (p.kind !== 'projected') throw new Error('no projection');
    expect(p.method).toBe('run-rate');
    expect(p.value).toBeCloseTo(144, 9);
    // Standard deviation of 11, 12, 13 is 1; nine months left: +/- 5.88.
    expect(p.low).toBeCloseTo(138.12, 9);
    expect(p.high).toBeCloseTo(149.88, 9);
    expect(p.path.every((m) => Math.abs(m.value - 12) < 1e-9)).toBe(true);
    expect(p.sentence).toBe(
      'Projected 144 for the year (range 138.1 to 149.9); no target to rate it against.',
    );
  });

  it('never projects a flow’s year below what has already happened', () => {
    // 1, 1, 40: year to date 42, run rate 168; standard deviation 22.23..., so 168 - 1.96 x s x 3
    // is far below 42: the low end is the year to date.
    const p = projectYearEnd(input({ thisYear: months('2015-04', [1, 1, 40]) }));
    if (p.kind !== 'projected') throw new Error('no projection');
    expect(p.low).toBe(42);
  });

  it('rates March’s projected month when the target is on the month, not the year', () => {
    // Run rate 12 a month; Red above 11 in a month, Green at 9 or less: March's 12 is Red.
    const p = projectYearEnd(
      input({
        thisYear: months('2015-04', [12, 12, 12]),
        ind: {
          ragBasis: 'month',
          target: {
            form: 'threshold',
            red: 11,
            green: 9,
            higherIsBetter: false,
            redInclusive: false,
          },
        },
      }),
    );
    if (p.kind !== 'projected') throw new Error('no projection');
    expect(p.rated.value).toBe(12);
    expect(p.rag.status).toBe('red');
    expect(p.sentence).toMatch(/^On course for Red by March 2016/);
  });
});

describe('percentages: the year to date', () => {
  it('projects 43 of 50 = 86.0% with a narrow range, Green at 86% but not settled', () => {
    const thisYear: MonthFigure[] = [
      { month: '2015-04', value: 80, numerator: 8, denominator: 10 },
      { month: '2015-05', value: 90, numerator: 18, denominator: 20 },
      { month: '2015-06', value: 85, numerator: 17, denominator: 20 },
    ];
    const p = projectYearEnd(
      input({
        thisYear,
        ind: {
          ytd: 'ratio',
          unit: 'percent',
          polarity: 'high',
          ragBasis: 'month',
          target: {
            form: 'threshold',
            red: 83,
            green: 86,
            higherIsBetter: true,
            redInclusive: false,
          },
        },
      }),
    );
    if (p.kind !== 'projected') throw new Error('no projection');
    expect(p.method).toBe('year-to-date');
    expect(p.value).toBeCloseTo(86, 9);
    // Standard deviation of 80, 90, 85 is 5; nine months of twelve left: 1.96 x 5 x 3 / 12 = 2.45.
    expect(p.low).toBeCloseTo(83.55, 9);
    expect(p.high).toBeCloseTo(88.45, 9);
    expect([p.ragLow, p.rag.status, p.ragHigh]).toEqual(['amber', 'green', 'green']);
    expect(p.sentence).toMatch(
      /^Heading for Green by March 2016, but within ordinary variation it could end Amber/,
    );
  });
});

describe('snapshots: a straight line through the last six months', () => {
  it('carries a steady rise of 2 a month on to March: 110 in September gives 122', () => {
    const p = projectYearEnd(
      input({
        asAt: '2015-09',
        thisYear: months('2015-04', [102, 104, 106, 108, 110, 110]),
        recent: months('2015-04', [100, 102, 104, 106, 108, 110]),
        ind: { ytd: 'latest', polarity: 'low' },
      }),
    );
    if (p.kind !== 'projected') throw new Error('no projection');
    expect(p.method).toBe('trend');
    expect(p.figure).toBe('month');
    expect(p.value).toBeCloseTo(122, 9);
    // On a straight line there is no spread, so no range.
    expect(p.low).toBeCloseTo(122, 9);
    expect(p.path.map((m) => Math.round(m.value))).toEqual([112, 114, 116, 118, 120, 122]);
    expect(p.methodWords).toMatch(/up 2 a month/);
  });

  it('spreads the range by the months’ distance from the line', () => {
    // x = -5..0, y = 0, 2, 2, 4, 4, 6: slope = 19 / 17.5, mean 3 at x = -2.5, so the line at x
    // is 3 + (19 / 17.5)(x + 2.5). March is six months on (x = 6).
    const ys = [0, 2, 2, 4, 4, 6];
    const slope = 19 / 17.5;
    const line = (x: number) => 3 + slope * (x + 2.5);
    const residuals = ys.map((y, i) => y - line(i - 5));
    const s = Math.sqrt(residuals.reduce((a, r) => a + r * r, 0) / 4);
    const p = projectYearEnd(
      input({
        asAt: '2015-09',
        recent: months('2015-04', ys),
        thisYear: months('2015-04', ys),
        ind: { ytd: 'latest' },
      }),
    );
    if (p.kind !== 'projected') throw new Error('no projection');
    expect(p.value).toBeCloseTo(line(6), 9);
    expect(p.high).toBeCloseTo(line(6) + 1.96 * s, 9);
  });

  it('never goes below 0% for a falling percentage', () => {
    const p = projectYearEnd(
      input({
        asAt: '2015-09',
        recent: months('2015-04', [12, 10, 8, 6, 4, 2]),
        thisYear: months('2015-04', [12, 10, 8, 6, 4, 2]),
        ind: { ytd: 'latest', unit: 'percent' },
      }),
    );
    if (p.kind !== 'projected') throw new Error('no projection');
    expect(p.value).toBe(0);
    expect(p.methodWords).toMatch(/kept between 0% and 100%/);
  });
});

describe('when there is no projection', () => {
  it.each([
    ['March: the year is over', { asAt: '2016-03' }, /ends the financial year/],
    [
      'two months of a flow',
      { asAt: '2015-05', thisYear: months('2015-04', [1, 2]) },
      /at least 3 months/,
    ],
    [
      'a missing month of a flow',
      { thisYear: months('2015-04', [1, null, 3]) },
      /May-15 has no value/,
    ],
    [
      'a snapshot with two of six months',
      {
        ind: { ytd: 'latest' as const },
        recent: months('2015-01', [null, null, null, null, 5, 6]),
      },
      /at least 3 of the last 6 months/,
    ],
  ])('%s', (_, a, reason) => {
    const p = projectYearEnd(input(a as Partial<ProjectionInput>));
    expect(p.kind).toBe('none');
    if (p.kind === 'none') expect(p.reason).toMatch(reason);
  });
});

describe('projectionMonths', () => {
  it('reads April to as-at, last year’s twelve months, and the six months to as-at', () => {
    const seen: MonthKey[] = [];
    const m = projectionMonths('2015-06', (month) => {
      seen.push(month);
      return { month, value: 1, numerator: null, denominator: null };
    });
    expect(m.thisYear.map((x) => x.month)).toEqual(['2015-04', '2015-05', '2015-06']);
    expect(m.lastYear[0]?.month).toBe('2014-04');
    expect(m.lastYear[11]?.month).toBe('2015-03');
    expect(m.recent.map((x) => x.month)).toEqual([
      '2015-01',
      '2015-02',
      '2015-03',
      '2015-04',
      '2015-05',
      '2015-06',
    ]);
  });
});
