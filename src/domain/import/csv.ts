import Papa from 'papaparse';
import { detectDelimiter } from '@/domain/decode';

/**
 * Splits CSV text into a header row and data rows (RFC 4180 quoting) with PapaParse. Header mode
 * is never used, so a header named `__proto__` or `constructor` never becomes an object key;
 * headers are mapped through the allow-list in headers.ts instead. `lines[i]` is the 1-based line
 * in the file where data row i starts (a quoted cell can span lines).
 */
export function readCsv(text: string): { headers: string[]; rows: string[][]; lines: number[] } {
  const clean = text.replace(/^\uFEFF/, '');
  const result = Papa.parse<string[]>(clean, {
    header: false,
    delimiter: detectDelimiter(clean),
    skipEmptyLines: false,
  });
  const all = result.data;
  const lines: number[] = [];
  const rows: string[][] = [];
  let line = 1;
  let headers: string[] | null = null;
  for (const row of all) {
    const start = line;
    line += row.reduce((n, cell) => n + (cell.match(/\r\n|\n|\r/g)?.length ?? 0), 0) + 1;
    if (row.every((c) => c.trim() === '')) continue;
    if (headers === null) {
      headers = row.map((h) => h.trim());
      continue;
    }
    rows.push(row.map(unescapeFormula));
    lines.push(start);
  }
  return { headers: headers ?? [], rows, lines };
}

/**
 * Our CSV export prefixes a cell that starts with = + - @ tab or CR with an apostrophe, so a
 * spreadsheet cannot run it as a formula (SPEC 5); reading it back, the apostrophe goes again.
 */
export function unescapeFormula(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}
