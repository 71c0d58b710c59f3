/// <reference lib="webworker" />
/**
 * Our own module worker: decodes and parses one dropped file off the main thread, so a large
 * file never freezes the page. (PapaParse's `worker: true` builds a blob-URL worker that our
 * Content-Security-Policy blocks, and it would parse text, not bytes: decoding, UTF-8 strict with
 * the Windows-1252 fallback, belongs to the domain.) It only calls the domain.
 *
 * Started by `src/data/parse-files.ts` as
 * `new Worker(new URL('../workers/parse.worker.ts', import.meta.url), { type: 'module' })`.
 */
import '@/workers/no-network';
import { parseFile } from '@/domain/import/parse-file';
import type { Indicator, ParsedFile } from '@/domain/types';

/** One file to parse. `bytes` is transferred, not copied. */
export interface ParseRequest {
  /** Matches the response to its request. */
  id: number;
  file: string;
  bytes: ArrayBuffer;
  /** ISO timestamp stamped on every value's provenance. */
  importedAt: string;
  /** Indicators already known (the workspace's and those of files parsed before this one). */
  catalogue: Indicator[];
}

/** Why a file came back without a ParsedFile: the parser itself failed (a programmer error). */
export type ParseErrorCode = 'parser-failed';

export type ParseResponse =
  | { id: number; ok: true; parsed: ParsedFile }
  | { id: number; ok: false; code: ParseErrorCode; file: string; reason: string };

/**
 * Parses one request. Bad input never throws (the domain reports it as problems in the
 * ParsedFile); a throw here is a bug in the parser, returned as a typed error so the page can
 * report the file and carry on with the others.
 */
export function respond(request: ParseRequest): ParseResponse {
  const { id, file, bytes, importedAt, catalogue } = request;
  try {
    return { id, ok: true, parsed: parseFile(file, new Uint8Array(bytes), importedAt, catalogue) };
  } catch (error) {
    return {
      id,
      ok: false,
      code: 'parser-failed',
      file,
      reason: error instanceof Error ? error.message : String(error),
    };
  }
}

// Only inside a worker (no `window`): importing this module in a test must not take over onmessage.
if (typeof window === 'undefined' && typeof self !== 'undefined') {
  const scope = self as unknown as DedicatedWorkerGlobalScope;
  scope.onmessage = (event: MessageEvent<ParseRequest>) => {
    scope.postMessage(respond(event.data));
  };
}
