import type { Indicator, ParsedFile } from '@/domain/types';
import { parseFile } from '@/domain/import/parse-file';
import type { ParseRequest, ParseResponse } from '@/workers/parse.worker';

/** A file the browser handed us: a File, or anything with a name and bytes (tests). */
export interface InputFile {
  name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, (r: ParseResponse) => void>();

function getWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  if (!worker) {
    worker = new Worker(new URL('../workers/parse.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<ParseResponse>) => {
      pending.get(e.data.id)?.(e.data);
      pending.delete(e.data.id);
    };
  }
  return worker;
}

function inWorker(w: Worker, req: Omit<ParseRequest, 'id'>): Promise<ParseResponse> {
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, resolve);
    w.postMessage({ ...req, id }, [req.bytes]);
  });
}

/**
 * Reads and parses files one after another in the parsing worker (or in this thread where there
 * is no Worker, as in jsdom tests). Each file sees the indicators of the files before it, so a
 * catalogue dropped with a monthly file names its indicators. A file that cannot even be read
 * becomes a ParsedFile with one error, never a rejected promise.
 */
export async function parseFiles(
  files: InputFile[],
  importedAt: string,
  catalogue: Indicator[],
  onProgress?: (done: number, total: number) => void,
): Promise<ParsedFile[]> {
  const results: ParsedFile[] = [];
  let known = [...catalogue];
  for (const [i, f] of files.entries()) {
    let parsed: ParsedFile;
    try {
      const bytes = await f.arrayBuffer();
      const w = getWorker();
      if (w) {
        const r = await inWorker(w, { file: f.name, bytes, importedAt, catalogue: known });
        parsed = r.ok ? r.parsed : failed(f.name, r.reason);
      } else {
        parsed = parseFile(f.name, new Uint8Array(bytes), importedAt, known);
      }
    } catch (error) {
      parsed = failed(f.name, error instanceof Error ? error.message : String(error));
    }
    results.push(parsed);
    known = [...known, ...parsed.indicators];
    onProgress?.(i + 1, files.length);
  }
  return results;
}

function failed(file: string, reason: string): ParsedFile {
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
    problems: [
      { severity: 'error', code: 'unreadable-file', file, line: 0, column: '', message: `${file} could not be read (${reason}). Save it again as CSV and retry.` },
    ],
  };
}
