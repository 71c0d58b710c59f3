import type { MonthKey, Period, YearKey } from '@/domain/types';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** Months as committee papers abbreviate them ("Sep", not the en-GB locale's "Sept"). */
export const SHORT_MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];
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

const key = (year: number, month: number): MonthKey =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
const twoDigitYear = (yy: number) => (yy < 70 ? 2000 + yy : 1900 + yy);

/** Days in a month of a year (the Gregorian calendar: February has 29 in a leap year). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const validDay = (d: string | undefined, year: number, month: number) =>
  d === undefined || (Number(d) >= 1 && Number(d) <= daysInMonth(year, month));

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
    const year = Number(m[1]);
    return month >= 1 && month <= 12 && validDay(m[3], year, month) ? key(year, month) : null;
  }
  // Day first, as UK sheets write dates (31/12/2015 is December).
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  if (m) {
    const month = Number(m[2]);
    const year = Number(m[3]);
    return month >= 1 && month <= 12 && validDay(m[1], year, month) ? key(year, month) : null;
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

/**
 * Whether a text is both a month and a financial year: `YYYY-NN` where NN is a month and the
 * next year's last two digits (`2011-12`, `2005-06`). SPEC 3.1 decides it from its column.
 */
export function isAmbiguousPeriod(raw: string): boolean {
  return /^\d{4}-\d{2}$/.test(raw.trim()) && parseYear(raw) !== null && parseMonth(raw) !== null;
}

/**
 * A month or a financial year. An unambiguous text is what it says (`2015-12` a month, `2015-16`
 * a year); an ambiguous one (`2011-12`, see `isAmbiguousPeriod`) is read as `prefer`, a month
 * unless its column says otherwise (SPEC 3.1).
 */
export function parsePeriod(raw: string, prefer: 'month' | 'year' = 'month'): Period | null {
  const year = parseYear(raw);
  const month = parseMonth(raw);
  if (year && (!month || prefer === 'year')) return { kind: 'year', key: year };
  return month ? { kind: 'month', key: month } : null;
}

/**
 * How the ambiguous periods of one column (or one header row) are read (SPEC 3.1): as months
 * when its unambiguous periods are mostly months, as financial years when they are mostly years,
 * and as months when nothing decides (`decidedBy: 'default'`).
 */
export function periodPreference(raws: readonly string[]): {
  prefer: 'month' | 'year';
  decidedBy: 'months' | 'years' | 'default';
} {
  let months = 0;
  let years = 0;
  for (const raw of raws) {
    if (isAmbiguousPeriod(raw)) continue;
    if (parseYear(raw)) years += 1;
    else if (parseMonth(raw)) months += 1;
  }
  if (years > months) return { prefer: 'year', decidedBy: 'years' };
  return { prefer: 'month', decidedBy: months > 0 ? 'months' : 'default' };
}

/** The calendar year a period starts in: 2015 for `2015-12` and for `2015/16`. */
export const periodStartYear = (p: Period): number => Number(p.key.slice(0, 4));

/**
 * Why a text that looks like a date is not one: "February 2015 has 28 days" for `31/02/2015`.
 * Null when it is a real date or not date-shaped at all.
 */
export function impossibleDate(raw: string): string | null {
  const s = raw.trim();
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s) ?? /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (!m) return null;
  const [d, mo, y] = s.includes('/')
    ? [Number(m[1]), Number(m[2]), Number(m[3])]
    : [Number(m[3]), Number(m[2]), Number(m[1])];
  if (mo < 1 || mo > 12) return `there is no month ${mo}`;
  const days = daysInMonth(y, mo);
  if (d < 1 || d > days) return `${LONG[mo - 1]} ${y} has ${days} days`;
  return null;
}

/**
 * Years a period may plausibly have in a council's monthly data: 1950 to 2099, and within 20
 * years of the middle (median) year of the file's other periods. `2105-12` among 2015 months
 * and `0001-01` are typing errors, not data (SPEC 3.1).
 */
export const PLAUSIBLE_YEARS = { first: 1950, last: 2099, spread: 20 } as const;

/** The median of the start years of a file's periods (null when it has none). */
export function medianYear(years: readonly number[]): number | null {
  return medianYearOfCounts(years.map((y) => [y, 1]));
}

/**
 * `medianYear` of years given with how many times each occurs (`[2015, 40000]`), so a column of
 * a million periods sorts its few distinct years, not a million numbers.
 */
export function medianYearOfCounts(counts: readonly (readonly [number, number])[]): number | null {
  const sorted = [...counts].sort((a, b) => a[0] - b[0]);
  const total = sorted.reduce((n, [, times]) => n + times, 0);
  if (total === 0) return null;
  let rank = Math.floor((total - 1) / 2);
  for (const [year, times] of sorted) {
    if (rank < times) return year;
    rank -= times;
  }
  return null;
}

/** Whether a period's start year is plausible beside the file's median year (`medianYear`). */
export function plausibleYear(year: number, median: number | null): boolean {
  if (year < PLAUSIBLE_YEARS.first || year > PLAUSIBLE_YEARS.last) return false;
  return median === null || Math.abs(year - median) <= PLAUSIBLE_YEARS.spread;
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

/** The months of a financial year, April to March, abbreviated: a trend chart's categories. */
export const FY_SHORT_MONTHS = [...SHORT_MONTHS.slice(3), ...SHORT_MONTHS.slice(0, 3)];

/** 'Dec-15', as the sheets head their month columns. */
export function formatMonth(m: MonthKey): string {
  const [y, mo] = split(m);
  return `${SHORT_MONTHS[mo - 1]}-${String(y % 100).padStart(2, '0')}`;
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

/**
 * `yyyymm` of a text written `yyyy-mm` in ASCII digits (a month key's shape), or -1 for any other
 * text: read character by character, as it runs for every cell and value of an import.
 */
export function monthCode(text: string): number {
  if (text.length !== 7 || text.charCodeAt(4) !== 45) return -1;
  let code = 0;
  for (let i = 0; i < 7; i += 1) {
    if (i === 4) continue;
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    code = code * 10 + d;
  }
  return code;
}
