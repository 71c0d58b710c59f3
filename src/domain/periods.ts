import type { MonthKey, Period, YearKey } from '@/domain/types';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const LONG = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const key = (year: number, month: number): MonthKey => `${year}-${String(month).padStart(2, '0')}`;
const twoDigitYear = (yy: number) => (yy < 70 ? 2000 + yy : 1900 + yy);

const validDay = (d: string | undefined) => d === undefined || (Number(d) >= 1 && Number(d) <= 31);

function monthIndex(name: string): number | null {
  const n = name.toLowerCase();
  if (n === 'sept') return 9;
  const i = MONTHS.findIndex(
    (m) => n === m || (n.length > 3 && LONG[MONTHS.indexOf(m)]!.toLowerCase() === n),
  );
  return i < 0 ? null : i + 1;
}

/**
 * Reads a month in any spelling of SPEC 2: `2015-12`, `Dec-15`, `Dec 15`, `Dec 2015`,
 * `December 2015`, `31/12/2015`, `2015-12-31`. Null when it is not a month.
 */
export function parseMonth(raw: string): MonthKey | null {
  const s = raw.trim();
  let m = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(s);
  if (m) {
    const month = Number(m[2]);
    return month >= 1 && month <= 12 && validDay(m[3]) ? key(Number(m[1]), month) : null;
  }
  // Day first, as UK sheets write dates (31/12/2015 is December).
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  if (m) {
    const month = Number(m[2]);
    return month >= 1 && month <= 12 && validDay(m[1]) ? key(Number(m[3]), month) : null;
  }
  m = /^([A-Za-z]{3,9})[\s\-_']*(\d{2}|\d{4})$/.exec(s);
  if (m) {
    const month = monthIndex(m[1]!);
    if (month === null) return null;
    const y = m[2]!.length === 2 ? twoDigitYear(Number(m[2])) : Number(m[2]);
    return key(y, month);
  }
  return null;
}

/**
 * Reads a financial year: `2014/15`, `2014-15`, `2014/2015`, `FY2014-15`, `FY 2014/15`, giving
 * '2014/15'. The second year must follow the first. Null when it is not a financial year.
 */
export function parseYear(raw: string): YearKey | null {
  const m = /^(?:fy\s*)?(\d{4})\s*[/-]\s*(\d{2}|\d{4})$/i.exec(raw.trim());
  if (!m) return null;
  const start = Number(m[1]);
  const end = Number(m[2]);
  const follows = m[2]!.length === 2 ? (start + 1) % 100 === end : end === start + 1;
  if (!follows) return null;
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

/** A month or a financial year; a string such as `2015-12` is a month, `2015-16` a year. */
export function parsePeriod(raw: string): Period | null {
  const year = parseYear(raw);
  if (year) return { kind: 'year', key: year };
  const month = parseMonth(raw);
  return month ? { kind: 'month', key: month } : null;
}

const split = (m: MonthKey): [number, number] => [Number(m.slice(0, 4)), Number(m.slice(5, 7))];

/** The month k months after m (k may be negative). */
export function addMonths(m: MonthKey, k: number): MonthKey {
  const [y, mo] = split(m);
  const total = y * 12 + (mo - 1) + k;
  return key(Math.floor(total / 12), (total % 12) + 1);
}

/** The month before m: previousMonth('2016-01') is '2015-12'. */
export const previousMonth = (m: MonthKey): MonthKey => addMonths(m, -1);

/** Sort order of month keys (they sort as strings), for `Array.prototype.sort`. */
export const compareMonths = (a: MonthKey, b: MonthKey): number => (a < b ? -1 : a > b ? 1 : 0);

/** The financial year (April to March) a month falls in: 2016-01 is in '2015/16'. */
export function financialYearOf(m: MonthKey): YearKey {
  const [y, mo] = split(m);
  const start = mo >= 4 ? y : y - 1;
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

const yearStart = (y: YearKey): number => Number(y.slice(0, 4));

/** April..March of a financial year. */
export function monthsOfYear(y: YearKey): MonthKey[] {
  const first = key(yearStart(y), 4);
  return Array.from({ length: 12 }, (_, i) => addMonths(first, i));
}

/** The financial year before: previousYear('2015/16') is '2014/15'. */
export function previousYear(y: YearKey): YearKey {
  const start = yearStart(y) - 1;
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

/** Year to date: April of m's financial year up to and including m. */
export function ytdMonths(m: MonthKey): MonthKey[] {
  const months = monthsOfYear(financialYearOf(m));
  return months.slice(0, months.indexOf(m) + 1);
}

/** The n months ending at m, oldest first (rolling year by default). */
export function rollingMonths(m: MonthKey, n = 12): MonthKey[] {
  return Array.from({ length: n }, (_, i) => addMonths(m, i - n + 1));
}

/** 'Dec-15', as the sheets head their month columns. */
export function formatMonth(m: MonthKey): string {
  const [y, mo] = split(m);
  return `${SHORT[mo - 1]}-${String(y % 100).padStart(2, '0')}`;
}

/** 'December 2015'. */
export function formatMonthLong(m: MonthKey): string {
  const [y, mo] = split(m);
  return `${LONG[mo - 1]} ${y}`;
}

/** 'December' alone, for headlines ("rose to 29.3% in December"). */
export function monthName(m: MonthKey): string {
  return LONG[split(m)[1] - 1] ?? '';
}

/**
 * The latest financial year that had ended by the end of month M: M's own year when M is March,
 * else the year before. Published outturns and benchmarks of a year exist only after it ends, so
 * in December 2015 the latest is 2014/15 (the printed "LATEST BENCHMARKING - 2014/15").
 */
export function latestEndedYear(m: MonthKey): YearKey {
  const fy = financialYearOf(m);
  return m.endsWith('-03') ? fy : previousYear(fy);
}
