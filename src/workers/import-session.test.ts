import { describe, expect, it } from 'vitest';
import type { Observation, ParsedFile } from '@/domain/types';
import { emptyWorkspace, mergeImport } from '@/domain/workspace';
import { decodePatch, encodeObservations, encodePatch } from '@/domain/observation-columns';
import { ImportSession } from './import-session';

const AT1 = '2016-01-05T10:00:00.000Z';
const AT2 = '2016-02-05T10:00:00.000Z';
const bytes = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;
const csv = (...rows: string[]) =>
  bytes(['indicator_id,period,value,numerator,denominator', ...rows].join('\n'));
const base = (key: number) => ({ key, indicators: [], benchmarks: [] });

/** Held values: indicator 1.1, Nov 50 and Dec 60 (line 2 and 3 of held.csv). */
function held(): Observation[] {
  const s = new ImportSession();
  s.read(
    1,
    [{ name: 'held.csv', bytes: csv('1.1,2015-11,50,,', '1.1,2015-12,60,,') }],
    AT1,
    base(0),
  );
  const patch = s.merge(1, 1)[0]!;
  return patch.observations;
}

describe('ImportSession.merge: the patch of a re-import (table)', () => {
  // Each case: the rows of the new file, then what the patch must hold, worked out by hand from
  // the rule (SPEC 2.7): a new period is added at the end (at -1), a different reading replaces
  // the held one in place (its position) and keeps it as a revision, the same reading changes
  // nothing, and a row repeated in the file is compared with the file's earlier row.
  it.each([
    ['a new month', ['1.1,2016-01,70,,'], [[-1, '2016-01', 70]], [], 1],
    ['a revised month', ['1.1,2015-12,61,,'], [[1, '2015-12', 61]], [['2015-12', 60]], 0],
    ['an unchanged month', ['1.1,2015-11,50,,'], [], [], 0],
    [
      'the same reading with a numerator and denominator it lacked',
      ['1.1,2015-11,50,1,2'],
      [[0, '2015-11', 50]],
      [],
      0,
    ],
    ['a new indicator', ['2.1,2015-12,5,,'], [[-1, '2015-12', 5]], [], 1],
    [
      'a month twice in the file, different readings: the later row wins, the earlier is a revision',
      ['1.1,2016-01,70,,', '1.1,2016-01,71,,'],
      [[-1, '2016-01', 71]],
      [],
      1,
    ],
    [
      'a held month twice in the file: the parser keeps the later row, which revises the held one',
      ['1.1,2015-12,61,,', '1.1,2015-12,62,,'],
      [[1, '2015-12', 62]],
      [['2015-12', 60]],
      0,
    ],
  ])('%s', (_t, rows, expected, revisions, added) => {
    const s = new ImportSession();
    s.setBase(5, encodeObservations(held()));
    const result = s.read(2, [{ name: 'new.csv', bytes: csv(...rows) }], AT2, base(5));
    const [patch] = s.merge(2, 6);
    expect(patch!.observations.map((o, k) => [patch!.at[k], o.period, o.value])).toEqual(expected);
    expect(patch!.revisions.map((r) => [r.period, r.previous.value])).toEqual(revisions);
    expect(
      patch!.observations.every(
        (o) => o.provenance.importedAt === AT2 || o.provenance.file === 'held.csv',
      ),
    ).toBe(true);
    expect(s.baseKey).toBe(6);
    // The preview said the same before Confirm (a repeat inside the file is counted once).
    expect(result.preview.totals.newValues).toBe(added);
  });

  it('gives the workspace mergeImport gives in one thread, through columns and back', () => {
    const files = (s: ImportSession, id: number, key: number, at: string, ...texts: string[][]) =>
      s.read(
        id,
        texts.map((rows, i) => ({ name: `f${i}.csv`, bytes: csv(...rows) })),
        at,
        base(key),
      );
    const s = new ImportSession();
    const first = files(
      s,
      1,
      0,
      AT1,
      ['1.1,2015-11,50,,', '1.1,2015-12,60,,'],
      ['2.1,2015-12,5,,'],
    );
    const p1 = s.merge(1, 1).map((p) => decodePatch(encodePatch(p)));
    const second = files(s, 2, 1, AT2, ['1.1,2015-12,61,,', '1.1,2016-01,70,,', '2.1,2015-12,5,,']);
    const p2 = s.merge(2, 2).map((p) => decodePatch(encodePatch(p)));
    // The same files merged in one thread, values and all.
    const t = new ImportSession();
    const full = (id: number, key: number, at: string, ...texts: string[][]): ParsedFile[] => {
      t.read(
        id,
        texts.map((rows, i) => ({ name: `f${i}.csv`, bytes: csv(...rows) })),
        at,
        base(key),
      );
      return (t as unknown as { reads: Map<number, { files: ParsedFile[] }> }).reads.get(id)!.files;
    };
    const fullFirst = full(
      1,
      0,
      AT1,
      ['1.1,2015-11,50,,', '1.1,2015-12,60,,'],
      ['2.1,2015-12,5,,'],
    );
    t.merge(1, 1);
    const fullSecond = full(2, 1, AT2, ['1.1,2015-12,61,,', '1.1,2016-01,70,,', '2.1,2015-12,5,,']);
    const expected = mergeImport(mergeImport(emptyWorkspace(), fullFirst, AT1), fullSecond, AT2);
    const viaPatches = mergeImport(
      mergeImport(emptyWorkspace(), first.files, AT1, p1),
      second.files,
      AT2,
      p2,
    );
    expect(viaPatches).toEqual(expected);
    expect(viaPatches.observations.map((o) => `${o.indicatorId} ${o.period} ${o.value}`)).toEqual([
      '1.1 2015-11 50',
      '1.1 2015-12 61',
      '2.1 2015-12 5',
      '1.1 2016-01 70',
    ]);
    expect(
      viaPatches.revisions.map((r) => [r.period, r.previous.value, r.replacedBy.file]),
    ).toEqual([['2015-12', 60, 'f0.csv']]);
  });
});
