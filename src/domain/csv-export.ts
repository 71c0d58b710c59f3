import Papa from 'papaparse';
import type {
  BenchmarkKind,
  Indicator,
  MonthKey,
  Observation,
  Polarity,
  Scorecard,
  ScorecardRow,
  Unit,
  YtdKind,
} from '@/domain/types';
import { DOT_WORDS, RAG_WORDS } from '@/domain/words';
import { ASSURANCE_WORDS, VARIATION_WORDS } from '@/domain/spc-verdict';
import { formatMonth } from '@/domain/periods';
import { GAP_HEADERS, SIGNAL_HEADERS } from '@/domain/export-columns';

/**
 * CSV export of the Performance Summary (SPEC 4, Committee pack; SPEC 5, robust input).
 *
 * The file has the layout of a scorecard sheet (SPEC 2.1), so it can be opened in a spreadsheet
 * and imported back: exported values are written as they were imported (fractions and % kept),
 * targets as written, DOT and RAG as our words (on import they are only compared, never used).
 *
 * Formula injection: a cell that starts with `=`, `+`, `-`, `@`, tab or carriage return, or
 * with the full-width and small forms of the first four (`＝ ＋ － ＠`, `﹦ ﹢ ﹣ ﹫`, which some
 * spreadsheets read as their ASCII forms), is prefixed with one apostrophe, so no spreadsheet
 * runs it as a formula. That includes our own cells "-" (no value), negative numbers and targets
 * such as "+/-5 of 158.8"; the importer undoes it by dropping one leading apostrophe when the
 * character after it is one of these (see docs/decisions.md, "CSV export").
 */

/** A cell that a spreadsheet could read as a formula: it is written with a leading apostrophe. */
export const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\uFE6B]/;

/** The apostrophe that {@link FORMULA_START} cells are prefixed with. */
export const FORMULA_ESCAPE = "'";

/** "Good perf is" as the council's sheets write it. */
const SHEET_POLARITY: Record<Polarity, string> = {
  high: 'High',
  low: 'Low',
  neutral: 'Info',
  range: 'Within Limits',
};

/** "Data note" when the imported sheet or catalogue gave none. */
const SHEET_DATA_NOTE: Record<Unit, string> = {
  count: 'Count',
  percent: 'Percentage',
  rate_per_10k: 'Rate per 10,000',
  days: 'Average days',
  average: 'Average count',
};

/** "YTD note" when none was given. */
const SHEET_YTD_NOTE: Record<YtdKind, string> = {
  sum: 'Financial Year',
  ratio: 'Financial Year',
  latest: 'As at mth end',
  none: '',
};

/** Benchmark column headers, in the order of `SCORECARD_BENCHMARKS`. */
const BENCHMARK_HEADERS: Record<BenchmarkKind, string> = {
  sn_avg: 'Stat neigh ave',
  best_sn: 'Best stat neigh',
  national_avg: 'Nat ave',
  national_top_quartile: 'Nat top qtile threshold',
  regional_avg: 'Regional ave',
};

/**
 * A number as plain text for a CSV cell: no thousands separators, at `decimals` places when given,
 * else as stored (float noise beyond six places removed), with "%" for percentages.
 */
export function plainNumber(value: number, unit: Unit, decimals: number | null): string {
  const text = decimals === null ? String(Math.round(value * 1e6) / 1e6) : value.toFixed(decimals);
  return unit === 'percent' ? `${text}%` : text;
}

/**
 * A value with its fraction when both parts are known ("898/991 90.6%", the form SPEC 2 reads back
 * as value, numerator and denominator), else the plain number; '' for none.
 */
function valueText(
  value: number | null,
  numerator: number | null,
  denominator: number | null,
  unit: Unit,
  decimals: number | null,
): string {
  if (value === null) return '';
  const number = plainNumber(value, unit, decimals);
  return numerator !== null && denominator !== null
    ? `${numerator}/${denominator} ${number}`
    : number;
}

/** A month cell: the cell as imported when there is one (so DOT compares the same), else rebuilt. */
function observationText(o: Observation | null, ind: Indicator): string {
  if (o === null) return '';
  if (o.raw.trim() !== '') return o.raw.trim();
  return valueText(o.value, o.numerator, o.denominator, ind.unit, ind.decimals ?? o.decimals);
}

/**
 * The year-to-date cell, with its fraction when known: at the indicator's precision, else as
 * computed (to six places), so the importer reads back the figure the scorecard rated. Blank for
 * indicators with no year to date.
 */
function ytdText(row: ScorecardRow): string {
  const ind = row.indicator;
  if (ind.ytd === 'none') return '';
  const { value, numerator, denominator } = row.ytd;
  return valueText(value, numerator, denominator, ind.unit, ind.decimals);
}

/** Our RAG word, with " YTD" when rated on the year to date (the sheets' "Red YTD" marks it). */
function ragText(row: ScorecardRow): string {
  const word = RAG_WORDS[row.rag.status];
  return row.rag.basis === 'ytd' ? `${word} YTD` : word;
}

/** The newest benchmark year of the row; the sheet has one "Benchmark year" cell per row. */
function benchmarkYear(row: ScorecardRow): string {
  const years = row.benchmarks.flatMap((c) => (c.benchmark ? [c.benchmark.period] : []));
  return years.sort().at(-1) ?? '';
}

/** The header row: the layout of a scorecard sheet (SPEC 2.1), months as 'Oct-15'. */
export function scorecardCsvHeader(scorecard: Scorecard): string[] {
  const benchmarkKinds = scorecard.rows[0]?.benchmarks.map((c) => c.kind) ?? [
    'sn_avg',
    'best_sn',
    'national_avg',
    'national_top_quartile',
  ];
  return [
    'No.',
    'Section',
    'Indicator',
    'Good perf is',
    'Data note',
    ...scorecard.recentMonths.map(formatMonth),
    'YTD',
    'YTD note',
    'DOT',
    'RAG',
    'Red',
    'Amber',
    'Green',
    ...scorecard.trendYears,
    ...benchmarkKinds.map((k) => BENCHMARK_HEADERS[k]),
    'Benchmark year',
    ...GAP_HEADERS,
    // Signal or noise (SPEC 3.9) as data, last so the sheet layout before it is unchanged.
    ...SIGNAL_HEADERS,
  ];
}

/**
 * After the sheet's own columns, the figure compared with the benchmarks and the gaps to the SN
 * average and England (SPEC 3.6), as the scorecard's tooltips and the indicator page say them.
 * Our importer recognises these columns and leaves them out (one information line) when the file
 * is imported back.
 */
// GAP_HEADERS: src/domain/export-columns.ts (the importer recognises them there).

function gapCells(row: ScorecardRow): string[] {
  const c = row.compared;
  const compared =
    c.kind === 'none'
      ? `No figure to compare: ${c.reason}`
      : c.words.charAt(0).toUpperCase() + c.words.slice(1);
  const gap = (kind: BenchmarkKind) =>
    row.benchmarks.find((b) => b.kind === kind)?.gap?.sentence ?? '';
  return [compared, gap('sn_avg'), gap('national_avg')];
}

/** One indicator as a row of cells, in {@link scorecardCsvHeader} order, before escaping. */
export function scorecardCsvRow(row: ScorecardRow): string[] {
  const ind = row.indicator;
  return [
    ind.id,
    ind.section,
    ind.name,
    SHEET_POLARITY[ind.polarity],
    ind.dataNote.trim() || SHEET_DATA_NOTE[ind.unit],
    ...row.recent.map(({ observation }) => observationText(observation, ind)),
    ytdText(row),
    ind.ytdNote.trim() || SHEET_YTD_NOTE[ind.ytd],
    row.dot.label === 'off' ? '' : DOT_WORDS[row.dot.label],
    ragText(row),
    ind.targetCells.red,
    ind.targetCells.amber,
    ind.targetCells.green,
    ...row.yearTrend.map((y) => valueText(y.value, null, null, ind.unit, ind.decimals)),
    ...row.benchmarks.map((c) =>
      c.benchmark ? plainNumber(c.benchmark.value, ind.unit, ind.decimals) : '',
    ),
    benchmarkYear(row),
    ...gapCells(row),
    VARIATION_WORDS[row.signal.variation.verdict],
    ASSURANCE_WORDS[row.signal.assurance.verdict],
  ];
}

/**
 * The scorecard as CSV text (comma-separated, CRLF line ends, no BOM: the download adds one so
 * spreadsheets read it as UTF-8). Every row of `scorecard` is written, in scorecard order; pass a
 * scorecard with fewer rows to export a selection. Cells that could run as spreadsheet formulas
 * are escaped with a leading apostrophe ({@link FORMULA_START}).
 */
export function scorecardToCsv(scorecard: Scorecard): string {
  return Papa.unparse([scorecardCsvHeader(scorecard), ...scorecard.rows.map(scorecardCsvRow)], {
    escapeFormulae: FORMULA_START,
    newline: '\r\n',
  });
}

/** 'scorecard-2015-12.csv': the download's file name, naming the month the scorecard is as at. */
export function scorecardCsvFileName(asAt: MonthKey): string {
  return `scorecard-${asAt}.csv`;
}
