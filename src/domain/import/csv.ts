import Papa from 'papaparse';
import { detectDelimiter } from '@/domain/decode';

/** The rows of a CSV text, the header apart, with the file line each data row starts on. */
export interface CsvTable {
  /** The first non-blank row, trimmed: header cells as written. */
  headers: string[];
  /** Data rows (blank rows dropped), cells as written. */
  rows: string[][];
  /** `lines[i]` is the 1-based line in the file where `rows[i]` starts. */
  lines: number[];
  /** Quoting problems PapaParse found (e.g. a quote never closed), with the line they start on. */
  errors: { line: number; message: string }[];
}

/**
 * Splits CSV text into a header row and data rows (RFC 4180 quoting) with PapaParse, on the
 * delimiter `detectDelimiter` finds. Header mode is never used, so a header named `__proto__`
 * or `constructor` never becomes an object key; headers go through the allow-list in
 * headers.ts instead. Blank lines are skipped here rather than by PapaParse's `skipEmptyLines`,
 * so that every row keeps its true line number (a quoted cell may also span lines).
 * Semicolon files are read with `.` as the decimal point, like the others: a decimal comma
 * ("12,5") is not a number we read, and is reported as such.
 */
export function readCsv(text: string): CsvTable {
  const clean = text.replace(/^\uFEFF/, '');
  const result = Papa.parse<string[]>(clean, {
    header: false,
    delimiter: detectDelimiter(clean),
    skipEmptyLines: false,
  });
  const startLines: number[] = [];
  const rows: string[][] = [];
  const lines: number[] = [];
  let line = 1;
  let headers: string[] | null = null;
  for (const row of result.data) {
    const start = line;
    startLines.push(start);
    line += row.reduce((n, cell) => n + (cell.match(/\r\n|\n|\r/g)?.length ?? 0), 0) + 1;
    if (row.every((c) => c.trim() === '')) continue;
    if (headers === null) {
      headers = row.map((h) => h.trim());
      continue;
    }
    rows.push(row.map(unescapeFormula));
    lines.push(start);
  }
  const errors = result.errors
    .filter((e) => e.type === 'Quotes')
    .map((e) => ({
      line: (e.row === undefined ? undefined : startLines[e.row]) ?? 1,
      message: e.message,
    }));
  return { headers: headers ?? [], rows, lines, errors };
}

/**
 * Our CSV export prefixes a cell that starts with = + - @ tab or CR with an apostrophe, so a
 * spreadsheet cannot run it as a formula (SPEC 5); reading it back, the apostrophe goes again.
 */
export function unescapeFormula(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}
