import Papa from 'papaparse';
import { detectDelimiter } from '@/domain/decode';
import { FORMULA_ESCAPE, FORMULA_START } from '@/domain/csv-export';

/** How many non-blank rows from the top are searched for the header row (titles above it). */
export const HEADER_SEARCH_ROWS = 30;

/** Which of the first rows is the header: its index among the non-blank rows, over 1 or 2 rows. */
export interface HeaderChoice {
  index: number;
  span: 1 | 2;
  /** The header cells: the row itself, or the two rows merged (see header-row.ts). */
  headers: string[];
}

/** Chooses the header among the first non-blank rows (cells trimmed); null: the first row. */
export type HeaderLocator = (candidates: string[][]) => HeaderChoice | null;

/** The rows of a CSV text, the header apart, with the file line each data row starts on. */
export interface CsvTable {
  /** The header cells as written (trimmed): the first non-blank row unless a locator chose. */
  headers: string[];
  /** Data rows (blank rows and repeats of the header dropped), cells as written. */
  rows: string[][];
  /** `lines[i]` is the 1-based line in the file where `rows[i]` starts. */
  lines: number[];
  /** Quoting problems PapaParse found (e.g. a quote never closed), with the line they start on. */
  errors: { line: number; message: string }[];
  /** Where the header is: its first line, how many rows it spans, and the title lines above it. */
  header: { line: number; span: 1 | 2; skippedLines: number[] };
}

const normalisedCell = (c: string) => c.toLowerCase().replace(/[^a-z0-9]/g, '');
const normalisedRow = (row: string[]) => row.map(normalisedCell).join('|').replace(/\|+$/, '');

/**
 * Splits CSV text into a header row and data rows (RFC 4180 quoting) with PapaParse, on the
 * delimiter `detectDelimiter` finds. Header mode is never used, so a header named `__proto__`
 * or `constructor` never becomes an object key; headers go through the allow-list in
 * headers.ts instead. Blank lines are skipped here rather than by PapaParse's `skipEmptyLines`,
 * so that every row keeps its true line number (a quoted cell may also span lines).
 * A sheet saved from Excel often has title rows above its header, a header over two rows, and
 * the header repeated where the printout broke pages: `locate` picks the header among the first
 * rows, and rows repeating a header row are dropped.
 * Semicolon files are read with `.` as the decimal point, like the others: a decimal comma
 * ("12,5") is not a number we read, and is reported as such.
 */
export function readCsv(text: string, locate?: HeaderLocator): CsvTable {
  const clean = text.replace(/^\uFEFF/, '');
  const result = Papa.parse<string[]>(clean, {
    header: false,
    delimiter: detectDelimiter(clean),
    skipEmptyLines: false,
  });
  const startLines: number[] = [];
  const all: string[][] = [];
  const allLines: number[] = [];
  let line = 1;
  for (const row of result.data) {
    const start = line;
    startLines.push(start);
    line += row.reduce((n, cell) => n + (cell.match(/\r\n|\n|\r/g)?.length ?? 0), 0) + 1;
    if (row.every((c) => c.trim() === '')) continue;
    all.push(row);
    allLines.push(start);
  }
  const errors = result.errors
    .filter((e) => e.type === 'Quotes')
    .map((e) => ({
      line: (e.row === undefined ? undefined : startLines[e.row]) ?? 1,
      message: e.message,
    }));
  if (all.length === 0) {
    return {
      headers: [],
      rows: [],
      lines: [],
      errors,
      header: { line: 1, span: 1, skippedLines: [] },
    };
  }
  const candidates = all.slice(0, HEADER_SEARCH_ROWS).map((r) => r.map((c) => c.trim()));
  const choice = locate?.(candidates) ?? { index: 0, span: 1 as const, headers: candidates[0]! };
  const headerRows = all.slice(choice.index, choice.index + choice.span);
  const normalisedHeaders = headerRows.map(normalisedRow);
  // A row can repeat a header only if its first cell does: checked first, as it is cheap.
  const firstCells = new Set(headerRows.map((r) => normalisedCell(r[0] ?? '')));
  const rows: string[][] = [];
  const lines: number[] = [];
  for (let i = choice.index + choice.span; i < all.length; i += 1) {
    const row = all[i]!;
    if (
      firstCells.has(normalisedCell(row[0] ?? '')) &&
      normalisedHeaders.includes(normalisedRow(row))
    )
      continue;
    rows.push(row.map(unescapeFormula));
    lines.push(allLines[i]!);
  }
  return {
    headers: choice.headers.map((h) => h.trim()),
    rows,
    lines,
    errors,
    header: {
      line: allLines[choice.index]!,
      span: choice.span,
      skippedLines: allLines.slice(0, choice.index),
    },
  };
}

/**
 * Our CSV export prefixes a cell that starts with = + - @ tab or CR (or a full-width = + - @) with an apostrophe, so a
 * spreadsheet cannot run it as a formula (SPEC 5); reading it back, the apostrophe goes again.
 */
export function unescapeFormula(cell: string): string {
  return cell.startsWith(FORMULA_ESCAPE) && FORMULA_START.test(cell.slice(1))
    ? cell.slice(1)
    : cell;
}
