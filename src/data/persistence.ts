import { openDB, type IDBPDatabase } from 'idb';
import type { Observation, UndoEntry, WorkspaceData } from '@/domain/types';
import { decodeInSlices, encodeInSlices } from '@/data/slices';
import { storageErrorInWords } from '@/data/storage-errors';
import type { Result } from '@/data/result';
import {
  ChunkIndex,
  assemble,
  checkColumnChunk,
  hasColumns,
  type ColumnChunkRecord,
  planSave,
  type ChunkRecord,
  type StoredManifest,
  type WorkspaceManifest,
} from '@/data/storage-chunks';

/**
 * The workspace in IndexedDB (see docs/decisions.md, "Storage"): one database, four stores.
 * - `manifest`: one record, `current` (the workspace and undo steps as lists of chunk ids, and
 *   the save's revision);
 * - `chunks`: immutable records of list items, shared between the workspace and its undo steps;
 * - `quarantine`: stored workspaces that could not be read, set aside (never overwritten) when
 *   the user chose what to do instead;
 * - `workspace`: the version 1 layout (one record, `current`, and the undo `history`), written by
 *   idb-keyval before November 2026; read once, migrated, and removed by the first save.
 */
const DB_NAME = 'cs-performance-dashboard';
const DB_VERSION = 2;
const LEGACY_STORE = 'workspace';
const MANIFEST_KEY = 'current';
/** Web Locks name held around every write, so two tabs never write at once. */
const LOCK_NAME = 'cs-performance-dashboard-save';
/** BroadcastChannel on which a tab says it saved. */
const CHANNEL_NAME = 'cs-performance-dashboard';

type Db = IDBPDatabase;

let connection: Promise<Db> | null = null;

function database(): Promise<Db> {
  connection ??= openDB(DB_NAME, DB_VERSION, {
    upgrade(db) {
      for (const name of ['manifest', 'chunks', 'quarantine']) {
        if (!db.objectStoreNames.contains(name)) db.createObjectStore(name);
      }
    },
    // Another tab runs a newer build: let it upgrade, and open again next time.
    blocking() {
      void connection?.then((db) => db.close());
      connection = null;
    },
  }).catch((error: unknown) => {
    connection = null;
    throw error;
  });
  return connection;
}

/** What this tab last read or wrote: the revision it is based on and the chunks stored. */
const known = { revision: 0, chunks: new ChunkIndex(), legacy: false, setAsideNeeded: false };
let chunkCounter = 0;
/** The stored data's checks, loaded the first time something stored is read. */
let storageChecks: typeof import('@/data/storage-check') | null = null;

/** Values in one stored record at most: a larger import's values are stored in parts. */
const PART_VALUES = 10_000;
/** The key of a part of a chunk of values: the chunk's id, then `~1`, `~2`... */
const partKey = (id: string, k: number): string => (k === 0 ? id : `${id}~${k}`);

/** A storage failure in words (never the browser's name for it, such as QuotaExceededError). */
const describe = storageErrorInWords;

export type LoadedStorage =
  /** Nothing saved yet: first run. */
  | { kind: 'empty' }
  | {
      kind: 'saved';
      workspace: WorkspaceData;
      history: UndoEntry[];
      revision: number;
      /** 1 when it was read from the version 1 layout (rewritten by the next save). */
      migratedFrom: number | null;
    }
  /** Something is stored but cannot be read: kept as it is until the user chooses. */
  | { kind: 'damaged'; reason: string }
  /** The browser's storage cannot be opened at all (private mode, blocked, broken). */
  | { kind: 'unavailable'; reason: string };

function hasLegacy(db: Db): boolean {
  return db.objectStoreNames.contains(LEGACY_STORE);
}

/** Reads the version 1 layout, migrating it. Undo steps that fail their check are dropped. */
async function loadLegacy(db: Db): Promise<LoadedStorage> {
  const tx = db.transaction(LEGACY_STORE, 'readonly');
  const [current, history] = await Promise.all([
    tx.store.get('current') as Promise<unknown>,
    tx.store.get('history') as Promise<unknown>,
  ]);
  if (current === undefined) return { kind: 'empty' };
  const version = (current as { version?: unknown } | null)?.version;
  const { migrateWorkspace } = await import('@/data/schema/migrations');
  const checked = migrateWorkspace(current, version);
  if (!checked.ok) return damaged(`The saved workspace cannot be read: ${checked.reason}`);
  const steps: UndoEntry[] = [];
  for (const step of Array.isArray(history) ? (history as unknown[]) : []) {
    const { description, before } = (step ?? {}) as { description?: unknown; before?: unknown };
    const migrated = migrateWorkspace(before, (before as { version?: unknown } | null)?.version);
    if (typeof description === 'string' && migrated.ok)
      steps.push({ description, before: migrated.data });
  }
  known.legacy = true;
  return {
    kind: 'saved',
    workspace: checked.data,
    history: steps,
    revision: 0,
    migratedFrom: 1,
  };
}

/**
 * Reads the saved workspace and its undo steps, checking the manifest and every chunk against the
 * schema (older layouts are migrated). Never throws: every outcome is a value. A workspace that
 * fails its check is reported as damaged and left untouched; saving stays refused until
 * `setDamagedAside` (the user chose what to do).
 */
export async function loadSavedWorkspace(): Promise<LoadedStorage> {
  known.chunks.clear();
  known.revision = 0;
  known.legacy = false;
  known.setAsideNeeded = false;
  let db: Db;
  try {
    db = await database();
  } catch (error) {
    return {
      kind: 'unavailable',
      reason: `This browser's storage could not be opened (${describe(error)}).`,
    };
  }
  try {
    // The checks (and their schema library) load only when something is stored: a first visit
    // never needs them. Loaded before the transaction, which an import's wait would end.
    if (storageChecks === null && (await db.count('manifest', MANIFEST_KEY)) > 0)
      storageChecks = await import('@/data/storage-check');
    const tx = db.transaction(['manifest', 'chunks'], 'readonly');
    const stored: unknown = await tx.objectStore('manifest').get(MANIFEST_KEY);
    if (stored === undefined) {
      await tx.done;
      return hasLegacy(db) ? await loadLegacy(db) : { kind: 'empty' };
    }
    if (storageChecks === null) {
      // Another tab saved between the count and the read: read again with the checks loaded.
      await tx.done;
      storageChecks = await import('@/data/storage-check');
      return await loadSavedWorkspace();
    }
    const { checkChunk, checkManifest } = storageChecks;
    const manifest = checkManifest(stored);
    if (!manifest.ok) return damaged(`The saved workspace cannot be read: ${manifest.reason}`);
    const { current, history, revision } = manifest.data;
    const wanted = new Set([
      ...chunkIdsOf(current),
      ...history.flatMap((h) => chunkIdsOf(h.workspace)),
    ]);
    const chunkStore = tx.objectStore('chunks');
    const raw = await Promise.all(
      [...wanted].map(async (id) => [id, await chunkStore.get(id)] as const),
    );
    // The further parts of values stored in parts, read in the same transaction.
    const more = new Map<string, unknown[]>();
    await Promise.all(
      raw.map(async ([id, value]) => {
        const parts = (value as { parts?: unknown } | undefined)?.parts;
        if (!hasColumns(value) || typeof parts !== 'number' || parts <= 1) return;
        const keys = Array.from({ length: Math.min(parts, 100_000) - 1 }, (_, k) =>
          partKey(id, k + 1),
        );
        more.set(id, await Promise.all(keys.map((key) => chunkStore.get(key) as Promise<unknown>)));
      }),
    );
    const chunks = new Map<string, ChunkRecord>();
    const problems = new Map<string, string>();
    for (const [id, value] of raw) {
      if (hasColumns(value)) {
        // Values as columns: checked by their shape, decoded a slice at a time.
        const items: unknown[] = [];
        for (const [k, part] of [value, ...(more.get(id) ?? [])].entries()) {
          const checked = hasColumns(part)
            ? checkColumnChunk(partKey(id, k), part)
            : ({ ok: false, reason: `The record "${partKey(id, k)}" is missing.` } as const);
          if (!checked.ok) {
            problems.set(id, checked.reason);
            break;
          }
          for (const o of await decodeInSlices(checked.data)) items.push(o);
        }
        if (!problems.has(id)) chunks.set(id, { id, list: 'observations', items });
        continue;
      }
      const checked = checkChunk(id, value);
      if (checked.ok) chunks.set(id, checked.data);
      else problems.set(id, checked.reason);
    }
    const firstProblem = chunkIdsOf(current)
      .map((id) => problems.get(id))
      .find((p) => p !== undefined);
    if (firstProblem) return damaged(`The saved workspace cannot be read: ${firstProblem}`);
    const workspace = assemble(current, chunks);
    if (!workspace.ok) return damaged(`The saved workspace cannot be read: ${workspace.reason}`);
    const steps: UndoEntry[] = [];
    for (const step of history) {
      const before = assemble(step.workspace, chunks);
      if (before.ok) steps.push({ description: step.description, before: before.data });
    }
    for (const chunk of chunks.values()) known.chunks.add(chunk);
    // The lists as read are stored as they are: the next save need not compare their items.
    const remember = (ws: WorkspaceData, m: WorkspaceManifest) => {
      for (const [list, ids] of Object.entries(m.lists)) {
        // A later list (LATER_LISTS) with nothing in it is absent from the workspace.
        const items = ws[list as keyof WorkspaceData] as readonly unknown[] | undefined;
        if (items) known.chunks.rememberList(items, ids);
      }
    };
    remember(workspace.data, current);
    history.forEach((step, i) => {
      const before = steps[i]?.before;
      if (before && steps.length === history.length) remember(before, step.workspace);
    });
    known.revision = revision;
    return {
      kind: 'saved',
      workspace: workspace.data,
      history: steps,
      revision,
      migratedFrom: null,
    };
  } catch (error) {
    return {
      kind: 'unavailable',
      reason: `This browser's storage could not be read (${describe(error)}).`,
    };
  }
}

function damaged(reason: string): LoadedStorage {
  known.setAsideNeeded = true;
  return { kind: 'damaged', reason };
}

const chunkIdsOf = (m: WorkspaceManifest): string[] => Object.values(m.lists).flat();

export type SaveResult =
  | { ok: true; revision: number }
  /** Another tab saved since this tab read: nothing was written. */
  | { ok: false; conflict: true; reason: string }
  | { ok: false; conflict: false; reason: string };

/** Runs `write` under the Web Lock when the browser has Web Locks (every current one does). */
function underLock<T>(write: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (!locks) return write();
  return locks.request(LOCK_NAME, write) as Promise<T>;
}

let channel: BroadcastChannel | null = null;
const broadcast = (): BroadcastChannel | null => {
  if (typeof BroadcastChannel === 'undefined') return null;
  channel ??= new BroadcastChannel(CHANNEL_NAME);
  return channel;
};

/**
 * Saves the workspace and its undo steps in one transaction: the chunks not yet stored, the
 * manifest with the next revision, and the removal of chunks nothing refers to any more. Under a
 * Web Lock, it first reads the stored revision: if another tab saved since this tab read, it
 * writes nothing and says so (`conflict`). Failure (quota, private mode) is a value.
 */
export async function saveWorkspaceState(
  workspace: WorkspaceData,
  history: readonly UndoEntry[],
  savedAt: string = new Date().toISOString(),
): Promise<SaveResult> {
  if (known.setAsideNeeded)
    return {
      ok: false,
      conflict: false,
      reason: 'The saved workspace that could not be read is kept as it is until you choose.',
    };
  let db: Db;
  try {
    db = await database();
  } catch (error) {
    return {
      ok: false,
      conflict: false,
      reason: `Your data could not be saved in this browser (${describe(error)}).`,
    };
  }
  return underLock(async (): Promise<SaveResult> => {
    const revision = known.revision + 1;
    const plan = planSave(known.chunks, [workspace, ...history.map((h) => h.before)], () => {
      chunkCounter += 1;
      return `${revision}.${chunkCounter}`;
    });
    const [current, ...steps] = plan.manifests;
    if (!current) throw new Error('planSave returned no manifest');
    const manifest: StoredManifest = {
      schemaVersion: 2,
      revision,
      savedAt,
      current,
      history: steps.map((m, i) => ({ description: history[i]?.description ?? '', workspace: m })),
    };
    const stale = known.chunks.ids.filter((id) => !plan.used.has(id));
    // Values are written as columns, made a slice at a time before the transaction opens (a
    // transaction does not outlive a pause).
    // A large import's values are stored in parts (`partKey`), each put cloned in its own task.
    const toStore: [string, ChunkRecord | ColumnChunkRecord][] = [];
    for (const c of plan.newChunks) {
      if (c.list !== 'observations') {
        toStore.push([c.id, c]);
        continue;
      }
      const items = c.items as Observation[];
      const parts = Math.max(1, Math.ceil(items.length / PART_VALUES));
      for (let k = 0; k < parts; k += 1) {
        const columns = await encodeInSlices(items.slice(k * PART_VALUES, (k + 1) * PART_VALUES));
        const record: ColumnChunkRecord = { id: c.id, list: 'observations', columns };
        toStore.push([partKey(c.id, k), k === 0 ? { ...record, parts } : record]);
      }
    }
    const stores =
      known.legacy && hasLegacy(db) ? ['manifest', 'chunks', LEGACY_STORE] : ['manifest', 'chunks'];
    try {
      const tx = db.transaction(stores, 'readwrite');
      const stored = (await tx.objectStore('manifest').get(MANIFEST_KEY)) as
        { revision?: unknown } | undefined;
      const storedRevision = typeof stored?.revision === 'number' ? stored.revision : 0;
      if (storedRevision !== known.revision) {
        tx.abort();
        await tx.done.catch(() => undefined);
        return {
          ok: false,
          conflict: true,
          reason: 'The workspace was changed in another tab.',
        };
      }
      const chunks = tx.objectStore('chunks');
      // One put after another: each is cloned when it is made, so each in its own task.
      for (const [key, record] of toStore) await chunks.put(record, key);
      const writes: Promise<unknown>[] = [];
      for (const id of stale) {
        writes.push(chunks.delete(id));
        writes.push(chunks.delete(IDBKeyRange.bound(partKey(id, 1), `${id}~\uffff`)));
      }
      writes.push(tx.objectStore('manifest').put(manifest, MANIFEST_KEY));
      if (stores.includes(LEGACY_STORE)) writes.push(tx.objectStore(LEGACY_STORE).clear());
      // Every request is made: commit now rather than when they all answer, so the save is on
      // disk sooner and a page being left has less time to abort it (where the browser has it).
      if ('commit' in tx) tx.commit();
      await Promise.all([...writes, tx.done]);
    } catch (error) {
      return {
        ok: false,
        conflict: false,
        reason: `Your data could not be saved in this browser (${describe(error)}).`,
      };
    }
    for (const chunk of plan.newChunks) known.chunks.add(chunk);
    known.chunks.keepOnly(plan.used);
    for (const [items, ids] of plan.lists) known.chunks.rememberList(items, ids);
    known.revision = revision;
    known.legacy = false;
    broadcast()?.postMessage({ kind: 'saved', revision });
    return { ok: true, revision };
  });
}

/** Calls `listener` when another tab has saved a newer revision. Returns the unsubscribe. */
export function onSavedElsewhere(listener: (revision: number) => void): () => void {
  const ch = broadcast();
  if (!ch) return () => {};
  const handle = (event: MessageEvent) => {
    const data = event.data as { kind?: unknown; revision?: unknown } | null;
    if (
      data?.kind === 'saved' &&
      typeof data.revision === 'number' &&
      data.revision > known.revision
    )
      listener(data.revision);
  };
  ch.addEventListener('message', handle);
  return () => ch.removeEventListener('message', handle);
}

/** The revision this tab is based on (for tests and the two-tab check). */
export const savedRevision = (): number => known.revision;

/**
 * Writes numbers JSON cannot hold (NaN, Infinity) as text, so a download keeps them, and typed
 * arrays as lists.
 */
const keepEveryNumber = (_key: string, value: unknown): unknown => {
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  // Values stored as columns: each column as a list of numbers.
  if (ArrayBuffer.isView(value) && !(value instanceof DataView))
    return Array.from(value as unknown as ArrayLike<number>);
  return value;
};

/**
 * Everything stored, as it is (also what cannot be read), as JSON text for the user to download
 * and keep: the manifest, every chunk, the version 1 record.
 */
export async function storedRecordsText(): Promise<Result<string>> {
  try {
    const db = await database();
    const stores = hasLegacy(db) ? ['manifest', 'chunks', LEGACY_STORE] : ['manifest', 'chunks'];
    const tx = db.transaction(stores, 'readonly');
    const dump: Record<string, unknown> = { format: 'cs-performance-stored-records', stores: {} };
    for (const name of stores) {
      const store = tx.objectStore(name);
      const [keys, values] = await Promise.all([store.getAllKeys(), store.getAll()]);
      (dump.stores as Record<string, unknown>)[name] = keys.map((k, i) => ({
        key: k,
        value: values[i] as unknown,
      }));
    }
    return { ok: true, data: JSON.stringify(dump, keepEveryNumber, 1) };
  } catch (error) {
    return { ok: false, reason: `The stored records could not be read (${describe(error)}).` };
  }
}

/**
 * The user chose what to do about a workspace that could not be read: its records move, as they
 * are, to the quarantine store (one record, keyed by the time), in one transaction, and saving
 * works again. Nothing is deleted that is not copied first.
 */
export async function setDamagedAside(
  reason: string,
  at: string = new Date().toISOString(),
): Promise<Result<null>> {
  try {
    const db = await database();
    const stores = hasLegacy(db) ? ['manifest', 'chunks', LEGACY_STORE] : ['manifest', 'chunks'];
    const tx = db.transaction([...stores, 'quarantine'], 'readwrite');
    const kept: Record<string, unknown> = { reason, keptAt: at };
    for (const name of stores) {
      const store = tx.objectStore(name);
      const [keys, values] = await Promise.all([store.getAllKeys(), store.getAll()]);
      kept[name] = keys.map((k, i) => ({ key: k, value: values[i] as unknown }));
    }
    await tx.objectStore('quarantine').put(kept, at);
    await Promise.all([...stores.map((name) => tx.objectStore(name).clear()), tx.done]);
  } catch (error) {
    return {
      ok: false,
      reason: `The unreadable workspace could not be set aside (${describe(error)}); nothing was changed.`,
    };
  }
  known.chunks.clear();
  known.revision = 0;
  known.legacy = false;
  known.setAsideNeeded = false;
  return { ok: true, data: null };
}

/** How many unreadable workspaces are kept aside (for tests and the notice). */
export async function quarantinedCount(): Promise<number> {
  const db = await database();
  return db.count('quarantine');
}

/** Forgets the saved workspace and its undo steps (not the quarantine): for tests. */
export async function clearSavedWorkspace(): Promise<void> {
  const db = await database();
  const tx = db.transaction(['manifest', 'chunks'], 'readwrite');
  await Promise.all([
    tx.objectStore('manifest').clear(),
    tx.objectStore('chunks').clear(),
    tx.done,
  ]);
  known.chunks.clear();
  known.revision = 0;
}

/** Closes the connection so a test can swap the IndexedDB factory. */
export async function storageConnectionReset(): Promise<void> {
  const open = connection;
  connection = null;
  if (open) (await open.catch(() => null))?.close();
  known.chunks.clear();
  known.revision = 0;
  known.legacy = false;
  known.setAsideNeeded = false;
}
