import type { ImportProblem, Indicator, ParsedFile } from '@/domain/types';
import { parseFile } from '@/domain/import/parse-file';
import { expandWorkbooks, type FileBytes } from '@/workers/xlsx';

/** A file the browser handed us: a File, or anything with a name and bytes (tests). */
export interface InputFile {
  name: string;
  /** Bytes, when known before reading (a File has it): lets us refuse a huge file unread. */
  size?: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/**
 * Files larger than this (100 MB) are refused unread, with a problem the user can act on. The
 * largest real input, a DfE national table, is well under 1 MB; reading a much larger file into
 * memory risks crashing the tab, which SPEC 5 forbids.
 */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

/**
 * A file's bytes, or the ParsedFile that says why it cannot be read: a file over MAX_FILE_BYTES is
 * refused unread, one the browser cannot read becomes a file of kind 'unknown' with one error
 * saying what to do.
 */
/** Whether `readBytes` said why a file cannot be read (instead of its bytes). */
export const isParsed = (x: ArrayBuffer | ParsedFile): x is ParsedFile =>
  typeof (x as ParsedFile).kind === 'string';

export async function readBytes(f: InputFile): Promise<ArrayBuffer | ParsedFile> {
  if (f.size !== undefined && f.size > MAX_FILE_BYTES)
    return unreadableFile(
      f.name,
      'file-too-large',
      `${f.name} is ${Math.round(f.size / 1024 / 1024)} MB, more than the 100 MB this page reads. Export only the indicators and months you need, or split the file, and import the parts.`,
    );
  try {
    return await f.arrayBuffer();
  } catch (error) {
    return unreadable(f.name, error instanceof Error ? error.message : String(error));
  }
}

/**
 * Reads and parses files one after another in this thread: where there is no Worker (jsdom
 * tests) or it cannot start (`import-client.ts` uses the worker otherwise). In the order given,
 * because each file sees the indicators of the files before it: a catalogue dropped with a
 * monthly file names its indicators. Never rejects. `onProgress` is called after each file.
 */
export async function parseFiles(
  files: readonly InputFile[],
  importedAt: string,
  catalogue: readonly Indicator[],
  onProgress?: (done: number, total: number) => void,
): Promise<ParsedFile[]> {
  const results: ParsedFile[] = [];
  let known = [...catalogue];
  for (const [i, f] of files.entries()) {
    const bytes = await readBytes(f);
    // A workbook is read sheet by sheet, each sheet as a file (as in the worker).
    const pieces: (FileBytes | ParsedFile)[] = isParsed(bytes)
      ? [bytes]
      : await expandWorkbooks([{ name: f.name, bytes }]);
    for (const piece of pieces) {
      let parsed: ParsedFile;
      if ('bytes' in piece) {
        try {
          parsed = parseFile(piece.name, new Uint8Array(piece.bytes), importedAt, known);
        } catch (error) {
          parsed = unreadable(piece.name, error instanceof Error ? error.message : String(error));
        }
      } else parsed = piece;
      results.push(parsed);
      known = [...known, ...parsed.indicators.filter((n) => !known.some((k) => k.id === n.id))];
    }
    onProgress?.(i + 1, files.length);
  }
  return results;
}

export function unreadable(file: string, reason: string): ParsedFile {
  return unreadableFile(
    file,
    'unreadable-file',
    `${file} could not be read (${reason}). Check it opens in a spreadsheet, save it again as CSV, and import it again.`,
  );
}

function unreadableFile(file: string, code: string, message: string): ParsedFile {
  const problem: ImportProblem = { severity: 'error', code, file, line: 0, column: '', message };
  return {
    file,
    kind: 'unknown',
    rowsRead: 0,
    rowsAccepted: 0,
    indicators: [],
    observations: [],
    benchmarks: [],
    importedYtd: [],
    printed: [],
    population: [],
    problems: [problem],
  };
}
