/**
 * Reads an Excel workbook (.xlsx) as CSV texts, one per visible sheet, written as Excel's "Save as
 * CSV" would write the sheet: each cell as displayed (a percentage cell 0.466 formatted `0.0%` is
 * `46.6%`, a date formatted as a month is `2015-04`, a number with two decimals keeps them), one
 * line per sheet row, so a problem's line number is the sheet's row number. The importer then
 * reads each sheet as it reads a CSV file.
 *
 * The zip is opened with fflate (loaded only when a workbook is dropped: `import()` inside the
 * worker); the few XML parts a sheet needs (workbook, its relationships, shared strings, number
 * formats, the sheet) are read here. Why not a workbook library: docs/decisions.md, "Reading
 * .xlsx workbooks". Never throws for a damaged workbook: it rejects with `WorkbookError`.
 */

import { workbookKind } from '@/domain/import/workbook';
import type { WorkerRequest } from '@/workers/import-protocol';

/** One sheet of a workbook, as CSV text. */
export interface WorkbookSheet {
  sheet: string;
  text: string;
}

export class WorkbookError extends Error {}

/** An entry larger than this once unzipped is refused (a "zip bomb" must not crash the tab). */
export const MAX_PART_BYTES = 200 * 1024 * 1024;

const decoder = new TextDecoder('utf-8');

/** XML text with its entities (and Excel's `_x000D_` escapes) decoded. */
function unescapeXml(s: string): string {
  return s
    .replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_m, e: string) => {
      switch (e) {
        case 'lt':
          return '<';
        case 'gt':
          return '>';
        case 'amp':
          return '&';
        case 'quot':
          return '"';
        case 'apos':
          return "'";
        default:
          return String.fromCodePoint(
            e.startsWith('#x') ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10),
          );
      }
    })
    .replace(/_x([0-9a-fA-F]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** The attributes of one start tag's text (`name="Sheet1" r:id="rId1"`). */
function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:]+)\s*=\s*("([^"]*)"|'([^']*)')/g))
    out.set(m[1]!, unescapeXml(m[3] ?? m[4] ?? ''));
  return out;
}

/** The text of every `<t>` in an element (rich text runs joined; phonetic hints left out). */
function textOf(xml: string): string {
  const body = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '');
  let out = '';
  for (const m of body.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)) out += unescapeXml(m[1]!);
  return out;
}

function sharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)].map((m) => textOf(m[1] ?? ''));
}

/** How a number is shown: as a percentage, a date (a month when it has no day) or a number. */
type Shown =
  | { kind: 'general' }
  | { kind: 'fixed'; decimals: number }
  | { kind: 'percent'; decimals: number }
  | { kind: 'date'; day: boolean };

const BUILTIN: Record<number, string> = {
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  14: 'dd/mm/yyyy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  22: 'm/d/yy h:mm',
};

/** Reads a number format code into how its numbers are shown. */
export function shownBy(code: string): Shown {
  // Quoted text, escaped characters, colours and conditions say nothing about the kind.
  const bare = code
    .split(';')[0]!
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
  const decimals = (bare.match(/\.(0+)/)?.[1] ?? '').length;
  if (bare.includes('%')) return { kind: 'percent', decimals };
  if (/[dmy]/i.test(bare) && !/^general$/i.test(bare.trim()))
    return { kind: 'date', day: /d/i.test(bare) };
  if (/0/.test(bare)) return { kind: 'fixed', decimals };
  return { kind: 'general' };
}

/** The shown form of each cell style (`s` attribute) from styles.xml. */
function styles(xml: string | undefined): Shown[] {
  if (!xml) return [];
  const codes = new Map<number, string>();
  for (const m of xml.matchAll(/<numFmt\b([^>]*)\/?>/g)) {
    const a = attributes(m[1]!);
    codes.set(Number(a.get('numFmtId')), a.get('formatCode') ?? '');
  }
  const cellXfs = xml.match(/<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/)?.[1] ?? '';
  return [...cellXfs.matchAll(/<xf\b([^>]*?)\/?>/g)].map((m) => {
    const id = Number(attributes(m[1]!).get('numFmtId') ?? 0);
    const code = codes.get(id) ?? BUILTIN[id] ?? 'General';
    return shownBy(code);
  });
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** An Excel serial date (1900 system) as `YYYY-MM-DD`, or `YYYY-MM` when the format has no day. */
function serialDate(serial: number, day: boolean, date1904: boolean): string {
  const days = Math.floor(serial) + (date1904 ? 1462 : 0);
  // Day 60 is Excel's 29 February 1900, which never was; days after it are one too many.
  const epoch = Date.UTC(1899, 11, 31) + (days > 60 ? days - 1 : days) * 86_400_000;
  const d = new Date(epoch);
  const ym = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
  return day ? `${ym}-${pad(d.getUTCDate())}` : ym;
}

/** A number as the sheet shows it (no thousands separators: the importer reads plain numbers). */
export function showNumber(value: number, shown: Shown, date1904 = false): string {
  switch (shown.kind) {
    case 'percent':
      return `${(value * 100).toFixed(shown.decimals)}%`;
    case 'fixed':
      return value.toFixed(shown.decimals);
    case 'date':
      return serialDate(value, shown.day, date1904);
    case 'general':
      // Excel shows at most 15 significant digits: 0.1 + 0.2 stored as 0.30000000000000004 is 0.3.
      return String(Number(value.toPrecision(15)));
  }
}

/** Column letters to a 0-based index: A -> 0, Z -> 25, AA -> 26. */
function columnIndex(ref: string): number {
  let n = 0;
  for (const ch of ref.replace(/\d+$/, '')) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** A field as CSV writes it: quoted when it holds a comma, quote, line break or edge spaces. */
const csvField = (s: string) => (/[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

function sheetCsv(xml: string, strings: string[], shown: Shown[], date1904: boolean): string {
  const rows: { r: number; cells: string[] }[] = [];
  let width = 0;
  let nextRow = 1;
  for (const rm of xml.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const r = Number(attributes(rm[1]!).get('r') ?? nextRow);
    nextRow = r + 1;
    const cells: string[] = [];
    let nextCol = 0;
    for (const cm of (rm[2] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const a = attributes(cm[1]!);
      const ref = a.get('r');
      const col = ref ? columnIndex(ref) : nextCol;
      nextCol = col + 1;
      const body = cm[2] ?? '';
      const v = body.match(/<v>([\s\S]*?)<\/v>/)?.[1];
      const type = a.get('t') ?? 'n';
      let text = '';
      if (type === 's') text = v === undefined ? '' : (strings[Number(v)] ?? '');
      else if (type === 'inlineStr') text = textOf(body.match(/<is>([\s\S]*?)<\/is>/)?.[1] ?? '');
      else if (type === 'str' || type === 'e') text = v === undefined ? '' : unescapeXml(v);
      else if (type === 'b') text = v === '1' ? 'TRUE' : 'FALSE';
      else if (type === 'd') text = v === undefined ? '' : unescapeXml(v).slice(0, 10);
      else if (v !== undefined && v.trim() !== '') {
        const n = Number(v);
        text = Number.isFinite(n)
          ? showNumber(n, shown[Number(a.get('s') ?? 0)] ?? { kind: 'general' }, date1904)
          : unescapeXml(v);
      }
      cells[col] = text;
    }
    const used = cells.reduce((last, c, i) => (c !== undefined && c !== '' ? i + 1 : last), 0);
    if (used === 0) continue;
    width = Math.max(width, used);
    rows.push({ r, cells });
  }
  if (rows.length === 0) return '';
  const lines: string[] = [];
  let line = 1;
  for (const { r, cells } of rows) {
    // Empty rows stay as empty lines, so a line number is the sheet's row number.
    for (; line < r; line += 1) lines.push(','.repeat(width - 1));
    lines.push(Array.from({ length: width }, (_, i) => csvField(cells[i] ?? '')).join(','));
    line = r + 1;
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** A relationship target as a path in the zip (`worksheets/sheet1.xml` -> `xl/worksheets/...`). */
const partPath = (target: string) =>
  target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;

/**
 * The visible sheets of an .xlsx, in workbook order, each as CSV text (empty sheets left out).
 * Rejects with a WorkbookError saying what is wrong when the bytes are not a readable workbook.
 */
export async function readXlsxSheets(bytes: Uint8Array): Promise<WorkbookSheet[]> {
  const { unzipSync } = await import('fflate');
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes, {
      filter: (f) => {
        if (f.originalSize > MAX_PART_BYTES)
          throw new WorkbookError(`its part ${f.name} is larger than this page reads`);
        return f.name.startsWith('xl/') && /\.(xml|rels)$/.test(f.name);
      },
    });
  } catch (error) {
    if (error instanceof WorkbookError) throw error;
    throw new WorkbookError('it is not a complete zip archive');
  }
  const text = (path: string) => {
    const part = parts[path];
    return part ? decoder.decode(part) : undefined;
  };
  const workbook = text('xl/workbook.xml');
  if (workbook === undefined) throw new WorkbookError('it has no workbook part');
  const rels = new Map<string, string>();
  for (const m of (text('xl/_rels/workbook.xml.rels') ?? '').matchAll(/<Relationship\b([^>]*)>/g)) {
    const a = attributes(m[1]!);
    rels.set(a.get('Id') ?? '', a.get('Target') ?? '');
  }
  const date1904 = /<workbookPr\b[^>]*date1904\s*=\s*["'](1|true)["']/.test(workbook);
  const strings = sharedStrings(text('xl/sharedStrings.xml'));
  const shown = styles(text('xl/styles.xml'));
  const sheets: WorkbookSheet[] = [];
  for (const m of workbook.matchAll(/<sheet\b([^>]*)\/?>/g)) {
    const a = attributes(m[1]!);
    if (a.get('state') === 'hidden' || a.get('state') === 'veryHidden') continue;
    const target = rels.get(a.get('r:id') ?? '');
    const xml = target === undefined ? undefined : text(partPath(target));
    if (xml === undefined) continue;
    const csv = sheetCsv(xml, strings, shown, date1904);
    if (csv !== '')
      sheets.push({ sheet: a.get('name') ?? `Sheet ${sheets.length + 1}`, text: csv });
  }
  return sheets;
}

/** A sheet's name in the report: "Scorecard.xlsx, sheet Summary". */
export const sheetFileName = (file: string, sheet: string) => `${file}, sheet ${sheet}`;
/** Whether a file read is a sheet of the workbook dropped as `file`. */
export const isSheetOf = (read: string, file: string) => read.startsWith(sheetFileName(file, ''));

/** A dropped file's name and bytes, as the import worker receives them. */
export interface FileBytes {
  name: string;
  bytes: ArrayBuffer;
}

const encoder = new TextEncoder();

/**
 * The decode step for workbooks: each .xlsx among the files (told by its first bytes) replaced by
 * its visible sheets, each as its CSV text's UTF-8 bytes named "book.xlsx, sheet S", so the
 * importer reads each sheet as a CSV file, in order (a catalogue sheet names the indicators of a
 * monthly sheet after it). A workbook that cannot be read stays as it is (the importer names it
 * as a workbook, with what to do); one with no sheet with data becomes an empty file ("... is
 * empty: there is nothing to import"). Other files pass through untouched. Never rejects.
 */
export async function expandWorkbooks(files: readonly FileBytes[]): Promise<FileBytes[]> {
  const out: FileBytes[] = [];
  for (const f of files) {
    if (workbookKind(new Uint8Array(f.bytes)) !== 'xlsx') {
      out.push(f);
      continue;
    }
    try {
      const sheets = await readXlsxSheets(new Uint8Array(f.bytes));
      if (sheets.length === 0) out.push({ name: f.name, bytes: new ArrayBuffer(0) });
      for (const s of sheets) {
        const bytes = encoder.encode(s.text);
        out.push({ name: sheetFileName(f.name, s.sheet), bytes: bytes.buffer as ArrayBuffer });
      }
    } catch {
      out.push(f);
    }
  }
  return out;
}

/** A worker request with the workbooks among its files expanded (only a read carries files). */
export async function withWorkbookSheets(request: WorkerRequest): Promise<WorkerRequest> {
  if (request.type !== 'read') return request;
  return { ...request, files: await expandWorkbooks(request.files) };
}
