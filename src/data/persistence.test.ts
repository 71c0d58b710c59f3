import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { UndoEntry, WorkspaceData } from '@/domain/types';
import { emptyWorkspace } from '@/domain/workspace';
import { readWorkspaceFile } from '@/data/workspace-file';
import {
  loadSavedWorkspace,
  quarantinedCount,
  saveWorkspaceState,
  setDamagedAside,
  storageConnectionReset,
  storedRecordsText,
} from '@/data/persistence';
import v1Text from '../../fixtures/workspace/workspace-v1.json?raw';

/** The version 1 fixture's workspace as the code of November 2026 stored it (one record). */
const v1Workspace = (JSON.parse(v1Text) as { workspace: Record<string, unknown> }).workspace;
const migrated = (() => {
  const r = readWorkspaceFile(v1Text);
  if (!r.ok) throw new Error(r.reason);
  return r.data;
})();

const DB = 'cs-performance-dashboard';

/**
 * Values are a set keyed by indicator and period (the domain indexes them so): storage keeps them
 * grouped by import, so their order may change. Compare workspaces with values in key order.
 */
const inKeyOrder = <T>(value: T): T => {
  if (Array.isArray(value)) return value.map(inKeyOrder) as T;
  if (typeof value !== 'object' || value === null) return value;
  const ws = value as Record<string, unknown>;
  const copy = Object.fromEntries(Object.entries(ws).map(([k, v]) => [k, inKeyOrder(v)]));
  if (Array.isArray(ws.observations))
    copy.observations = [...(ws.observations as { indicatorId: string; period: string }[])].sort(
      (a, b) => a.indicatorId.localeCompare(b.indicatorId) || a.period.localeCompare(b.period),
    );
  return copy as T;
};

/** What idb-keyval wrote before: database version 1, store `workspace`, keys current/history. */
async function storeVersion1(current: unknown, history: unknown = undefined): Promise<void> {
  const db = await openDB(DB, 1, { upgrade: (d) => void d.createObjectStore('workspace') });
  await db.put('workspace', current, 'current');
  if (history !== undefined) await db.put('workspace', history, 'history');
  db.close();
}

/** The raw stores, read the way another tab (or a curious developer) would. */
async function raw() {
  const db = await openDB(DB);
  const read = async (name: string) =>
    db.objectStoreNames.contains(name) ? await db.getAllKeys(name) : [];
  const result = {
    manifest: (await db.get('manifest', 'current')) as { revision: number } | undefined,
    chunkKeys: (await read('chunks')).map(String),
    legacyKeys: (await read('workspace')).map(String),
  };
  db.close();
  return result;
}

beforeEach(async () => {
  await storageConnectionReset();
  globalThis.indexedDB = new IDBFactory();
});

const withCommentary = (ws: WorkspaceData, text: string): WorkspaceData => ({
  ...ws,
  commentary: [
    ...ws.commentary,
    { indicatorId: '2.1', month: '2015-11', text, updatedAt: '2026-11-29T10:00:00Z' },
  ],
});

describe('saving and loading the workspace', () => {
  it('first run: nothing saved', async () => {
    expect(await loadSavedWorkspace()).toEqual({ kind: 'empty' });
  });

  it('reads back what was saved, undo steps too, with the revision', async () => {
    const history: UndoEntry[] = [{ description: 'Import of a.csv', before: emptyWorkspace() }];
    expect(await saveWorkspaceState(migrated, history)).toEqual({ ok: true, revision: 1 });
    await storageConnectionReset();
    const loaded = await loadSavedWorkspace();
    expect(inKeyOrder(loaded)).toEqual({
      kind: 'saved',
      workspace: inKeyOrder(migrated),
      history: [{ description: 'Import of a.csv', before: { ...emptyWorkspace(), ...emptyLists } }],
      revision: 1,
      migratedFrom: null,
    });
  });

  it('writes only what changed: a commentary adds one small record, not the values again', async () => {
    await saveWorkspaceState(migrated, []);
    const before = await raw();
    // One record per import for the values (4 imports in the example), one per other list.
    const edited = withCommentary(migrated, 'Up on last month.');
    await saveWorkspaceState(edited, [{ description: 'x', before: migrated }]);
    const after = await raw();
    const added = after.chunkKeys.filter((k) => !before.chunkKeys.includes(k));
    expect(added).toHaveLength(1);
    expect(after.manifest?.revision).toBe(2);
    // Undo step and workspace share every other record.
    await storageConnectionReset();
    const loaded = await loadSavedWorkspace();
    if (loaded.kind !== 'saved') throw new Error(loaded.kind);
    expect(loaded.workspace.commentary.map((c) => c.text)).toContain('Up on last month.');
    expect(inKeyOrder(loaded.history[0]?.before)).toEqual(inKeyOrder(migrated));
  });

  it('an import writes its own values record; removing it (undo) deletes what nothing uses', async () => {
    await saveWorkspaceState(migrated, []);
    const before = await raw();
    const extra = {
      ...migrated.observations[0]!,
      period: '2016-01',
      provenance: { file: 'jan.csv', importedAt: '2016-02-10T09:00:00Z', line: 2 },
    };
    const imported = { ...migrated, observations: [...migrated.observations, extra] };
    await saveWorkspaceState(imported, [{ description: 'Import of jan.csv', before: migrated }]);
    const afterImport = await raw();
    expect(afterImport.chunkKeys.filter((k) => !before.chunkKeys.includes(k))).toHaveLength(1);
    await saveWorkspaceState(migrated, []);
    expect((await raw()).chunkKeys.sort()).toEqual(before.chunkKeys.sort());
  });
});

describe('what a save writes', () => {
  it('after a reload, saving the same workspace writes no chunk', async () => {
    await saveWorkspaceState(migrated, []);
    await storageConnectionReset();
    const loaded = await loadSavedWorkspace();
    if (loaded.kind !== 'saved') throw new Error(loaded.kind);
    const before = await raw();
    expect(await saveWorkspaceState(loaded.workspace, loaded.history)).toEqual({
      ok: true,
      revision: 2,
    });
    expect((await raw()).chunkKeys.sort()).toEqual(before.chunkKeys.sort());
  });

  it('keeps views and a top-level field this build does not know', async () => {
    const ws = {
      ...migrated,
      views: [
        {
          id: 'cse',
          title: 'Child sexual exploitation',
          audience: 'Councillors',
          tags: ['CSE'],
          indicatorIds: [],
          status: { kind: 'draft' as const },
        },
      ],
      laterField: { '2015-12': 'Written by a newer build.' },
    };
    await saveWorkspaceState(ws, []);
    await storageConnectionReset();
    const loaded = await loadSavedWorkspace();
    if (loaded.kind !== 'saved') throw new Error(loaded.kind);
    expect(inKeyOrder(loaded.workspace)).toEqual(inKeyOrder(ws));
  });

  it("a full disk is said in words, not as the browser's QuotaExceededError", async () => {
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('', 'QuotaExceededError');
    });
    try {
      const result = await saveWorkspaceState(migrated, []);
      expect(result).toMatchObject({
        ok: false,
        reason:
          'Your data could not be saved in this browser (this browser has no room left for it: free some disk space, or allow this site more storage, and try again).',
      });
    } finally {
      put.mockRestore();
    }
  });

  it('keeps the signal-or-noise settings (run length, minimum points, breaks, baselines)', async () => {
    const ws: WorkspaceData = {
      ...migrated,
      spc: {
        runLength: 6,
        minimumPoints: 10,
        breaks: [{ indicatorId: '9.1', month: '2015-07', reason: 'New recording system' }],
        baselines: [{ indicatorId: '2.8', months: 12 }],
      },
    };
    await saveWorkspaceState(ws, []);
    await storageConnectionReset();
    const loaded = await loadSavedWorkspace();
    if (loaded.kind !== 'saved') throw new Error(loaded.kind);
    expect(loaded.workspace.spc).toEqual(ws.spc);
  });

  it('a workspace saved again after its chunks were deleted is written again, whole', async () => {
    const other = emptyWorkspace('Other');
    await saveWorkspaceState(migrated, []);
    await saveWorkspaceState(other, []);
    await saveWorkspaceState(migrated, []);
    await storageConnectionReset();
    const loaded = await loadSavedWorkspace();
    if (loaded.kind !== 'saved') throw new Error(loaded.kind);
    expect(inKeyOrder(loaded.workspace)).toEqual(inKeyOrder(migrated));
  });
});

describe('version 1 storage (one record, before November 2026)', () => {
  it('is read, migrated, and rewritten in the new layout by the next save', async () => {
    await storeVersion1(v1Workspace, [{ description: 'Import of x.csv', before: v1Workspace }]);
    const loaded = await loadSavedWorkspace();
    expect(loaded).toMatchObject({ kind: 'saved', migratedFrom: 1, revision: 0 });
    if (loaded.kind !== 'saved') return;
    expect(loaded.workspace).toEqual(migrated);
    expect(loaded.history).toEqual([{ description: 'Import of x.csv', before: migrated }]);
    expect(await saveWorkspaceState(loaded.workspace, loaded.history)).toEqual({
      ok: true,
      revision: 1,
    });
    expect((await raw()).legacyKeys).toEqual([]);
    await storageConnectionReset();
    const again = await loadSavedWorkspace();
    expect(again).toMatchObject({ kind: 'saved', migratedFrom: null });
    if (again.kind === 'saved') expect(inKeyOrder(again.workspace)).toEqual(inKeyOrder(migrated));
  });
});

describe('a stored workspace that cannot be read is never replaced silently', () => {
  it.each([
    [
      'a value stored as Infinity',
      { observations: [{ ...(v1Workspace.observations as object[])[0], value: Infinity }] },
      /observations, item 1 \(2\.1\), value: expected a finite number or null, found Infinity/,
    ],
    [
      'a value stored as NaN',
      { observations: [{ ...(v1Workspace.observations as object[])[0], value: NaN }] },
      /value: expected a number or null, found NaN/,
    ],
    ['no indicators list', { indicators: undefined }, /indicators: missing/],
  ])('%s: reported, kept, and saving refused until the user chooses', async (_c, change, why) => {
    await storeVersion1({ ...v1Workspace, ...change });
    const loaded = await loadSavedWorkspace();
    expect(loaded.kind).toBe('damaged');
    if (loaded.kind === 'damaged') expect(loaded.reason).toMatch(why);
    const refused = await saveWorkspaceState(emptyWorkspace(), []);
    expect(refused).toMatchObject({ ok: false, reason: /kept as it is until you choose/ });
    expect((await raw()).legacyKeys).toEqual(['current']);
    // The download keeps every number, NaN and Infinity as text.
    const text = await storedRecordsText();
    expect(text.ok && text.data).toMatch(/"value": "(Infinity|NaN)"|"observations"/);
    // The user chose: the records move aside, and saving works again.
    expect(await setDamagedAside('test')).toEqual({ ok: true, data: null });
    expect(await quarantinedCount()).toBe(1);
    expect(await saveWorkspaceState(emptyWorkspace(), [])).toMatchObject({ ok: true });
  });

  it('a damaged chunk of the new layout is named in the message', async () => {
    await saveWorkspaceState(migrated, []);
    const db = await openDB(DB);
    const keys = (await db.getAllKeys('chunks')).map(String);
    for (const key of keys) {
      const chunk = (await db.get('chunks', key)) as {
        list: string;
        columns: { value: Float64Array; nulls: Uint8Array };
      };
      if (chunk.list !== 'observations') continue;
      // Values are stored as columns: the first value's number is made NaN.
      chunk.columns.nulls[0] = 0;
      chunk.columns.value[0] = Number.NaN;
      await db.put('chunks', chunk, key);
      break;
    }
    db.close();
    await storageConnectionReset();
    const loaded = await loadSavedWorkspace();
    expect(loaded).toMatchObject({
      kind: 'damaged',
      reason: expect.stringMatching(
        /in the record "1\.\d+" \(observations\): item 1: the value is NaN, not a finite number/,
      ),
    });
  });
});

describe('two tabs', () => {
  it('a tab whose copy is stale writes nothing and is told', async () => {
    await saveWorkspaceState(migrated, []);
    // Another tab saves revision 2 after this tab read revision 1.
    const db = await openDB(DB);
    const manifest = (await db.get('manifest', 'current')) as { revision: number };
    await db.put('manifest', { ...manifest, revision: 2 }, 'current');
    db.close();
    const result = await saveWorkspaceState(withCommentary(migrated, 'Mine'), []);
    expect(result).toEqual({ ok: false, conflict: true, reason: expect.any(String) });
    expect((await raw()).manifest?.revision).toBe(2);
    // Read again, it can save on top of the other tab's revision.
    await loadSavedWorkspace();
    expect(await saveWorkspaceState(withCommentary(migrated, 'Mine'), [])).toEqual({
      ok: true,
      revision: 3,
    });
  });
});

const emptyLists = {
  superseded: [],
  national: [],
  neighbours: [],
  nationalMappings: [],
  views: [],
  ownLa: null,
};

describe('a large import', () => {
  it('30,001 values are stored as columns in four parts of 10,000 at most, read back whole, and the parts go with the import', async () => {
    const values = Array.from({ length: 30_001 }, (_, i) => ({
      indicatorId: `x${i % 500}`,
      period: `${2000 + Math.floor(i / 500 / 12)}-${String((Math.floor(i / 500) % 12) + 1).padStart(2, '0')}`,
      value: i % 7 === 0 ? null : i / 2,
      numerator: null,
      denominator: null,
      decimals: 1,
      raw: i % 7 === 0 ? '' : String(i / 2),
      note: '',
      provenance: { file: 'big.csv', importedAt: '2026-12-06T10:00:00Z', line: i + 2 },
    }));
    const big: WorkspaceData = { ...emptyWorkspace(), observations: values };
    expect(await saveWorkspaceState(big, [])).toMatchObject({ ok: true });
    // 10,000 values a record: the chunk and its parts ~1 to ~3.
    const keys = (await raw()).chunkKeys;
    const parts = keys.filter((k) => /~\d+$/.test(k));
    expect(parts.map((k) => k.replace(/^.*~/, '')).sort()).toEqual(['1', '2', '3']);
    await storageConnectionReset();
    const loaded = await loadSavedWorkspace();
    if (loaded.kind !== 'saved') throw new Error(loaded.kind);
    expect(loaded.workspace.observations).toEqual(values);
    // Clearing the workspace deletes every part of the import's values.
    expect(await saveWorkspaceState(emptyWorkspace(), [])).toMatchObject({ ok: true });
    expect((await raw()).chunkKeys.filter((k) => /~\d+$/.test(k))).toEqual([]);
  }, 60_000);

  it('a missing part is named, and the workspace is not opened without it', async () => {
    const values = Array.from({ length: 10_001 }, (_, i) => ({
      indicatorId: 'x',
      period: `p${i}`,
      value: i,
      numerator: null,
      denominator: null,
      decimals: 0,
      raw: String(i),
      note: '',
      provenance: { file: 'big.csv', importedAt: 't', line: i + 2 },
    }));
    await saveWorkspaceState({ ...emptyWorkspace(), observations: values }, []);
    const db = await openDB(DB);
    const part = (await db.getAllKeys('chunks')).map(String).find((k) => k.endsWith('~1'))!;
    await db.delete('chunks', part);
    db.close();
    await storageConnectionReset();
    expect(await loadSavedWorkspace()).toMatchObject({
      kind: 'damaged',
      reason: expect.stringMatching(new RegExp(`The record "${part}" is missing`)),
    });
  }, 60_000);
});
