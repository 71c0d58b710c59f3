import Papa from 'papaparse';
import { detectDelimiter } from '@/domain/decode';
import { FORMULA_ESCAPE, FORMULA_START } from '@/domain/csv-export';
import type { OnParseProgress } from '@/domain/import/progress';

export type Separator = ',' | ';' | '\t';

/** The character code of the apostrophe our export puts before a formula-like cell. */
const ESCAPE_CODE = FORMULA_ESCAPE.charCodeAt(0);

/** At most this many unclosed quotes are skipped past; after that the rest is one cell. */
export const UNCLOSED_QUOTES_SKIPPED = 100;

/**
 * Splits the text into rows with PapaParse, each with the line it starts on. A quote that opens a
 * cell and is never closed would swallow the rest of the file into that cell: instead, the row it
 * opens on is left out (reported as `unclosed`) and the text from the next line on is read again.
 */
function parseRows(
  text: string,
  delimiter: Separator,
  onProgress?: OnParseProgress,
): { rows: string[][]; starts: number[]; errors: CsvTable['errors'] } {
  if (onProgress) {
    const inPieces = parseRowsInPieces(text, delimiter, onProgress);
    if (inPieces) return inPieces;
  }
  const rows: string[][] = [];
  const starts: number[] = [];
  const errors: CsvTable['errors'] = [];
  let rest = text;
  let firstLine = 1;
  for (let pass = 0; ; pass += 1) {
    const result = Papa.parse<string[]>(rest, { header: false, delimiter, skipEmptyLines: false });
    const startLines: number[] = [];
    let line = firstLine;
    for (const row of result.data) {
      startLines.push(line);
      line += lineBreaksIn(row) + 1;
    }
    const unclosed =
      pass < UNCLOSED_QUOTES_SKIPPED
        ? result.errors.find((e) => e.code === 'MissingQuotes' && e.row !== undefined)
        : undefined;
    const cut = unclosed?.row ?? result.data.length;
    for (let i = 0; i < cut; i += 1) {
      rows.push(result.data[i]!);
      starts.push(startLines[i]!);
    }
    for (const e of result.errors) {
      if (e.type !== 'Quotes' || (unclosed && e.row !== undefined && e.row >= cut)) continue;
      errors.push({
        line: (e.row === undefined ? undefined : startLines[e.row]) ?? firstLine,
        kind: e.code === 'MissingQuotes' ? 'unclosed' : 'malformed',
      });
    }
    if (!unclosed) break;
    const badLine = startLines[cut] ?? firstLine;
    errors.push({ line: badLine, kind: 'unclosed' });
    const physical = rest.split(/\r\n|\n|\r/);
    const skip = badLine - firstLine + 1;
    if (skip >= physical.length) break;
    rest = physical.slice(skip).join('\n');
    firstLine = badLine + 1;
  }
  return { rows, starts, errors };
}

/** How many characters of text PapaParse is given at a time when progress is reported. */
export const PIECE_CHARS = 1 << 20;

/**
 * The same rows as one PapaParse pass over the whole text, read about a megabyte at a time so
 * progress can be reported between pieces. A piece ends at a line break outside quotes (an even
 * number of quote marks before it, which is where a row ends in well-formed CSV), with the line
 * break PapaParse finds in the first piece. Null when any piece has a quoting problem: the
 * caller then reads the whole text in one pass, which handles those.
 */
function parseRowsInPieces(
  text: string,
  delimiter: Separator,
  onProgress: OnParseProgress,
): { rows: string[][]; starts: number[]; errors: CsvTable['errors'] } | null {
  const rows: string[][] = [];
  const starts: number[] = [];
  let start = 0;
  let line = 1;
  let newline: string | undefined;
  // The next quote mark at or after a place, found once and kept (-1: none is left): looking for
  // it afresh from every piece would scan the whole rest of a quote-free file each time.
  let nextQuote = text.indexOf('"');
  const quoteFrom = (from: number) => {
    if (nextQuote !== -1 && nextQuote < from) nextQuote = text.indexOf('"', from);
    return nextQuote === -1 ? Infinity : nextQuote;
  };
  while (start < text.length) {
    let end = text.length;
    let next = text.length;
    if (start + PIECE_CHARS < text.length && newline !== '\r') {
      let quotes = 0;
      let from = start;
      let nl = text.indexOf('\n', start + PIECE_CHARS);
      while (nl >= 0) {
        // Quote marks counted by jumping between them, not by looking at every character.
        for (let q = quoteFrom(from); q < nl; q = quoteFrom(q + 1)) quotes += 1;
        from = nl;
        const crlf = text.charCodeAt(nl - 1) === 13;
        if (quotes % 2 === 0 && (newline !== '\r\n' || crlf)) {
          end = crlf ? nl - 1 : nl;
          next = nl + 1;
          break;
        }
        nl = text.indexOf('\n', nl + 1);
      }
    }
    const piece = text.slice(start, end);
    const result = Papa.parse<string[]>(piece, {
      header: false,
      delimiter,
      skipEmptyLines: false,
      ...(newline ? { newline: newline as '\n' } : {}),
    });
    if (result.errors.some((e) => e.type === 'Quotes')) return null;
    newline ??= result.meta.linebreak;
    let at = line;
    // Without a quote mark in the piece no cell can hold a line break: each row is one line.
    const quoted = piece.includes('"');
    for (const row of result.data) {
      rows.push(row);
      starts.push(at);
      at += quoted ? lineBreaksIn(row) + 1 : 1;
    }
    line += countLineBreaks(piece) + 1;
    start = next;
    onProgress({ phase: 'reading', done: start, total: text.length, rows: rows.length });
  }
  return { rows, starts, errors: [] };
}

/**
 * How many line breaks (CRLF, LF or CR, each one) a text holds, counted without a regex: line
 * feeds and carriage returns are found with indexOf (much faster than a look at every character
 * on a megabyte piece), and a CR directly before an LF is one break with it.
 */
function countLineBreaks(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n += 1;
  for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1))
    if (text.charCodeAt(i + 1) !== 10) n += 1;
  return n;
}

/** How many line breaks the cells of a row hold (a quoted cell may span lines). */
function lineBreaksIn(row: string[]): number {
  let n = 0;
  for (const cell of row) {
    if (cell.includes('\n') || cell.includes('\r')) n += countLineBreaks(cell);
  }
  return n;
}

/**
 * The other separator a one-cell row is written with, when splitting by it gives at least half
 * the header's columns (`2.1;2015-12;1041` in a comma file); null when none does.
 */
function otherDelimiter(cell: string, delimiter: Separator, width: number): Separator | null {
  for (const d of [',', ';', '\t'] as const) {
    if (d === delimiter) continue;
    if (cell.split(d).length >= Math.max(2, Math.ceil(width / 2))) return d;
  }
  return null;
}

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
  /**
   * Quoting problems, with the line they start on: `unclosed`, a quote that opens a cell and is
   * never closed (that line is left out and the lines after it are read on their own); `malformed`,
   * text after a closing quote.
   */
  errors: { line: number; kind: 'unclosed' | 'malformed' }[];
  /** The separator the file was read with. */
  delimiter: Separator;
  /** Data lines written with another separator than the file's (left out): `a;b;c` in a comma file. */
  otherSeparator: { line: number; separator: Separator }[];
  /** Data lines with more fields than the header has columns (the extra ones are not read). */
  extraFields: { line: number; fields: number; width: number }[];
  /** Where the header is: its first line, how many rows it spans, and the title lines above it. */
  header: { line: number; span: 1 | 2; skippedLines: number[] };
}

/** Whether every cell is blank (spaces only): a cell with a character other than white space ends it. */
function isBlankRow(row: string[]): boolean {
  for (const c of row) {
    // A printable ASCII character first is not white space: no need to trim (most rows).
    const first = c.charCodeAt(0);
    if (first > 32 && first < 127) return false;
    if (c !== '' && c.trim() !== '') return false;
  }
  return true;
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
export function readCsv(
  text: string,
  locate?: HeaderLocator,
  onProgress?: OnParseProgress,
): CsvTable {
  const clean = text.replace(/^\uFEFF/, '');
  const delimiter = detectDelimiter(clean);
  const parsed = parseRows(clean, delimiter, onProgress);
  const all = parsed.rows;
  const allLines = parsed.starts;
  const errors = parsed.errors;
  // The first non-blank rows (by index in `all`): the header is chosen among them.
  const early: number[] = [];
  for (let i = 0; i < all.length && early.length < HEADER_SEARCH_ROWS; i += 1)
    if (!isBlankRow(all[i]!)) early.push(i);
  if (early.length === 0) {
    return {
      headers: [],
      rows: [],
      lines: [],
      errors,
      delimiter,
      otherSeparator: [],
      extraFields: [],
      header: { line: 1, span: 1, skippedLines: [] },
    };
  }
  const candidates = early.map((i) => all[i]!.map((c) => c.trim()));
  const choice = locate?.(candidates) ?? { index: 0, span: 1 as const, headers: candidates[0]! };
  const headerAt = early.slice(choice.index, choice.index + choice.span);
  const headerRows = headerAt.map((i) => all[i]!);
  const normalisedHeaders = headerRows.map(normalisedRow);
  // A row can repeat a header only if its first cell does: checked first, as it is cheap (and
  // each distinct first cell is normalised once: a column of ids repeats a few thousand).
  const firstCells = new Set(headerRows.map((r) => normalisedCell(r[0] ?? '')));
  // Shorter than every header's first cell (normalising only drops characters): cannot repeat it.
  const shortest = Math.min(...[...firstCells].map((c) => c.length));
  const mayRepeatHeader = new Map<string, boolean>();
  const mayBeEscaped = clean.includes(FORMULA_ESCAPE);
  const header = {
    line: allLines[headerAt[0]!]!,
    span: choice.span,
    skippedLines: early.slice(0, choice.index).map((i) => allLines[i]!),
  };
  // One pass over the rows after the header: blank rows dropped, the others checked and moved to
  // the front of PapaParse's own list (and their lines likewise), so there is no second
  // million-row list. `dataRows` never passes `i`, so nothing is overwritten unread.
  const rows = all;
  const lines = allLines;
  let dataRows = 0;
  const width = choice.headers.length;
  const otherSeparator: CsvTable['otherSeparator'] = [];
  const extraFields: CsvTable['extraFields'] = [];
  for (let i = headerAt[headerAt.length - 1]! + 1; i < all.length; i += 1) {
    const row = all[i]!;
    if (isBlankRow(row)) continue;
    const other = width > 2 && row.length === 1 ? otherDelimiter(row[0]!, delimiter, width) : null;
    if (other) {
      otherSeparator.push({ line: allLines[i]!, separator: other });
      continue;
    }
    if (row.length > width && row.slice(width).some((c) => c.trim() !== ''))
      extraFields.push({ line: allLines[i]!, fields: row.length, width });
    const first = row[0] ?? '';
    let may = first.length >= shortest ? mayRepeatHeader.get(first) : false;
    if (may === undefined) {
      may = firstCells.has(normalisedCell(first));
      mayRepeatHeader.set(first, may);
    }
    if (may && normalisedHeaders.includes(normalisedRow(row))) continue;
    // The row is PapaParse's own array: cells are unescaped in place, not copied. (Only when the
    // text has an apostrophe at all; and the first character's code is compared: six million
    // `startsWith` calls showed in profiles.)
    if (mayBeEscaped)
      for (let c = 0; c < row.length; c += 1) {
        const cell = row[c]!;
        if (cell.charCodeAt(0) === ESCAPE_CODE) row[c] = unescapeFormula(cell);
      }
    rows[dataRows] = row;
    lines[dataRows] = allLines[i]!;
    dataRows += 1;
  }
  rows.length = dataRows;
  lines.length = dataRows;
  return {
    headers: choice.headers.map((h) => h.trim()),
    rows,
    lines,
    errors,
    delimiter,
    otherSeparator,
    extraFields,
    header,
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
