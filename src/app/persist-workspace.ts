import { useWorkspaceStore, storageProblemReported } from '@/state/workspace-store';
import { saveWorkspace } from '@/data/persistence';

/**
 * Saves the workspace to IndexedDB whenever it changes once loaded. Saves run one after another
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

  return useWorkspaceStore.subscribe((state, previous) => {
    if (state.status !== 'ready') return;
    if (state.workspace === previous.workspace && previous.status === 'ready') return;
    void flush();
  });
}
