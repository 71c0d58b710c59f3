import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyWorkspace, mergeImport } from '@/domain/workspace';
import { handle } from '@/workers/parse.worker';
import { ImportSession } from '@/workers/import-session';
import type { WorkerRequest, WorkerResponse } from '@/workers/import-protocol';
import type { InputFile } from './parse-files';
import {
  ImportCancelled,
  cancelImport,
  importWorkerReset,
  mergeForImport,
  observationsKey,
  observationsMerged,
  readForImport,
  type Progress,
} from './import-client';

const fixture = (name: string, path = name): InputFile => {
  const b = readFileSync(resolve(process.cwd(), 'fixtures', path));
  return {
    name,
    size: b.byteLength,
    arrayBuffer: async () =>
      b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer,
  };
};
const AT = '2016-01-10T09:00:00.000Z';

/**
 * A stand-in for the browser's module Worker running our worker's `handle` a tick later, with its
 * own ImportSession; or failing as real workers fail (never starting), or never answering (to
 * cancel).
 */
class FakeWorker {
  static instances: FakeWorker[] = [];
  static neverStarts = false;
  static silent = false;
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: ((e: Event) => void) | null = null;
  onmessageerror: ((e: Event) => void) | null = null;
  requests: WorkerRequest[] = [];
  transfers: Transferable[][] = [];
  terminated = false;
  session = new ImportSession();
  constructor(
    readonly url: URL | string,
    readonly options?: WorkerOptions,
  ) {
    FakeWorker.instances.push(this);
  }
  postMessage(request: WorkerRequest, transfer: Transferable[] = []) {
    this.requests.push(request);
    this.transfers.push(transfer);
    setTimeout(() => {
      if (this.terminated) return;
      if (FakeWorker.neverStarts) {
        this.onerror?.(
          new ErrorEvent('error', { message: 'Worker script failed', cancelable: true }),
        );
        return;
      }
      if (FakeWorker.silent && request.type === 'read') return;
      handle(this.session, request, (response: WorkerResponse) =>
        this.onmessage?.(new MessageEvent('message', { data: response })),
      );
    }, 0);
  }
  terminate() {
    this.terminated = true;
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  importWorkerReset();
  FakeWorker.instances = [];
  FakeWorker.neverStarts = false;
  FakeWorker.silent = false;
});

describe('reading for an import, with a Worker', () => {
  it('sends the bytes (transferred) to one module worker; the page gets the files without their values, and the preview', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const progress: Progress[] = [];
    const read = await readForImport(
      [fixture('catalogue-2015.csv'), fixture('detail-monthly-2015.csv')],
      AT,
      emptyWorkspace(),
      (p) => progress.push(p),
    );
    expect(FakeWorker.instances).toHaveLength(1);
    const w = FakeWorker.instances[0]!;
    expect(String(w.url)).toMatch(/\/workers\/parse\.worker\.ts/);
    expect(w.options).toEqual({ type: 'module' });
    const request = w.requests[0]!;
    expect(request.type).toBe('read');
    if (request.type !== 'read') return;
    expect(w.transfers[0]).toEqual(request.files.map((f) => f.bytes));
    // An empty workspace: nothing to send first.
    expect(w.requests.map((r) => r.type)).toEqual(['read']);
    expect(
      read.files.map((f) => [f.kind, f.observations.length, (f.observationCount ?? 0) > 0]),
    ).toEqual([
      ['catalogue', 0, false],
      [read.files[1]!.kind, 0, true],
    ]);
    expect(read.preview.newIndicators).toHaveLength(75);
    expect(read.preview.totals.newValues).toBe(read.files[1]!.observationCount);
    expect(progress.some((p) => p.stage === 'comparing')).toBe(true);
  });

  it('Confirm: patches from the worker give the workspace a merge in this thread gives; the next read sends no values', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const files = [fixture('catalogue-2015.csv'), fixture('detail-monthly-2015.csv')];
    const read = await readForImport(files, AT, emptyWorkspace(), () => {});
    const merged = await mergeForImport(read, [], () => {});
    expect(merged).not.toBeNull();
    const ws = mergeImport(emptyWorkspace(), read.files, AT, merged!.patches);
    observationsMerged(ws.observations, merged!.key);
    // The same files read and merged here, values and all.
    vi.unstubAllGlobals();
    importWorkerReset();
    const here = await readForImport(files, AT, emptyWorkspace(), () => {});
    expect(ws).toEqual(mergeImport(emptyWorkspace(), here.files, AT));
    // The worker holds this version of the values already: a re-import sends no 'base'.
    vi.stubGlobal('Worker', FakeWorker);
    FakeWorker.instances = [];
    const again = await readForImport([fixture('detail-monthly-2015.csv')], AT, ws, () => {});
    expect(FakeWorker.instances[0]!.requests.map((r) => r.type)).toEqual(['base', 'read']);
    expect(again.preview.unchanged).toBeGreaterThan(0);
    expect(observationsKey(ws.observations)).toBe(again.baseKey);
  });

  it('Cancel stops the worker: the read rejects with ImportCancelled, and a new worker reads the next file', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    FakeWorker.silent = true;
    const reading = readForImport(
      [fixture('detail-monthly-2015.csv')],
      AT,
      emptyWorkspace(),
      () => {},
    );
    await new Promise((r) => setTimeout(r, 5));
    cancelImport();
    await expect(reading).rejects.toBeInstanceOf(ImportCancelled);
    expect(FakeWorker.instances[0]!.terminated).toBe(true);
    FakeWorker.silent = false;
    const next = await readForImport(
      [fixture('catalogue-2015.csv')],
      AT,
      emptyWorkspace(),
      () => {},
    );
    expect(next.files[0]!.rowsAccepted).toBe(75);
    expect(FakeWorker.instances).toHaveLength(2);
  });

  it('falls back to this thread when the worker cannot start (e.g. blocked)', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    FakeWorker.neverStarts = true;
    const read = await readForImport(
      [fixture('scorecard-2015-12.csv'), fixture('catalogue-2015.csv')],
      AT,
      emptyWorkspace(),
      () => {},
    );
    expect(read.read).toBeNull();
    expect(read.files.map((p) => [p.kind, p.rowsAccepted])).toEqual([
      ['scorecard', 75],
      ['catalogue', 75],
    ]);
    // Read here, the files keep their values and the store merges them.
    expect(await mergeForImport(read, [], () => {})).toBeNull();
  });

  it('refuses to merge into a workspace changed since the files were read', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const read = await readForImport(
      [fixture('detail-monthly-2015.csv')],
      AT,
      emptyWorkspace(),
      () => {},
    );
    // Another tab saved a value meanwhile: a new version of the values.
    const other = [
      {
        indicatorId: '2.1',
        period: '2015-12',
        value: 1,
        numerator: null,
        denominator: null,
        decimals: 0,
        raw: '1',
        note: '',
        provenance: { file: 'b.csv', importedAt: AT, line: 2 },
      },
    ];
    await expect(mergeForImport(read, other, () => {})).rejects.toThrow(
      /changed since these files were read/,
    );
  });
});
