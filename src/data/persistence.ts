import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import type { UndoEntry, WorkspaceData } from '@/domain/types';
import { validateWorkspace, type Result } from '@/data/workspace-file';

/** The IndexedDB database and store that hold the workspace (one record). */
const DB_NAME = 'cs-performance-dashboard';
const STORE_NAME = 'workspace';
const KEY = 'current';
/** The undo history (earlier workspaces), kept apart so the workspace itself loads on its own. */
const HISTORY_KEY = 'history';

let store: UseStore | null = null;
const workspaceStore = (): UseStore => (store ??= createStore(DB_NAME, STORE_NAME));

const describe = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/**
 * Reads the saved workspace. `data: null` means nothing was saved yet (first run). A saved value
 * that no longer has the workspace shape, or a browser without IndexedDB, is a failure value.
 */
export async function loadWorkspace(): Promise<Result<WorkspaceData | null>> {
  let saved: unknown;
  try {
    saved = await get(KEY, workspaceStore());
  } catch (error) {
    return { ok: false, reason: `This browser's storage could not be read (${describe(error)}).` };
  }
  if (saved === undefined) return { ok: true, data: null };
  const checked = validateWorkspace(saved);
  if (!checked.ok)
    return { ok: false, reason: `The saved workspace is damaged: ${checked.reason}` };
  return checked;
}

/** Saves the workspace, replacing the previous one. Failure (quota, private mode) is a value. */
export async function saveWorkspace(ws: WorkspaceData): Promise<Result<null>> {
  try {
    await set(KEY, ws, workspaceStore());
    return { ok: true, data: null };
  } catch (error) {
    return {
      ok: false,
      reason: `Your data could not be saved in this browser (${describe(error)}).`,
    };
  }
}

/** Forgets the saved workspace and its undo history: the next load is a first run again. */
export async function clearSavedWorkspace(): Promise<Result<null>> {
  try {
    await del(KEY, workspaceStore());
    await del(HISTORY_KEY, workspaceStore());
    return { ok: true, data: null };
  } catch (error) {
    return { ok: false, reason: `The saved workspace could not be removed (${describe(error)}).` };
  }
}

/**
 * Reads the saved undo history. Anything unreadable is dropped rather than reported: losing the
 * undo of an earlier step must never stop the workspace from opening.
 */
export async function loadHistory(): Promise<UndoEntry[]> {
  let saved: unknown;
  try {
    saved = await get(HISTORY_KEY, workspaceStore());
  } catch {
    return [];
  }
  if (!Array.isArray(saved)) return [];
  const entries: UndoEntry[] = [];
  for (const item of saved as unknown[]) {
    if (typeof item !== 'object' || item === null) continue;
    const { description, before } = item as { description?: unknown; before?: unknown };
    const checked = validateWorkspace(before);
    if (typeof description === 'string' && checked.ok)
      entries.push({ description, before: checked.data });
  }
  return entries;
}

/** Saves the undo history, replacing the previous one. Failure is a value. */
export async function saveHistory(history: UndoEntry[]): Promise<Result<null>> {
  try {
    await set(HISTORY_KEY, history, workspaceStore());
    return { ok: true, data: null };
  } catch (error) {
    return {
      ok: false,
      reason: `The undo history could not be saved in this browser (${describe(error)}).`,
    };
  }
}
