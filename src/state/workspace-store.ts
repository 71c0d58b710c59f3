import { create } from 'zustand';
import type {
  MonthKey,
  NationalMapping,
  ParsedFile,
  ScorecardView,
  SpcPreferences,
  UndoEntry,
  WorkspaceData,
} from '@/domain/types';

export type { UndoEntry };
import {
  emptyWorkspace,
  mergeImport,
  removeImport,
  type ObservationPatch,
} from '@/domain/workspace';
import { contributes } from '@/domain/import/contributes';

/** How many earlier workspaces the undo keeps (imports, removals, clearing, restoring). */
export const UNDO_LIMIT = 5;

export interface WorkspaceState {
  /** `loading` until the saved workspace (or the example) has been read. */
  status: 'loading' | 'ready';
  workspace: WorkspaceData;
  /** The "As at month end" the user picked; null means the latest month with data. */
  selectedMonth: MonthKey | null;
  /** Newest last; at most UNDO_LIMIT entries. Saved with the workspace, so undo survives a reload. */
  history: UndoEntry[];
  /** Set when the workspace could not be saved or read in this browser (a sentence). */
  storageProblem: string | null;
}

const initialState: WorkspaceState = {
  status: 'loading',
  workspace: emptyWorkspace(),
  selectedMonth: null,
  history: [],
  storageProblem: null,
};

/**
 * The one store of what the user gave us. Components read it with selectors; they change it only
 * through the module-level actions below, named as the events that happened (Umami style).
 */
export const useWorkspaceStore = create<WorkspaceState>()(() => initialState);

const set = useWorkspaceStore.setState;
const get = useWorkspaceStore.getState;

function remember(description: string): UndoEntry[] {
  const { history, workspace } = get();
  return [...history, { description, before: workspace }].slice(-UNDO_LIMIT);
}

/** The undo step's name: the files that were loaded (a file with nothing to import is not). */
function describeFiles(parsed: ParsedFile[]): string {
  const loaded = parsed.filter(contributes);
  if (loaded.length === 1) return `Import of ${loaded[0]?.file ?? 'one file'}`;
  return `Import of ${loaded.length} files`;
}

/** The saved workspace (or the example on first run) has been read from storage. */
export function workspaceLoaded(
  workspace: WorkspaceData,
  storageProblem: string | null = null,
  history: UndoEntry[] = [],
): void {
  set({
    status: 'ready',
    workspace,
    selectedMonth: null,
    history: history.slice(-UNDO_LIMIT),
    storageProblem,
  });
}

/**
 * The user confirmed an import: merge the files in the order given (later files win) and keep the
 * workspace as it was, for undo. Files with nothing to import change nothing. `patches` are the
 * import worker's merge of the files' values (one per file that brings something), when the
 * values stayed in the worker.
 */
export function importConfirmed(
  parsed: ParsedFile[],
  importedAt: string = new Date().toISOString(),
  patches?: readonly ObservationPatch[],
): void {
  if (!parsed.some(contributes)) return;
  const { workspace } = get();
  // Importing the user's own data into the example would mix the two: start from empty instead.
  const base = workspace.isExample ? emptyWorkspace() : workspace;
  set({
    history: remember(describeFiles(parsed)),
    workspace: mergeImport(base, parsed, importedAt, patches),
    selectedMonth: null,
  });
}

/** Undo the last step: the workspace goes back to how it was before it. No-op without history. */
export function importUndone(): void {
  const { history } = get();
  const last = history[history.length - 1];
  if (!last) return;
  set({ workspace: last.before, history: history.slice(0, -1), selectedMonth: null });
}

/**
 * Another tab saved a newer workspace and this tab read it: it replaces this tab's copy (with its
 * undo steps). The chosen month stays if the new workspace still has it; `note` says what happened.
 */
export function workspaceChangedElsewhere(
  workspace: WorkspaceData,
  history: UndoEntry[],
  note: string | null = null,
): void {
  set({ workspace, history: history.slice(-UNDO_LIMIT), storageProblem: note });
}

/** The user removed one loaded file: its values go and the values it replaced come back. */
export function importRemoved(importId: string): void {
  const { workspace } = get();
  const record = workspace.imports.find((r) => r.id === importId);
  if (!record) return;
  set({
    history: remember(`Removal of ${record.file}`),
    workspace: removeImport(workspace, importId),
    selectedMonth: null,
  });
}

/** "Start with my own data": the example goes (undoable), leaving an empty workspace. */
export function exampleCleared(): void {
  set({
    history: remember('Removal of the example'),
    workspace: emptyWorkspace(),
    selectedMonth: null,
  });
}

/** The example workspace was built and opened in place of the current one (undoable). */
export function exampleLoaded(example: WorkspaceData): void {
  set({ history: remember('Opening the example'), workspace: example, selectedMonth: null });
}

/** The user picked an "As at month end"; null goes back to the latest month with data. */
export function monthSelected(month: MonthKey | null): void {
  set({ selectedMonth: month });
}

/**
 * Commentary for one indicator and month was saved. Blank text removes the commentary.
 * Not an undo step: commentary is edited in place.
 */
export function commentarySaved(
  indicatorId: string,
  month: MonthKey,
  text: string,
  updatedAt: string = new Date().toISOString(),
): void {
  const { workspace } = get();
  const others = workspace.commentary.filter(
    (c) => !(c.indicatorId === indicatorId && c.month === month),
  );
  const commentary =
    text.trim() === '' ? others : [...others, { indicatorId, month, text, updatedAt }];
  set({ workspace: { ...workspace, commentary } });
}

/**
 * The council said which local authority it is (a 3-digit old_la_code), for comparisons with
 * published national data (SPEC 2.5); null forgets it. A setting, not an undo step.
 */
export function ownLaChosen(code: string | null): void {
  const { workspace } = get();
  set({ workspace: { ...workspace, ownLa: code } });
}

/**
 * The published measure an indicator is compared with was chosen (null: none). A setting, not an
 * undo step.
 */
export function nationalMappingChosen(indicatorId: string, mapping: NationalMapping | null): void {
  const { workspace } = get();
  const others = (workspace.nationalMappings ?? []).filter((m) => m.indicatorId !== indicatorId);
  set({
    workspace: { ...workspace, nationalMappings: mapping ? [...others, mapping] : others },
  });
}

/**
 * A view (themed scorecard) was made or changed: it replaces the view of the same id, or is added
 * at the end. A setting, not an undo step; saved with the workspace and in its export.
 */
export function viewSaved(view: ScorecardView): void {
  const { workspace } = get();
  const views = workspace.views ?? [];
  const at = views.findIndex((v) => v.id === view.id);
  set({
    workspace: {
      ...workspace,
      views: at < 0 ? [...views, view] : views.map((v, k) => (k === at ? view : v)),
    },
  });
}

/** A view was deleted (its indicators and figures are untouched). */
export function viewRemoved(id: string): void {
  const { workspace } = get();
  set({ workspace: { ...workspace, views: (workspace.views ?? []).filter((v) => v.id !== id) } });
}

/**
 * A screen's own change to the workspace, made by the action modules beside this store (e.g.
 * looking-ahead-actions.ts, kept out of the first visit's code): an undo step when `undo` names it.
 */
export function workspaceEdited(next: WorkspaceData, undo: string | null = null): void {
  set(undo === null ? { workspace: next } : { history: remember(undo), workspace: next });
}

/**
 * A signal-or-noise setting changed (run length, minimum points, a series break or a fixed
 * baseline; `description` names it, e.g. "Series break at 9.1, July 2015"). Undoable: it changes
 * the verdicts on every screen.
 */
export function spcSettingsChanged(spc: SpcPreferences, description: string): void {
  const { workspace } = get();
  set({ history: remember(description), workspace: { ...workspace, spc } });
}

/** A workspace file was restored: it replaces the current workspace (undoable). */
export function workspaceRestored(restored: WorkspaceData): void {
  set({ history: remember('Restore from file'), workspace: restored, selectedMonth: null });
}

/** Saving to or reading from browser storage failed (a sentence), or null when it works again. */
export function storageProblemReported(problem: string | null): void {
  if (get().storageProblem !== problem) set({ storageProblem: problem });
}

/** Back to the state before loading: for tests. */
export function workspaceStoreReset(): void {
  set(initialState, true);
}
