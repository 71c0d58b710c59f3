import type { WorkspaceData } from '@/domain/types';
import type { Result } from '@/data/result';
import {
  LATER_LISTS,
  SAVED_WORKSPACE_VERSION,
  WORKSPACE_LISTS,
  type WorkspaceListName,
} from '@/data/schema/workspace-lists';
import { whyNotColumns, type ObservationColumns } from '@/domain/observation-columns';

/**
 * How a workspace is laid out in IndexedDB (schema version 2): a small manifest that names, per
 * list, the chunk records holding its items. Chunks are immutable once written and shared: the
 * current workspace and each undo step refer to the same chunks where their items are the same,
 * so an import writes only the chunks it adds or changes, and an undo step costs a manifest entry.
 *
 * Chunks: observations one per import (by provenance: file and time of import), national
 * datasets one each, every other list one chunk.
 */

/** One stored chunk: some items of one list. */
export interface ChunkRecord {
  id: string;
  list: WorkspaceListName;
  items: unknown[];
}

/**
 * A chunk of values as stored since December 2026: columns (typed arrays and one string table),
 * which IndexedDB clones in milliseconds where a million objects took seconds of the page's
 * time. Chunks of other lists, and values saved before, are stored as `ChunkRecord`s.
 */
export interface ColumnChunkRecord {
  id: string;
  list: 'observations';
  columns: ObservationColumns;
  /** On the first part of values stored in parts: how many parts (keys `id`, `id~1`, ...). */
  parts?: number;
}

/** Whether a stored record is a chunk of values as columns (checked by `checkColumnChunk`). */
export const hasColumns = (value: unknown): value is { columns: unknown } =>
  typeof value === 'object' && value !== null && 'columns' in value;

/**
 * Checks a chunk of values stored as columns by its shape (linear over typed arrays, no object
 * per value): every column as long as the count, each string index in the table, every number
 * finite, the cell text as long as its lengths. The reason names the chunk and the item.
 */
export function checkColumnChunk(
  id: string,
  value: { columns: unknown },
): Result<ObservationColumns> {
  const { list } = value as { list?: unknown };
  if (list !== 'observations')
    return { ok: false, reason: `The record "${id}" holds columns of no list of values.` };
  const why = whyNotColumns(value.columns);
  if (why !== null) return { ok: false, reason: `in the record "${id}" (observations): ${why}` };
  return { ok: true, data: value.columns as ObservationColumns };
}

/** A workspace as its scalars and, per list, the ids of its chunks in order. */
export interface WorkspaceManifest {
  version: 1;
  label: string;
  isExample: boolean;
  ownLa: string | null;
  lists: Record<WorkspaceListName, string[]>;
  /** Any other top-level field (added by a newer build), kept as it is rather than dropped. */
  extras?: Record<string, unknown>;
}

/** The one manifest record: the workspace, its undo history, and the save's revision. */
export interface StoredManifest {
  schemaVersion: typeof SAVED_WORKSPACE_VERSION;
  /** Counts saves: a tab writes only if the stored revision is the one it read (two tabs). */
  revision: number;
  savedAt: string;
  current: WorkspaceManifest;
  history: { description: string; workspace: WorkspaceManifest }[];
}

const KNOWN_FIELDS = new Set<string>([
  'version',
  'label',
  'isExample',
  'ownLa',
  ...WORKSPACE_LISTS,
]);

/** The key an item's chunk is grouped by, within its list. */
function groupKey(list: WorkspaceListName, item: unknown, index: number): string {
  if (list === 'observations') {
    const p = (item as WorkspaceData['observations'][number]).provenance;
    return `${p.importedAt}\u0000${p.file}`;
  }
  if (list === 'national') return `${index}`;
  return '';
}

function groups(list: WorkspaceListName, items: readonly unknown[]): [string, unknown[]][] {
  const byKey = new Map<string, unknown[]>();
  // Values of one import share their provenance strings: the key is made once per run of them.
  let lastFile: string | undefined;
  let lastAt: string | undefined;
  let lastKey = '';
  let runKey: string | undefined;
  let runGroup: unknown[] | undefined;
  items.forEach((item, index) => {
    let key: string;
    if (list === 'observations') {
      const p = (item as WorkspaceData['observations'][number]).provenance;
      if (p.file !== lastFile || p.importedAt !== lastAt) {
        lastFile = p.file;
        lastAt = p.importedAt;
        lastKey = groupKey(list, item, index);
      }
      key = lastKey;
    } else key = groupKey(list, item, index);
    // A run of items of one group (an import's values) skips the look-up.
    if (key === runKey && runGroup) {
      runGroup.push(item);
      return;
    }
    let group = byKey.get(key);
    if (group) group.push(item);
    else {
      group = [item];
      byKey.set(key, group);
    }
    runKey = key;
    runGroup = group;
  });
  return [...byKey];
}

const sameItems = (a: readonly unknown[], b: readonly unknown[]): boolean =>
  a.length === b.length && a.every((item, i) => item === b[i]);

/**
 * The chunks known to be stored (what this tab last read or wrote), to find which items are
 * already saved. Items are compared by identity: the domain never changes an item in place, it
 * makes a new one, so an unchanged item is the same object.
 */
export class ChunkIndex {
  private readonly byId = new Map<string, ChunkRecord>();
  private readonly byGroup = new Map<string, string[]>();
  /** A list array already stored whole, with its chunk ids (the fast path: nothing to compare). */
  private listChunks = new WeakMap<readonly unknown[], string[]>();

  get ids(): string[] {
    return [...this.byId.keys()];
  }

  add(chunk: ChunkRecord): void {
    this.byId.set(chunk.id, chunk);
    const items = chunk.items;
    const key = `${chunk.list}\u0000${items.length === 0 ? '' : groupKey(chunk.list, items[0], 0)}`;
    this.byGroup.set(key, [...(this.byGroup.get(key) ?? []), chunk.id]);
  }

  rememberList(items: readonly unknown[], ids: string[]): void {
    this.listChunks.set(items, ids);
  }

  /** Keeps only the chunks named (after a save deleted the others). */
  keepOnly(ids: ReadonlySet<string>): void {
    const kept = [...this.byId.values()].filter((c) => ids.has(c.id));
    const lists = this.listChunks;
    this.clear();
    // Whole lists stay known; `listIds` ignores one whose chunks were deleted.
    this.listChunks = lists;
    for (const chunk of kept) this.add(chunk);
  }

  clear(): void {
    this.byId.clear();
    this.byGroup.clear();
    this.listChunks = new WeakMap();
  }

  /** The stored chunk holding exactly these items, if any. */
  find(list: WorkspaceListName, key: string, items: readonly unknown[]): string | null {
    // National datasets are keyed by position; match them by their one item instead.
    const candidates =
      list === 'national'
        ? [...this.byId.values()].filter((c) => c.list === 'national').map((c) => c.id)
        : (this.byGroup.get(`${list}\u0000${key}`) ?? []);
    for (const id of candidates) {
      const chunk = this.byId.get(id);
      if (chunk && sameItems(chunk.items, items)) return id;
    }
    return null;
  }

  /** The chunks a list array was stored as, while they are all still stored. */
  listIds(items: readonly unknown[]): string[] | undefined {
    const ids = this.listChunks.get(items);
    return ids?.every((id) => this.byId.has(id)) ? ids : undefined;
  }
}

/** What a save writes: the manifests, the chunks not yet stored, and every chunk still used. */
export interface SavePlan {
  manifests: WorkspaceManifest[];
  newChunks: ChunkRecord[];
  used: Set<string>;
  /** Each list array and its chunk ids, to remember once the save succeeded. */
  lists: [readonly unknown[], string[]][];
}

/**
 * Plans a save of several workspaces (the current one and the undo steps) against the chunks
 * already stored. `newId` names a new chunk. Pure apart from reading `index`.
 */
export function planSave(
  index: ChunkIndex,
  workspaces: readonly WorkspaceData[],
  newId: () => string,
): SavePlan {
  const newChunks: ChunkRecord[] = [];
  const used = new Set<string>();
  const pending = new ChunkIndex();
  const lists: [readonly unknown[], string[]][] = [];
  const manifests = workspaces.map((ws) => {
    const byList = {} as Record<WorkspaceListName, string[]>;
    for (const list of WORKSPACE_LISTS) {
      const items: readonly unknown[] = (ws[list] as readonly unknown[] | undefined) ?? [];
      let ids = index.listIds(items) ?? pending.listIds(items);
      if (!ids) {
        ids = groups(list, items).map(([key, groupItems]) => {
          const found = index.find(list, key, groupItems) ?? pending.find(list, key, groupItems);
          if (found) return found;
          const chunk: ChunkRecord = { id: newId(), list, items: groupItems };
          newChunks.push(chunk);
          pending.add(chunk);
          return chunk.id;
        });
        pending.rememberList(items, ids);
      }
      for (const id of ids) used.add(id);
      byList[list] = ids;
      lists.push([items, ids]);
    }
    const extras = Object.fromEntries(Object.entries(ws).filter(([key]) => !KNOWN_FIELDS.has(key)));
    return {
      version: 1 as const,
      label: ws.label,
      isExample: ws.isExample,
      ownLa: ws.ownLa ?? null,
      lists: byList,
      ...(Object.keys(extras).length > 0 ? { extras } : {}),
    };
  });
  return { manifests, newChunks, used, lists };
}

/** Puts a workspace together from its manifest and checked chunks; a missing chunk is a reason. */
export function assemble(
  manifest: WorkspaceManifest,
  chunks: ReadonlyMap<string, ChunkRecord>,
): Result<WorkspaceData> {
  const ws: Record<string, unknown> = {
    ...(manifest.extras ?? {}),
    version: manifest.version,
    label: manifest.label,
    isExample: manifest.isExample,
    ownLa: manifest.ownLa,
  };
  for (const list of WORKSPACE_LISTS) {
    const items: unknown[] = [];
    for (const id of manifest.lists[list] ?? []) {
      const chunk = chunks.get(id);
      if (!chunk) return { ok: false, reason: `The record "${id}" (${list}) is missing.` };
      if (chunk.list !== list)
        return { ok: false, reason: `The record "${id}" holds ${chunk.list}, not ${list}.` };
      for (const item of chunk.items) items.push(item);
    }
    // A later list with nothing in it stays absent, as the domain leaves it (types.ts).
    if (items.length > 0 || !LATER_LISTS.has(list)) ws[list] = items;
  }
  return { ok: true, data: ws as unknown as WorkspaceData };
}
