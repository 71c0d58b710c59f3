import {
  storageProblemReported,
  useWorkspaceStore,
  workspaceChangedElsewhere,
} from '@/state/workspace-store';
import { loadSavedWorkspace, onSavedElsewhere, saveWorkspaceState } from '@/data/persistence';

/** What the user is told when another tab's save won over a change made here. */
export const CONFLICT_NOTE =
  'This workspace was changed in another tab at the same moment. That version is shown here; your last change in this tab was not saved: please make it again.';

/**
 * Saves the workspace (with its undo steps) to IndexedDB whenever it changes once loaded. Saves
 * run one after another and only the newest waiting state is written, so a burst of changes costs
 * one write. Two tabs: when another tab saves, this tab reads the new workspace before it can
 * write over it; if both saved at once, the storage layer refuses the stale write, and this tab
 * reads the other's version and says so. A failed save is reported in the store (the layout shows
 * it). While a save is running or waiting, and only then, leaving the page (reload, close, another
 * address) asks first (`beforeunload`: the browser's own "Leave site?"), so the save can finish;
 * a waiting save starts the moment the one before it ends, with no delay (docs/decisions.md,
 * "Storage"). Returns the unsubscribe function.
 */
export function startPersistence(target: Window = window): () => void {
  let writing = false;
  let waiting = false;
  /** Set while this tab applies another tab's workspace, so that is not saved back. */
  let applying = false;
  let reloadWanted = false;
  let saveProblem: string | null = null;

  const reloadFromStorage = async (note: string | null) => {
    const loaded = await loadSavedWorkspace();
    if (loaded.kind !== 'saved') {
      storageProblemReported(
        loaded.kind === 'damaged' || loaded.kind === 'unavailable'
          ? `${loaded.reason} Reload the page to choose what to do.`
          : null,
      );
      return;
    }
    applying = true;
    try {
      workspaceChangedElsewhere(loaded.workspace, loaded.history, note);
    } finally {
      applying = false;
    }
  };

  /** Listened to only while a save runs or waits, so a page with nothing unsaved leaves freely. */
  const askBeforeLeaving = (event: BeforeUnloadEvent) => {
    if (!writing) return;
    event.preventDefault();
    // Older Chromium and Safari show the prompt only when returnValue is set.
    event.returnValue = true;
  };

  const flush = async () => {
    if (writing) {
      waiting = true;
      return;
    }
    writing = true;
    target.addEventListener('beforeunload', askBeforeLeaving);
    try {
      do {
        waiting = false;
        const { workspace, history } = useWorkspaceStore.getState();
        const result = await saveWorkspaceState(workspace, history);
        if (result.ok) {
          // Clear only a save failure this loop reported: other notes stay until read.
          if (saveProblem !== null && useWorkspaceStore.getState().storageProblem === saveProblem)
            storageProblemReported(null);
          saveProblem = null;
        } else if (result.conflict) {
          waiting = false;
          await reloadFromStorage(CONFLICT_NOTE);
        } else {
          saveProblem = `${result.reason} Export your workspace to a file to keep a copy.`;
          storageProblemReported(saveProblem);
        }
      } while (waiting);
    } finally {
      // Also after an unexpected error, so the page never asks for a save that is not running.
      writing = false;
      target.removeEventListener('beforeunload', askBeforeLeaving);
    }
    if (reloadWanted) {
      reloadWanted = false;
      await reloadFromStorage(null);
    }
  };

  const unsubscribeChannel = onSavedElsewhere(() => {
    if (useWorkspaceStore.getState().status !== 'ready') return;
    // A save of ours in flight will meet the newer revision and reload then; otherwise read now.
    if (writing) reloadWanted = true;
    else void reloadFromStorage(null);
  });

  const unsubscribeStore = useWorkspaceStore.subscribe((state, previous) => {
    if (state.status !== 'ready' || applying) return;
    const loadedNow = previous.status !== 'ready';
    if (state.workspace === previous.workspace && state.history === previous.history && !loadedNow)
      return;
    void flush();
  });
  return () => {
    target.removeEventListener('beforeunload', askBeforeLeaving);
    unsubscribeChannel();
    unsubscribeStore();
  };
}
