import type { ImportProblem, Indicator, ParsedFile } from '@/domain/types';
import { parseFile } from '@/domain/import/parse-file';
import type { ParseRequest, ParseResponse } from '@/workers/parse.worker';

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

type Settle = (response: ParseResponse | WorkerFailure) => void;
interface WorkerFailure {
  ok: 'worker-failed';
  reason: string;
}

let worker: Worker | null = null;
/** Set when the worker could not start at all: from then on files are parsed in this thread. */
let workerUnavailable = false;
/** Whether the current worker has answered at least once (it loaded and runs). */
let workerAnswered = false;
let nextId = 1;
const pending = new Map<number, Settle>();

function failAllPending(reason: string) {
  const settles = [...pending.values()];
  pending.clear();
  for (const settle of settles) settle({ ok: 'worker-failed', reason });
}

function getWorker(): Worker | null {
  if (workerUnavailable || typeof Worker === 'undefined') return null;
  if (worker) return worker;
  try {
    worker = new Worker(new URL('../workers/parse.worker.ts', import.meta.url), {
      type: 'module',
    });
  } catch {
    workerUnavailable = true;
    return null;
  }
  workerAnswered = false;
  worker.onmessage = (event: MessageEvent<ParseResponse>) => {
    workerAnswered = true;
    pending.get(event.data.id)?.(event.data);
    pending.delete(event.data.id);
  };
  const onFailure = (event: Event) => {
    event.preventDefault();
    // A worker that never answered could not start (blocked, or no module workers): parse in
    // this thread instead. One that worked and then failed hit a bad file: report that file.
    if (!workerAnswered) workerUnavailable = true;
    worker?.terminate();
    worker = null;
    const reason =
      event instanceof ErrorEvent && event.message
        ? event.message
        : 'the background reader stopped';
    failAllPending(reason);
  };
  worker.onerror = onFailure;
  worker.onmessageerror = onFailure;
  return worker;
}

function inWorker(
  w: Worker,
  request: Omit<ParseRequest, 'id'>,
): Promise<ParseResponse | WorkerFailure> {
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, resolve);
    w.postMessage({ ...request, id } satisfies ParseRequest, [request.bytes]);
  });
}

/** Parses one file's bytes: in the worker when there is one, else in this thread. */
async function parseOne(
  name: string,
  bytes: ArrayBuffer,
  importedAt: string,
  catalogue: Indicator[],
): Promise<ParsedFile> {
  const w = getWorker();
  if (!w) return parseFile(name, new Uint8Array(bytes), importedAt, catalogue);
  // The worker takes ownership of the bytes; keep a copy only while it might fail to start.
  const copy = workerAnswered ? null : bytes.slice(0);
  const response = await inWorker(w, { file: name, bytes, importedAt, catalogue });
  if (response.ok === true) return response.parsed;
  if (response.ok === false) return unreadable(name, `the reader failed: ${response.reason}`);
  if (workerUnavailable && copy)
    return parseFile(name, new Uint8Array(copy), importedAt, catalogue);
  return unreadable(name, response.reason);
}

/**
 * Reads and parses files one after another in the parsing worker, or in this thread where there
 * is no Worker (jsdom tests) or it cannot start. One at a time, in the order given, because each
 * file sees the indicators of the files before it: a catalogue dropped with a monthly file names
 * its indicators. Never rejects: a file that cannot be read becomes a ParsedFile of kind
 * 'unknown' with one error saying what to do. `onProgress` is called after each file.
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
    let parsed: ParsedFile;
    if (f.size !== undefined && f.size > MAX_FILE_BYTES) {
      parsed = unreadableFile(
        f.name,
        'file-too-large',
        `${f.name} is ${Math.round(f.size / 1024 / 1024)} MB, more than the 100 MB this page reads. Export only the indicators and months you need, or split the file, and import the parts.`,
      );
    } else {
      try {
        parsed = await parseOne(f.name, await f.arrayBuffer(), importedAt, known);
      } catch (error) {
        parsed = unreadable(f.name, error instanceof Error ? error.message : String(error));
      }
    }
    results.push(parsed);
    known = [...known, ...parsed.indicators.filter((n) => !known.some((k) => k.id === n.id))];
    onProgress?.(i + 1, files.length);
  }
  return results;
}

function unreadable(file: string, reason: string): ParsedFile {
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

/** Stops the worker and forgets its state: for tests. */
export function parseWorkerReset(): void {
  worker?.terminate();
  worker = null;
  workerUnavailable = false;
  workerAnswered = false;
  failAllPending('reset');
}
