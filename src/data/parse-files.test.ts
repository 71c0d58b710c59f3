import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { respond, type ParseRequest } from '@/workers/parse.worker';
import { MAX_FILE_BYTES, parseFiles, parseWorkerReset, type InputFile } from './parse-files';

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
 * A stand-in for the browser's module Worker that runs our worker's `respond` a tick later, or
 * fails the way real workers fail: never starting (blocked script), or dying on one file.
 */
class FakeWorker {
  static instances: FakeWorker[] = [];
  static neverStarts = false;
  static diesOn = '';
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: ((e: Event) => void) | null = null;
  onmessageerror: ((e: Event) => void) | null = null;
  requests: ParseRequest[] = [];
  transfers: Transferable[][] = [];
  terminated = false;
  constructor(
    readonly url: URL | string,
    readonly options?: WorkerOptions,
  ) {
    FakeWorker.instances.push(this);
  }
  postMessage(request: ParseRequest, transfer: Transferable[]) {
    this.requests.push(request);
    this.transfers.push(transfer);
    setTimeout(() => {
      if (FakeWorker.neverStarts || request.file === FakeWorker.diesOn) {
        this.onerror?.(
          new ErrorEvent('error', { message: 'Worker script failed', cancelable: true }),
        );
      } else {
        this.onmessage?.(new MessageEvent('message', { data: respond(request) }));
      }
    }, 0);
  }
  terminate() {
    this.terminated = true;
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  parseWorkerReset();
  FakeWorker.instances = [];
  FakeWorker.neverStarts = false;
  FakeWorker.diesOn = '';
});

describe('parseFiles without a Worker (jsdom): in this thread', () => {
  it('reads the December 2015 scorecard sheet: 75 indicator rows', async () => {
    const [parsed] = await parseFiles([fixture('scorecard-2015-12.csv')], AT, []);
    expect(parsed?.kind).toBe('scorecard');
    expect(parsed?.rowsAccepted).toBe(75);
    expect(parsed?.observations[0]?.provenance.importedAt).toBe(AT);
  });

  it('keeps the order of the files and reports progress after each', async () => {
    const progress: string[] = [];
    const parsed = await parseFiles(
      [fixture('catalogue-2015.csv'), fixture('bad-number.csv', 'edge/bad-number.csv')],
      AT,
      [],
      (done, total) => progress.push(`${done}/${total}`),
    );
    expect(parsed.map((p) => [p.file, p.kind, p.rowsAccepted])).toEqual([
      ['catalogue-2015.csv', 'catalogue', 75],
      ['bad-number.csv', 'monthly-long', 5],
    ]);
    expect(parsed[1]?.problems.map((p) => [p.line, p.column, p.code])).toEqual([
      [4, 'value', 'invalid-number'],
    ]);
    expect(progress).toEqual(['1/2', '2/2']);
  });

  it.each<[string, InputFile, string, RegExp]>([
    [
      'a file that cannot be read',
      { name: 'locked.csv', arrayBuffer: () => Promise.reject(new Error('NotReadableError')) },
      'unreadable-file',
      /locked\.csv could not be read \(NotReadableError\)\. .*save it again as CSV/,
    ],
    [
      'a file over the size limit, refused unread',
      {
        name: 'huge.csv',
        size: MAX_FILE_BYTES + 1,
        arrayBuffer: () => Promise.reject(new Error('must not be read')),
      },
      'file-too-large',
      /huge\.csv is 100 MB, more than the 100 MB this page reads\. .*split the file/,
    ],
  ])('%s becomes a file with one error, never a rejection', async (_t, file, code, message) => {
    const [parsed] = await parseFiles([file], AT, []);
    expect(parsed).toMatchObject({
      file: file.name,
      kind: 'unknown',
      rowsAccepted: 0,
      observations: [],
    });
    expect(parsed?.problems).toHaveLength(1);
    expect(parsed?.problems[0]).toMatchObject({
      severity: 'error',
      code,
      file: file.name,
      line: 0,
    });
    expect(parsed?.problems[0]?.message).toMatch(message);
  });
});

describe('parseFiles with a Worker', () => {
  it('parses in one module worker, transferring the bytes, each file seeing the indicators before it', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const known = [(await parseFiles([fixture('catalogue-2015.csv')], AT, []))[0]!.indicators[0]!];
    parseWorkerReset();
    FakeWorker.instances = [];
    const parsed = await parseFiles(
      [fixture('catalogue-2015.csv'), fixture('bad-number.csv', 'edge/bad-number.csv')],
      AT,
      known,
    );
    expect(FakeWorker.instances).toHaveLength(1);
    const w = FakeWorker.instances[0]!;
    expect(String(w.url)).toMatch(/\/workers\/parse\.worker\.ts/);
    expect(w.options).toEqual({ type: 'module' });
    expect(w.transfers.map((t, i) => t.length === 1 && t[0] === w.requests[i]?.bytes)).toEqual([
      true,
      true,
    ]);
    expect(w.requests.map((r) => [r.file, r.importedAt, r.catalogue.length])).toEqual([
      ['catalogue-2015.csv', AT, 1],
      ['bad-number.csv', AT, 75],
    ]);
    expect(parsed.map((p) => p.rowsAccepted)).toEqual([75, 5]);
  });

  it('falls back to this thread when the worker cannot start (e.g. blocked)', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    FakeWorker.neverStarts = true;
    const parsed = await parseFiles(
      [fixture('scorecard-2015-12.csv'), fixture('catalogue-2015.csv')],
      AT,
      [],
    );
    expect(parsed.map((p) => [p.kind, p.rowsAccepted])).toEqual([
      ['scorecard', 75],
      ['catalogue', 75],
    ]);
    // The second file did not even try the broken worker.
    expect(FakeWorker.instances.flatMap((w) => w.requests)).toHaveLength(1);
  });

  it('reports the one file a working worker died on, and reads the next in a new worker', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    FakeWorker.diesOn = 'poison.csv';
    const parsed = await parseFiles(
      [
        fixture('catalogue-2015.csv'),
        fixture('poison.csv', 'edge/bad-number.csv'),
        fixture('scorecard-2015-12.csv'),
      ],
      AT,
      [],
    );
    expect(parsed.map((p) => [p.file, p.kind, p.rowsAccepted])).toEqual([
      ['catalogue-2015.csv', 'catalogue', 75],
      ['poison.csv', 'unknown', 0],
      ['scorecard-2015-12.csv', 'scorecard', 75],
    ]);
    expect(parsed[1]?.problems[0]?.message).toMatch(
      /poison\.csv could not be read \(Worker script failed\)/,
    );
    expect(FakeWorker.instances.map((w) => w.terminated)).toEqual([true, false]);
  });
});
