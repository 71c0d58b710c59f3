/**
 * The page's side of the import pipeline: sends files to the import worker, reports its
 * progress, keeps the worker's copy of the workspace's values in step (sent as columns only when
 * the worker holds another version), and on Confirm turns the worker's patches back into values a
 * slice at a time, yielding between slices so no task blocks the page for long. Cancel stops the
 * worker (terminate, and a new one is started) and nothing changes. Without a Worker (jsdom) or
 * when it cannot start, files are read here instead (`parseFiles`) and merged by the store.
 */
import type { Observation, ParsedFile, WorkspaceData } from '@/domain/types';
import type { ObservationPatch } from '@/domain/workspace';
import { previewImport } from '@/domain/import-preview';
import { findConflicts } from '@/domain/import/conflicts';
import { PatchReader, columnBuffers } from '@/domain/observation-columns';
import { SLICE, encodeInSlices, yieldToPage } from '@/data/slices';
import { isSheetOf } from '@/workers/xlsx';
import { isParsed, parseFiles, readBytes, unreadable, type InputFile } from '@/data/parse-files';
import type {
  CappedPreview,
  Progress,
  ReadResult,
  WorkerRequest,
  WorkerResponse,
} from '@/workers/import-protocol';

export type { CappedPreview, Progress };

/** What reading files gave: the files (values in the worker when `read` is set) and the preview. */
export interface ReadOutcome extends ReadResult {
  importedAt: string;
  /** The worker's name for this read, or null when the files were read in this thread. */
  read: number | null;
  /** The version of the workspace's values the preview is against. */
  baseKey: number;
}

export class ImportCancelled extends Error {
  constructor() {
    super('The import was cancelled.');
  }
}

// --- versions of the workspace's values ---------------------------------------------------

const keys = new WeakMap<readonly Observation[], number>();
let lastKey = 0;

/** Names this version of the values (an array is never changed in place; empty is always 0). */
export function observationsKey(observations: readonly Observation[]): number {
  if (observations.length === 0) return 0;
  let key = keys.get(observations);
  if (key === undefined) {
    key = ++lastKey;
    keys.set(observations, key);
  }
  return key;
}

/** The values after a merge are the version the worker made: the same name, nothing to send. */
export function observationsMerged(observations: readonly Observation[], key: number): void {
  if (observations.length > 0) keys.set(observations, key);
}

// --- the worker ------------------------------------------------------------------------------

interface Pending {
  onProgress: (p: Progress) => void;
  settle: (r: WorkerResponse | { type: 'stopped'; reason: string; cancelled: boolean }) => void;
}

let worker: Worker | null = null;
let workerUnavailable = false;
let workerAnswered = false;
/** The version of the values the worker holds (0 after it starts). */
let workerKey = 0;
let nextId = 1;
const pending = new Map<number, Pending>();

function stopAll(reason: string, cancelled: boolean) {
  const all = [...pending.values()];
  pending.clear();
  for (const p of all) p.settle({ type: 'stopped', reason, cancelled });
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
  workerKey = 0;
  worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
    workerAnswered = true;
    const data = event.data;
    // 'ready': the worker started, so no copy of the next files is needed to read them here.
    if (data.type === 'ready') return;
    const p = pending.get(data.id);
    if (!p) return;
    if (data.type === 'progress') p.onProgress(data.progress);
    else {
      pending.delete(data.id);
      p.settle(data);
    }
  };
  const onFailure = (event: Event) => {
    event.preventDefault();
    // A worker that never answered could not start (blocked, or no module workers): read in
    // this thread instead. One that worked and then failed hit a bad file: report that file.
    if (!workerAnswered) workerUnavailable = true;
    worker?.terminate();
    worker = null;
    stopAll(
      event instanceof ErrorEvent && event.message
        ? event.message
        : 'the background reader stopped',
      false,
    );
  };
  worker.onerror = onFailure;
  worker.onmessageerror = onFailure;
  return worker;
}

function ask(
  w: Worker,
  request: WorkerRequest & { id: number },
  transfer: Transferable[],
  onProgress: (p: Progress) => void = () => {},
) {
  return new Promise<WorkerResponse | { type: 'stopped'; reason: string; cancelled: boolean }>(
    (resolve) => {
      pending.set(request.id, { onProgress, settle: resolve });
      w.postMessage(request, transfer);
    },
  );
}

/** Sends the worker this version of the values unless it holds it already. */
async function sendBase(w: Worker, observations: readonly Observation[]): Promise<number> {
  const key = observationsKey(observations);
  if (key === workerKey) return key;
  const columns = await encodeInSlices(observations);
  if (worker !== w) throw new ImportCancelled();
  w.postMessage({ type: 'base', key, columns } satisfies WorkerRequest, columnBuffers(columns));
  workerKey = key;
  return key;
}

/**
 * Starts the worker before any file is chosen (the Import screen calls it when it opens), so the
 * reader's code is fetched and compiled while the user looks for the file, not after choosing
 * it. Nothing else is sent; the first read still sends the workspace's values.
 */
export function prepareImport(): void {
  getWorker();
}

/** Stops whatever the worker is doing (the user chose Cancel) and starts a fresh one. */
export function cancelImport(): void {
  if (worker) {
    worker.terminate();
    worker = null;
  }
  stopAll('cancelled', true);
  getWorker();
}

// --- reading and merging -----------------------------------------------------------------------

const cap = (preview: ReturnType<typeof previewImport>): CappedPreview => ({
  ...preview,
  totals: { newValues: preview.newValues.length, revisions: preview.revisions.length },
});

/** Reads in this thread (no worker): the files keep their values, and the store merges them. */
async function readHere(
  files: readonly InputFile[],
  importedAt: string,
  base: WorkspaceData,
  onProgress: (p: Progress) => void,
): Promise<ReadOutcome> {
  const parsed = await parseFiles(files, importedAt, base.indicators, (done, total) =>
    onProgress({
      file: files[done - 1]?.name ?? '',
      fileIndex: done - 1,
      fileCount: total,
      stage: 'checking',
      percent: 100,
      rows: 0,
    }),
  );
  const conflicts = findConflicts(parsed);
  return {
    files: parsed,
    preview: cap(previewImport(base, parsed)),
    conflicts,
    conflictCount: conflicts.length,
    importedAt,
    read: null,
    baseKey: observationsKey(base.observations),
  };
}

/**
 * Reads, checks and previews files against `base` (the workspace the import goes into).
 * Rejects with ImportCancelled when the user cancelled; otherwise never rejects: a file that
 * cannot be read is reported in its ParsedFile.
 */
export async function readForImport(
  files: readonly InputFile[],
  importedAt: string,
  base: WorkspaceData,
  onProgress: (p: Progress) => void,
): Promise<ReadOutcome> {
  const w = getWorker();
  if (!w) return readHere(files, importedAt, base, onProgress);
  const refused: ParsedFile[] = [];
  const toSend: { name: string; bytes: ArrayBuffer }[] = [];
  for (const f of files) {
    const bytes = await readBytes(f);
    if (isParsed(bytes)) refused.push(bytes);
    else toSend.push({ name: f.name, bytes });
  }
  // The worker takes the bytes; keep a copy only while it might fail to start.
  const copies = workerAnswered ? null : toSend.map((f) => f.bytes.slice(0));
  const baseKey = await sendBase(w, base.observations);
  const id = nextId++;
  const response = await ask(
    w,
    {
      type: 'read',
      id,
      files: toSend,
      importedAt,
      base: { key: baseKey, indicators: base.indicators, benchmarks: base.benchmarks },
    },
    toSend.map((f) => f.bytes),
    onProgress,
  );
  if (response.type === 'stopped' && response.cancelled) throw new ImportCancelled();
  if (response.type === 'stopped' && workerUnavailable && copies) {
    const again = toSend.map((f, i) => ({
      name: f.name,
      arrayBuffer: () => Promise.resolve(copies[i]!),
    }));
    return readHere([...again], importedAt, base, onProgress);
  }
  if (response.type === 'read') {
    const result = response.result;
    // Files refused unread go in their place (order kept), with nothing to merge; a workbook
    // read as its sheets gives each sheet in its place.
    const out = files.flatMap((f) => {
      const refusedFile = refused.find((r) => r.file === f.name);
      if (refusedFile) return [refusedFile];
      const read = result.files.filter((r) => r.file === f.name || isSheetOf(r.file, f.name));
      return read.length > 0 ? read : [unreadable(f.name, 'not read')];
    });
    return { ...result, files: out, importedAt, read: id, baseKey };
  }
  const reason =
    response.type === 'stopped' || response.type === 'failed'
      ? response.reason
      : 'the background reader stopped';
  const failed = files.map((f) => unreadable(f.name, `the reader failed: ${reason}`));
  return {
    files: failed,
    preview: cap(previewImport(base, failed)),
    conflicts: [],
    conflictCount: 0,
    importedAt,
    read: null,
    baseKey: observationsKey(base.observations),
  };
}

/** The files read are not wanted (Cancel on the review): the worker forgets them. */
export function forgetRead(read: ReadOutcome): void {
  if (read.read !== null && worker) worker.postMessage({ type: 'forget', read: read.read });
}

/**
 * Confirm: the worker merges the files read into its copy of the values and sends one patch per
 * file; they are decoded here a slice at a time. Null when the files were read in this thread
 * (the store merges them). Rejects when the worker no longer holds them, or it was cancelled.
 */
export async function mergeForImport(
  read: ReadOutcome,
  current: readonly Observation[],
  onProgress: (percent: number) => void,
): Promise<{ patches: ObservationPatch[]; key: number } | null> {
  if (read.read === null) return null;
  if (observationsKey(current) !== read.baseKey)
    throw new Error('The workspace changed since these files were read. Choose them again.');
  const w = worker;
  if (!w) throw new Error('The files read are no longer held. Choose them again.');
  const nextKey = ++lastKey;
  const id = nextId++;
  const response = await ask(w, { type: 'merge', id, read: read.read, nextKey }, []);
  if (response.type === 'stopped' && response.cancelled) throw new ImportCancelled();
  if (response.type !== 'merged')
    throw new Error(
      `The import could not be merged (${'reason' in response ? response.reason : 'no answer'}).`,
    );
  workerKey = nextKey;
  const total = response.patches.reduce((n, p) => n + p.observations.count + p.previous.count, 0);
  let done = 0;
  const patches: ObservationPatch[] = [];
  for (const columns of response.patches) {
    const reader = new PatchReader(columns);
    while (!reader.step(SLICE)) {
      done += SLICE;
      onProgress(total === 0 ? 100 : Math.min(99, Math.floor((done / total) * 100)));
      await yieldToPage();
    }
    patches.push(reader.patch);
  }
  return { patches, key: nextKey };
}

/** Stops the worker and forgets its state: for tests. */
export function importWorkerReset(): void {
  worker?.terminate();
  worker = null;
  workerUnavailable = false;
  workerAnswered = false;
  workerKey = 0;
  stopAll('reset', false);
}
