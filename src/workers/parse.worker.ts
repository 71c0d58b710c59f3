/// <reference lib="webworker" />
/**
 * Our own module worker: decodes and parses one dropped file off the main thread, so a large
 * file never freezes the page. (PapaParse's `worker: true` builds a blob-URL worker that our
 * Content-Security-Policy blocks.) It only calls the domain.
 */
import { parseFile } from '@/domain/import/parse-file';
import type { Indicator, ParsedFile } from '@/domain/types';

export interface ParseRequest {
  id: number;
  file: string;
  bytes: ArrayBuffer;
  importedAt: string;
  catalogue: Indicator[];
}

export type ParseResponse =
  | { id: number; ok: true; parsed: ParsedFile }
  | { id: number; ok: false; file: string; reason: string };

self.onmessage = (event: MessageEvent<ParseRequest>) => {
  const { id, file, bytes, importedAt, catalogue } = event.data;
  let response: ParseResponse;
  try {
    response = { id, ok: true, parsed: parseFile(file, new Uint8Array(bytes), importedAt, catalogue) };
  } catch (error) {
    response = { id, ok: false, file, reason: error instanceof Error ? error.message : String(error) };
  }
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(response);
};
