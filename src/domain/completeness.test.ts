import { describe, expect, it } from 'vitest';
import {
  addDays,
  agencyTemplateRows,
  awaitingAt,
  computeCompleteness,
  daysBetween,
  dueDateOf,
  isIsoDate,
  monthEnd,
  periodEndingIn,
  type Returned,
} from '@/domain/completeness';
import type { Expected, Indicator } from '@/domain/types';
import { placeholderIndicator } from '@/domain/workspace';

describe('dates: month ends and due dates (SPEC 2.9)', () => {
  it.each([
    // month, last day: 30- and 31-day months, February in a leap year (2016) and not (2015).
    ['2015-11', '2015-11-30'],
    ['2015-12', '2015-12-31'],
    ['2016-02', '2016-02-29'],
    ['2015-02', '2015-02-28'],
  ])('the last day of %s is %s', (m, end) => {
    expect(monthEnd(m)).toBe(end);
  });

  it.each([
    // due = the period's last day + N calendar days, across month and year ends:
    // 31 Dec + 20 = 20 Jan (the board's "due 20 Jan"); 30 Nov + 20 = 20 Dec;
    // 31 Jan + 30: Feb 2016 has 29 days, so 1 Mar; in 2015 (28 days) 2 Mar;
    // a quarter ending 30 Sep + 45 = 14 Nov (30 - 30 Sep + 31 Oct = 31, 45 - 31 = 14);
    // 31 Mar + 0 is the day itself.
    ['2015-12', 20, '2016-01-20'],
    ['2015-11', 20, '2015-12-20'],
    ['2016-01', 30, '2016-03-01'],
    ['2015-01', 30, '2015-03-02'],
    ['2015-09', 45, '2015-11-14'],
    ['2016-03', 0, '2016-03-31'],
  ])('a figure for the period ending %s, due %i days after, is due on %s', (m, days, due) => {
    expect(dueDateOf(m, days)).toBe(due);
  });

  it.each([
    ['2016-01-20', '2016-01-25', 5],
    ['2016-01-20', '2016-01-20', 0],
    ['2016-01-20', '2016-01-19', -1],
    ['2015-12-20', '2016-03-01', 72], // 11 in Dec + 31 Jan + 29 Feb + 1
  ])('from %s to %s is %i days', (a, b, n) => {
    expect(daysBetween(a, b)).toBe(n);
    expect(addDays(a, n)).toBe(b);
  });

  it.each([
    ['2016-02-29', true],
    ['2015-02-29', false],
    ['2016-1-5', false],
    ['tomorrow', false],
  ])('%s is a date: %s', (text, ok) => {
    expect(isIsoDate(text)).toBe(ok);
  });
});

describe('which period ends in a month', () => {
  it.each([
    ['monthly', '2015-12', '2015-12', 'December 2015'],
    ['monthly', '2016-01', '2016-01', 'January 2016'],
    // Quarters of the financial year end in June, September, December and March.
    ['quarterly', '2015-12', '2015-12', 'Oct-Dec 2015'],
    ['quarterly', '2016-03', '2016-03', 'Jan-Mar 2016'],
    ['quarterly', '2015-06', '2015-06', 'Apr-Jun 2015'],
    ['quarterly', '2015-11', null, null],
    ['annual', '2016-03', '2015/16', '2015/16'],
    ['annual', '2015-12', null, null],
  ] as const)('%s at %s: %s', (frequency, m, period, label) => {
    const p = periodEndingIn(frequency, m);
    expect(p?.period ?? null).toBe(period);
    expect(p?.label ?? null).toBe(label);
  });
});

const tracked = (id: string, agency: string, expected: Expected, order = 0): Indicator => ({
  ...placeholderIndicator(id, order),
  section: 'PARTNERSHIP',
  name: `Indicator ${id}`,
  agency,
  expected,
});
const monthly20: Expected = { frequency: 'monthly', dueDays: 20 };
const quarterly30: Expected = { frequency: 'quarterly', dueDays: 30 };
const returnedOf =
  (held: string[]): Returned =>
  (id, period) =>
    held.includes(`${id} ${period}`);

describe('the completeness tracker', () => {
  const indicators = [
    tracked('H1', 'health', monthly20, 0),
    tracked('H2', 'health', monthly20, 1),
    tracked('P1', 'police', monthly20, 2),
    tracked('L1', 'lado', quarterly30, 3),
    // The council's own extract (no agency, no expected) is not awaited from anyone.
    { ...placeholderIndicator('2.1', 4), section: 'CONTACT' },
  ];
  // Health sent October and November but not December; H2's November is a no-value marker
  // (counted as returned by `Returned`). Police sent every month. LADO sent September's quarter.
  const returned = returnedOf([
    'H1 2015-10',
    'H2 2015-10',
    'H1 2015-11',
    'H2 2015-11',
    'P1 2015-10',
    'P1 2015-11',
    'P1 2015-12',
    'L1 2015-09',
  ]);
  // Checked on 25 Jan 2016: December's monthly returns were due on 20 Jan (5 days late);
  // the October-December quarter is due 31 Dec + 30 = 30 Jan (awaiting).
  const c = computeCompleteness(indicators, returned, '2015-12', '2016-01-25', 3);
  const cell = (name: string, month: string) =>
    c.agencies.find((a) => a.name === name)!.cells.find((x) => x.month === month)!;

  it('lists the agencies with tracked indicators, by name, over the months up to the chosen one', () => {
    expect(c.months).toEqual(['2015-10', '2015-11', '2015-12']);
    expect(c.agencies.map((a) => a.name)).toEqual(['Health', 'LADO', 'Police']);
  });

  it.each([
    ['Health', '2015-11', 'received', null],
    ['Health', '2015-12', 'late', 5],
    ['Police', '2015-12', 'received', null],
    ['LADO', '2015-10', 'not-due', null],
    ['LADO', '2015-12', 'awaiting', null],
  ])('%s, %s: %s', (name, month, status, daysLate) => {
    expect(cell(name, month).status).toBe(status);
    expect(cell(name, month).daysLate).toBe(daysLate);
  });

  it('says what is missing and when it was due', () => {
    const dec = cell('Health', '2015-12');
    expect(dec.missing.map((i) => i.id)).toEqual(['H1', 'H2']);
    expect([dec.due, dec.expected, dec.received]).toEqual(['2016-01-20', 2, 0]);
    expect(cell('LADO', '2015-12').due).toBe('2016-01-30');
  });

  it('lists outstanding returns, late first', () => {
    expect(c.outstanding.map((o) => [o.name, o.month, o.daysLate])).toEqual([
      ['Health', '2015-12', 5],
      ['LADO', '2015-12', null],
    ]);
  });

  it('is awaiting, not late, on the due date itself', () => {
    const onTheDay = computeCompleteness(indicators, returned, '2015-12', '2016-01-20', 1);
    expect(onTheDay.agencies.find((a) => a.name === 'Health')!.cells[0]!.status).toBe('awaiting');
  });

  it('with one of two indicators returned, is late and names the other', () => {
    const half = computeCompleteness(
      indicators,
      returnedOf(['H1 2015-12']),
      '2015-12',
      '2016-02-01',
      1,
    );
    const dec = half.agencies.find((a) => a.name === 'Health')!.cells[0]!;
    expect([dec.status, dec.received, dec.missing.map((i) => i.id), dec.daysLate]).toEqual([
      'late',
      1,
      ['H2'],
      12,
    ]);
  });

  it('gives each agency a template of what it still owes (SPEC 2.9)', () => {
    const health = c.agencies.find((a) => a.name === 'Health')!;
    expect(agencyTemplateRows(health)).toEqual([
      [
        'indicator_id',
        'indicator',
        'period',
        'value',
        'numerator',
        'denominator',
        'note',
        'agency',
      ],
      ['H1', 'Indicator H1', '2015-12', '', '', '', '', 'Health'],
      ['H2', 'Indicator H2', '2015-12', '', '', '', '', 'Health'],
    ]);
    // Police owe nothing: their template lists the latest periods due, to re-send.
    const police = c.agencies.find((a) => a.name === 'Police')!;
    expect(agencyTemplateRows(police).slice(1)).toEqual([
      ['P1', 'Indicator P1', '2015-12', '', '', '', '', 'Police'],
    ]);
  });
});

describe('a missing partner figure on the scorecard', () => {
  it.each([
    [
      'health, December missing',
      tracked('H1', 'health', monthly20),
      '2015-12',
      [],
      'Awaiting data from Health (due 20 Jan)',
    ],
    ['returned', tracked('H1', 'health', monthly20), '2015-12', ['H1 2015-12'], null],
    ['quarterly, not a quarter end', tracked('L1', 'lado', quarterly30), '2015-11', [], null],
    [
      'quarterly, quarter end',
      tracked('L1', 'lado', quarterly30),
      '2015-12',
      [],
      'Awaiting data from LADO (due 30 Jan)',
    ],
    ['not tracked', placeholderIndicator('2.1', 0), '2015-12', [], null],
  ])('%s', (_, ind, month, held, words) => {
    expect(awaitingAt(ind, returnedOf(held), month)?.words ?? null).toBe(words);
  });
});
