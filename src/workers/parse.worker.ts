/// <reference lib="webworker" />
/**
 * Our own module worker: the import pipeline off the main thread (see `import-protocol.ts`). It
 * decodes, parses and validates dropped files, compares them with its copy of the workspace's
 * values (the preview), and on Confirm merges them and sends back patches as columns. (PapaParse's
 * `worker: true` builds a blob-URL worker that our Content-Security-Policy blocks, and it would
 * parse text, not bytes: decoding, UTF-8 strict with the Windows-1252 fallback, belongs to the
 * domain.) It only calls the domain, through `ImportSession`.
 *
 * Started by `src/data/import-client.ts` as
 * `new Worker(new URL('../workers/parse.worker.ts', import.meta.url), { type: 'module' })`.
 */
import '@/workers/no-network';
import { ImportSession } from '@/workers/import-session';
import type { Progress, WorkerRequest, WorkerResponse } from '@/workers/import-protocol';
import { patchBuffers } from '@/domain/observation-columns';
import { withWorkbookSheets } from '@/workers/xlsx';

/** Progress is sent at most this often (the page shows it; every row would flood it). */
export const PROGRESS_EVERY_MS = 100;

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Answers one request; `post` sends a response (with the buffers to transfer). Bad input never
 * throws (the domain reports it as problems); a throw is a bug, answered as `failed`.
 */
export function handle(
  session: ImportSession,
  request: WorkerRequest,
  post: (response: WorkerResponse, transfer?: Transferable[]) => void,
  now: () => number = () => performance.now(),
): void {
  switch (request.type) {
    case 'base':
      session.setBase(request.key, request.columns);
      return;
    case 'forget':
      session.forget(request.read);
      return;
    case 'read': {
      let last = -Infinity;
      let file = request.files[0]?.name ?? '';
      const progress = (p: Progress) => {
        file = p.file;
        const t = now();
        if (t - last < PROGRESS_EVERY_MS && p.stage !== 'comparing') return;
        last = t;
        post({ type: 'progress', id: request.id, progress: p });
      };
      try {
        const result = session.read(
          request.id,
          request.files,
          request.importedAt,
          request.base,
          progress,
        );
        post({ type: 'read', id: request.id, result });
      } catch (error) {
        post({ type: 'failed', id: request.id, reason: describe(error), file });
      }
      return;
    }
    case 'merge':
      try {
        const patches = session.mergeEncoded(request.read, request.nextKey);
        post({ type: 'merged', id: request.id, patches }, patches.flatMap(patchBuffers));
      } catch (error) {
        post({ type: 'failed', id: request.id, reason: describe(error), file: '' });
      }
      return;
  }
}

// Only inside a worker (no `window`): importing this module in a test must not take over onmessage.
if (typeof window === 'undefined' && typeof self !== 'undefined') {
  const scope = self as unknown as DedicatedWorkerGlobalScope;
  const session = new ImportSession();
  // Workbooks are first unzipped into their sheets (./xlsx, its zip reader loaded only then);
  // requests wait in a queue, so they are still handled in the order they came.
  let queue = Promise.resolve();
  scope.postMessage({ type: 'ready', id: 0 } satisfies WorkerResponse);
  scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
    queue = queue.then(async () =>
      handle(session, await withWorkbookSheets(event.data), (response, transfer) =>
        scope.postMessage(response, transfer ?? []),
      ),
    );
  };
}
