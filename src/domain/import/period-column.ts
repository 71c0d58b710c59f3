import type { Period } from '@/domain/types';
import {
  formatMonthLong,
  impossibleDate,
  isAmbiguousPeriod,
  medianYearOfCounts,
  parsePeriod,
  periodPreference,
  periodStartYear,
  plausibleYear,
  PLAUSIBLE_YEARS,
} from '@/domain/periods';
import { report, type ParseContext } from '@/domain/import/context';

/** A column of periods read together (SPEC 3.1): how its ambiguous texts are read, and its years. */
export interface PeriodColumn {
  prefer: 'month' | 'year';
  decidedBy: 'months' | 'years' | 'default';
  /** The middle start year of the column's periods, for telling a typed `2105` from data. */
  median: number | null;
  /** How many ambiguous texts were read; the first one is reported with how it was read. */
  ambiguous: { count: number; reported: boolean };
  /** Each distinct text read once (a column repeats a few periods thousands of times). */
  memo: Map<string, Period | null>;
  /** Texts already accepted by `readPeriodCell`, with whether they are ambiguous: read once. */
  accepted: Map<string, { period: Period; ambiguous: boolean }>;
}

/** Reads a period column as a whole: what its ambiguous texts mean and where its years lie. */
export function readPeriodColumn(raws: readonly string[]): PeriodColumn {
  const distinct = new Map<string, number>();
  for (const raw of raws) distinct.set(raw, (distinct.get(raw) ?? 0) + 1);
  return readPeriodColumnOfCounts(distinct);
}

/** `readPeriodColumn` of the column's distinct texts, each with how many cells have it. */
export function readPeriodColumnOfCounts(distinct: ReadonlyMap<string, number>): PeriodColumn {
  const { prefer, decidedBy } = periodPreference([...distinct.keys()]);
  const memo = new Map<string, Period | null>();
  const years: [number, number][] = [];
  for (const [raw, times] of distinct) {
    const p = parsePeriod(raw, prefer);
    memo.set(raw, p);
    if (!p) continue;
    const y = periodStartYear(p);
    if (y >= PLAUSIBLE_YEARS.first && y <= PLAUSIBLE_YEARS.last) years.push([y, times]);
  }
  return {
    prefer,
    decidedBy,
    median: medianYearOfCounts(years),
    ambiguous: { count: 0, reported: false },
    memo,
    accepted: new Map(),
  };
}

/** "December 2011" or "the financial year 2011/12". */
export const periodWords = (p: Period): string =>
  p.kind === 'month' ? formatMonthLong(p.key) : `the financial year ${p.key}`;

const BECAUSE = {
  months: "because the column's other periods are months",
  years: "because the column's other periods are financial years",
  default: 'because nothing else in the column says which (a month unless it says otherwise)',
} as const;

/**
 * One cell of a period column, read as the column decides (`readPeriodColumn`). Null, with an
 * error at the line and column, for text that is not a period, an impossible date
 * (`31/02/2015`) or a year implausible for the data (`2105-12` among 2015 months, `0001-01`);
 * the first ambiguous period (`2011-12`) is reported as a warning saying how it was read.
 */
export function readPeriodCell(
  ctx: ParseContext,
  column: PeriodColumn,
  raw: string,
  line: number,
  columnName: string,
): Period | null {
  const seen = column.accepted.get(raw);
  if (seen) {
    // Read before with the same outcome; the first ambiguous one has been reported.
    if (seen.ambiguous) column.ambiguous.count += 1;
    return seen.period;
  }
  const where = line > 0 ? `Line ${line}, column "${columnName}"` : `Column "${columnName}"`;
  const period = column.memo.has(raw)
    ? (column.memo.get(raw) ?? null)
    : parsePeriod(raw, column.prefer);
  if (!period) {
    const impossible = impossibleDate(raw);
    report(
      ctx,
      'error',
      impossible ? 'impossible-date' : 'invalid-period',
      line,
      columnName,
      impossible
        ? `${where}: "${raw.trim()}" is not a real date (${impossible}). Correct it and import the file again; the other rows are imported without it.`
        : `${where}: "${raw.trim()}" is not a month (e.g. 2015-12 or Dec-15) or a financial year (e.g. 2014/15). Correct it and import the file again; the other rows are imported without it.`,
    );
    return null;
  }
  const year = periodStartYear(period);
  if (!plausibleYear(year, column.median)) {
    report(
      ctx,
      'error',
      'implausible-period',
      line,
      columnName,
      `${where}: "${raw.trim()}" (${periodWords(period)}) is not a plausible year for this data` +
        (column.median === null ? '' : `, whose other periods are around ${column.median}`) +
        `. Check the year for a typing error; the other rows are imported without it.`,
    );
    return null;
  }
  const ambiguous = isAmbiguousPeriod(raw);
  column.accepted.set(raw, { period, ambiguous });
  if (ambiguous) {
    column.ambiguous.count += 1;
    if (!column.ambiguous.reported) {
      column.ambiguous.reported = true;
      report(
        ctx,
        'warning',
        'ambiguous-period',
        line,
        columnName,
        `${where}: "${raw.trim()}" could be a month or a financial year; it was read as ${periodWords(period)}, ${BECAUSE[column.decidedBy]}. Every such period in this column was read the same way.`,
      );
    }
  }
  return period;
}
