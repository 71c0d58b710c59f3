import { useWorkspaceStore, storageProblemReported } from '@/state/workspace-store';
import { saveHistory, saveWorkspace } from '@/data/persistence';

/**
 * Saves the workspace to IndexedDB whenever it changes once loaded, and the undo history when it
 * changes (a history write failing is not reported: the workspace is what matters). Saves run one after another
 * and only the newest waiting workspace is written, so a burst of changes costs one write.
 * A failed save is reported in the store (the layout shows it). Returns the unsubscribe function.
 */
export function startPersistence(): () => void {
  let writing = false;
  let waiting = false;

  const flush = async () => {
    if (writing) {
      waiting = true;
      return;
    }
    writing = true;
    do {
      waiting = false;
      const result = await saveWorkspace(useWorkspaceStore.getState().workspace);
      storageProblemReported(
        result.ok ? null : `${result.reason} Export your workspace to a file to keep a copy.`,
      );
    } while (waiting);
    writing = false;
  };

  // The undo history is saved apart, only when it changes (an import, a removal, an undo).
  let historyWriting: Promise<unknown> = Promise.resolve();
  const saveHistoryInTurn = () => {
    historyWriting = historyWriting.then(() => saveHistory(useWorkspaceStore.getState().history));
  };

  return useWorkspaceStore.subscribe((state, previous) => {
    if (state.status !== 'ready') return;
    const loadedNow = previous.status !== 'ready';
    if (state.history !== previous.history && !loadedNow) saveHistoryInTurn();
    if (state.workspace === previous.workspace && !loadedNow) return;
    void flush();
  });
}
