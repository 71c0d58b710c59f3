import { describe, expect, it } from 'vitest';
import {
  FY_SHORT_MONTHS,
  addMonths,
  compareMonths,
  impossibleDate,
  isAmbiguousPeriod,
  medianYear,
  medianYearOfCounts,
  periodPreference,
  plausibleYear,
  previousMonth,
  financialYearOf,
  formatMonth,
  formatMonthLong,
  monthsOfYear,
  parseMonth,
  parsePeriod,
  parseYear,
  previousYear,
  latestEndedYear,
  rollingMonths,
  ytdMonths,
  monthCode,
} from '@/domain/periods';

describe('parseMonth: every spelling of SPEC 2', () => {
  it.each([
    ['2015-12', '2015-12'],
    ['Dec-15', '2015-12'],
    ['Dec 15', '2015-12'],
    ['Nov 15', '2015-11'],
    ['dec-15', '2015-12'],
    ['Dec 2015', '2015-12'],
    ['December 2015', '2015-12'],
    ['Sept 2015', '2015-09'],
    ['31/12/2015', '2015-12'],
    ['01/04/2015', '2015-04'],
    ['2015-12-31', '2015-12'],
    [' Oct-15 ', '2015-10'],
    ['Jan-99', '1999-01'],
    ['SEPT-15', '2015-09'],
    ['Sep 15', '2015-09'],
    ['september 2015', '2015-09'],
    ['DECEMBER 2015', '2015-12'],
    ['Dec-2015', '2015-12'],
    ['2015-4', '2015-04'],
    ['1/4/2016', '2016-04'],
    ['2016-02-29', '2016-02'],
  ])('%s is %s', (raw, month) => expect(parseMonth(raw)).toBe(month));

  it.each([
    '',
    'Dec',
    '2015',
    '2015-13',
    '13/13/2015',
    'Decc 15',
    'YTD',
    '2014/15',
    'Nat ave',
    '2015-00',
    '32/12/2015',
    '0/12/2015',
    '2015-12-32',
    'Dec 1',
    'De 15',
  ])('%s is not a month', (raw) => expect(parseMonth(raw)).toBeNull());
});

describe('parseYear: every financial-year spelling', () => {
  it.each([
    ['2014/15', '2014/15'],
    ['2014-15', '2014/15'],
    ['2014/2015', '2014/15'],
    ['FY2014-15', '2014/15'],
    ['FY 2014/15', '2014/15'],
    ['fy2014/2015', '2014/15'],
    ['1999/00', '1999/00'],
    ['FY 2014-2015', '2014/15'],
    [' 2014 / 15 ', '2014/15'],
  ])('%s is %s', (raw, year) => expect(parseYear(raw)).toBe(year));

  it.each(['2014/16', '2015-12', 'Dec-15', '2014', ''])('%s is not a financial year', (raw) =>
    expect(parseYear(raw)).toBeNull(),
  );

  it('tells months from years', () => {
    expect(parsePeriod('2015-12')).toEqual({ kind: 'month', key: '2015-12' });
    expect(parsePeriod('2015-16')).toEqual({ kind: 'year', key: '2015/16' });
    expect(parsePeriod('Total')).toBeNull();
  });
});

describe('ambiguous periods (SPEC 3.1): 2011-12 is a month unless its column says years', () => {
  it.each<[string, boolean]>([
    ['2011-12', true], // December 2011, or the financial year 2011/12
    ['2005-06', true],
    ['2000-01', true],
    ['2015-12', false], // 16 would be next year: only a month
    ['2015-16', false], // 16 is no month: only a year
    ['2011/12', false],
    ['Dec-11', false],
  ])('%s ambiguous: %s', (raw, ambiguous) => expect(isAmbiguousPeriod(raw)).toBe(ambiguous));

  it.each<[string, 'month' | 'year' | undefined, string, string]>([
    ['2011-12', undefined, 'month', '2011-12'],
    ['2011-12', 'month', 'month', '2011-12'],
    ['2011-12', 'year', 'year', '2011/12'],
    ['2015-16', 'month', 'year', '2015/16'], // not a month whatever is preferred
    ['2015-12', 'year', 'month', '2015-12'], // not a year whatever is preferred
  ])('%s preferring %s is a %s %s', (raw, prefer, kind, key) =>
    expect(parsePeriod(raw, prefer)).toEqual({ kind, key }),
  );

  it.each<[string[], 'month' | 'year', string]>([
    [['2011-10', '2011-11', '2011-12'], 'month', 'months'],
    [['2010/11', '2011-12', '2012/13'], 'year', 'years'],
    [['2011-12', '2012-01'], 'month', 'months'], // 2012-01 is only a month (2012/13 would be -13)
    [['2011-12'], 'month', 'default'],
    [['Dec-11', '2011-12', '2012/13'], 'month', 'months'], // one each: months win the tie
  ])('column %j reads ambiguous ones as %s (decided by %s)', (raws, prefer, decidedBy) =>
    expect(periodPreference(raws)).toEqual({ prefer, decidedBy }),
  );
});

describe('impossible dates and implausible years (SPEC 3.1)', () => {
  it.each<[string, string | null]>([
    ['31/02/2015', 'February 2015 has 28 days'],
    ['29/02/2015', 'February 2015 has 28 days'],
    ['29/02/2016', null], // a leap year
    ['31/04/2015', 'April 2015 has 30 days'],
    ['2015-02-30', 'February 2015 has 28 days'],
    ['31/12/2015', null],
    ['Dec-15', null],
  ])('%s: %s', (raw, why) => expect(impossibleDate(raw)).toBe(why));

  it.each(['31/02/2015', '2015-02-30', '31/04/2015'])('%s is not a month', (raw) =>
    expect(parseMonth(raw)).toBeNull(),
  );

  it('reads 0001-01 as the year 1, not "1-01"', () =>
    expect(parseMonth('0001-01')).toBe('0001-01'));

  it.each<[number, number | null, boolean]>([
    [2015, 2015, true],
    [2105, 2015, false], // a typed 2105 among 2015 months
    [1, null, false], // 0001-01
    [2035, 2015, true], // 20 years on: still plausible
    [2036, 2015, false],
    [1949, null, false],
    [2099, null, true],
    [2100, null, false],
  ])('year %i beside median %s plausible: %s', (year, median, ok) =>
    expect(plausibleYear(year, median)).toBe(ok),
  );

  it('the median year is the middle one (lower middle of an even count)', () => {
    expect(medianYear([2015, 2105, 2015, 2014])).toBe(2015);
    expect(medianYear([])).toBeNull();
  });

  it.each<[[number, number][], number | null]>([
    // 2014 once, 2015 twice, 2105 once: sorted 2014 2015 2015 2105, lower middle 2015.
    [
      [
        [2105, 1],
        [2015, 2],
        [2014, 1],
      ],
      2015,
    ],
    // 40,000 values of 2015 and 39,999 of 2016 (79,999 in all): the 40,000th is still 2015.
    [
      [
        [2016, 39999],
        [2015, 40000],
      ],
      2015,
    ],
    // An even 2 + 2: the lower middle, the 2nd of 2014 2014 2016 2016.
    [
      [
        [2016, 2],
        [2014, 2],
      ],
      2014,
    ],
    [[], null],
    [[[2015, 0]], null],
  ])('the median of years counted %j is %s', (counts, median) =>
    expect(medianYearOfCounts(counts)).toBe(median),
  );
});

describe('financial years run April to March', () => {
  it.each([
    ['2015-04', '2015/16'],
    ['2015-12', '2015/16'],
    ['2016-01', '2015/16'],
    ['2016-03', '2015/16'],
    ['2016-04', '2016/17'],
  ])('%s is in %s', (m, y) => expect(financialYearOf(m)).toBe(y));

  it.each([
    ['2015-12', '2014/15', 'December: the year before had ended'],
    ['2016-02', '2014/15', 'February: still the year before'],
    ['2016-03', '2015/16', 'March ends its own year'],
    ['2016-04', '2015/16', 'April: the year just ended'],
  ])('in %s the latest ended year is %s (%s)', (m, y) => expect(latestEndedYear(m)).toBe(y));

  it("the chart's month names run April to March, as the sheets abbreviate them", () => {
    expect(FY_SHORT_MONTHS).toEqual('Apr May Jun Jul Aug Sep Oct Nov Dec Jan Feb Mar'.split(' '));
  });

  it('YTD covers April to the month', () => {
    expect(ytdMonths('2015-12')).toEqual([
      '2015-04',
      '2015-05',
      '2015-06',
      '2015-07',
      '2015-08',
      '2015-09',
      '2015-10',
      '2015-11',
      '2015-12',
    ]);
    expect(ytdMonths('2015-04')).toEqual(['2015-04']);
    expect(ytdMonths('2016-03')).toHaveLength(12);
  });

  it('the rolling year is the 12 months ending at the month', () => {
    const r = rollingMonths('2015-12');
    expect(r[0]).toBe('2015-01');
    expect(r[11]).toBe('2015-12');
  });

  it('moves across year ends', () => {
    expect(addMonths('2015-12', 1)).toBe('2016-01');
    expect(addMonths('2016-01', -2)).toBe('2015-11');
    expect(monthsOfYear('2015/16')[11]).toBe('2016-03');
    expect(previousYear('2000/01')).toBe('1999/00');
  });

  it.each([
    ['2016-01', '2015-12'],
    ['2015-04', '2015-03'],
  ])('the month before %s is %s', (m, prev) => expect(previousMonth(m)).toBe(prev));

  it('sorts months in time order', () => {
    expect(['2016-01', '2015-12', '2015-04'].sort(compareMonths)).toEqual([
      '2015-04',
      '2015-12',
      '2016-01',
    ]);
    expect(compareMonths('2015-12', '2015-12')).toBe(0);
  });

  it('the 3 months ending at a month, for the scorecard columns', () => {
    expect(rollingMonths('2016-01', 3)).toEqual(['2015-11', '2015-12', '2016-01']);
  });

  it('formats months as the sheets do', () => {
    expect(formatMonth('2015-12')).toBe('Dec-15');
    expect(formatMonth('2009-04')).toBe('Apr-09');
    expect(formatMonthLong('2015-12')).toBe('December 2015');
  });
});

describe('monthCode: yyyymm of a month written yyyy-mm, -1 for any other text', () => {
  it.each([
    ['2015-12', 201512],
    ['2009-04', 200904],
    ['0000-00', 0],
    ['2015-1', -1],
    ['2015/12', -1],
    ['2015-1a', -1],
    ['201512', -1],
    [' 2015-12', -1],
    ['2014/15', -1],
    ['２015-12', -1],
    ['', -1],
  ])('%j is %i', (text, code) => {
    expect(monthCode(text)).toBe(code);
  });
});
