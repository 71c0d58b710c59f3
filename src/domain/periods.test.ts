import { describe, expect, it } from 'vitest';
import {
  addMonths,
  compareMonths,
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
