import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Observation } from '@/domain/types';
import { encodeObservations } from '@/domain/observation-columns';
import { handle } from './parse.worker';
import { ImportSession } from './import-session';
import type { WorkerResponse } from './import-protocol';

const bytes = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;
const fixture = (name: string) => {
  const b = readFileSync(resolve(process.cwd(), 'fixtures', name));
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
};
const AT = '2016-01-10T09:00:00.000Z';
const base = { key: 0, indicators: [], benchmarks: [] };

function run(session: ImportSession, request: Parameters<typeof handle>[1], clock = [0]) {
  const out: { response: WorkerResponse; transfer: Transferable[] }[] = [];
  handle(
    session,
    request,
    (response, transfer = []) => out.push({ response, transfer }),
    () => {
      clock[0]! += 60;
      return clock[0]!;
    },
  );
  return out;
}

describe('the import worker answers', () => {
  it.each([
    [
      'the December 2015 scorecard sheet',
      'scorecard-2015-12.csv',
      fixture('scorecard-2015-12.csv'),
      'scorecard',
      75,
    ],
    ['a file that is not CSV at all', 'photo.csv', bytes('\u0000\u0001PNG garbage'), 'unknown', 0],
  ])('a read of %s: the file without its values, and the preview', (_t, file, data, kind, rows) => {
    const out = run(new ImportSession(), {
      type: 'read',
      id: 7,
      files: [{ name: file, bytes: data }],
      importedAt: AT,
      base,
    });
    const last = out[out.length - 1]!.response;
    expect(last.type).toBe('read');
    if (last.type !== 'read') return;
    const [parsed] = last.result.files;
    expect(parsed?.kind).toBe(kind);
    expect(parsed?.rowsAccepted).toBe(rows);
    // The values stay in the worker; the page is told how many.
    expect(parsed?.observations).toEqual([]);
    expect(last.result.preview.totals.newValues).toBe(parsed?.observationCount);
  });

  it('decodes bytes itself: a Windows-1252 file keeps its curly quote and pound sign', () => {
    const out = run(new ImportSession(), {
      type: 'read',
      id: 1,
      files: [{ name: 'w.csv', bytes: fixture('edge/windows-1252.csv') }],
      importedAt: AT,
      base,
    });
    const last = out[out.length - 1]!.response;
    expect(last.type === 'read' && last.result.files[0]!.indicators.map((i) => i.name)).toEqual([
      'Children\u2019s centre reach (\u00a3 per child)',
    ]);
  });

  it('reports progress of a large file in percent and rows, at most every 100 ms', () => {
    const lines = ['indicator_id,period,value'];
    for (let i = 0; i < 120_000; i += 1)
      lines.push(
        `x${i % 500},${2000 + Math.floor(i / 500 / 12)}-${String((Math.floor(i / 500) % 12) + 1).padStart(2, '0')},${i}`,
      );
    const out = run(new ImportSession(), {
      type: 'read',
      id: 2,
      files: [{ name: 'big.csv', bytes: bytes(lines.join('\n')) }],
      importedAt: AT,
      base,
    });
    const progress = out.flatMap((o) =>
      o.response.type === 'progress' ? [o.response.progress] : [],
    );
    // The text is over a megabyte: it is split in pieces, and rows are checked in batches.
    expect(
      progress.some((p) => p.stage === 'reading' && p.percent > 0 && p.percent < 50 && p.rows > 0),
    ).toBe(true);
    expect(
      progress.some((p) => p.stage === 'checking' && p.percent >= 50 && p.rows === 120_000),
    ).toBe(true);
    expect(progress[progress.length - 1]?.stage).toBe('comparing');
    const percents = progress.map((p) => p.percent);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    const last = out[out.length - 1]!.response;
    expect(last.type === 'read' && last.result.files[0]!.rowsAccepted).toBe(120_000);
  });

  it('a merge: the patches as columns, their buffers transferred', () => {
    const session = new ImportSession();
    run(session, {
      type: 'read',
      id: 3,
      files: [{ name: 'd.csv', bytes: fixture('detail-monthly-2015.csv') }],
      importedAt: AT,
      base,
    });
    const out = run(session, { type: 'merge', id: 4, read: 3, nextKey: 9 });
    const { response, transfer } = out[0]!;
    expect(response.type).toBe('merged');
    if (response.type !== 'merged') return;
    expect(response.patches).toHaveLength(1);
    expect(response.patches[0]!.observations.count).toBeGreaterThan(0);
    expect(transfer).toContain(response.patches[0]!.observations.value.buffer);
    expect(session.baseKey).toBe(9);
  });

  it('a merge of files no longer held, or against another version of the values, is a failure, never a throw', () => {
    const session = new ImportSession();
    expect(run(session, { type: 'merge', id: 5, read: 99, nextKey: 1 })[0]!.response).toMatchObject(
      {
        type: 'failed',
        reason: /no longer held/,
      },
    );
    const o: Observation = {
      indicatorId: 'a',
      period: '2015-12',
      value: 1,
      numerator: null,
      denominator: null,
      decimals: 0,
      raw: '1',
      note: '',
      provenance: { file: 'f', importedAt: AT, line: 2 },
    };
    run(session, { type: 'base', key: 4, columns: encodeObservations([o]) });
    expect(session.baseKey).toBe(4);
    const out = run(session, {
      type: 'read',
      id: 6,
      files: [{ name: 'x.csv', bytes: bytes('a') }],
      importedAt: AT,
      base,
    });
    expect(out[out.length - 1]!.response).toMatchObject({
      type: 'failed',
      reason: /another version/,
    });
  });
});
