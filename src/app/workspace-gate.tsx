import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { savedWorkspaceQuery } from '@/data/workspace-query';
import { useWorkspaceStore, workspaceLoaded } from '@/state/workspace-store';
import { StatusPanel } from '@/components/status-panel';

/** Shown only when stored data cannot be read, so its code is loaded only then. */
const DamagedStorage = lazy(async () => ({
  default: (await import('@/app/damaged-storage')).DamagedStorage,
}));

/**
 * Reads the saved workspace (or opens the example on first run) once, hands it to the store, and
 * shows the screens only when it is there. A stored workspace that cannot be read stops here:
 * the user chooses what to do, and nothing is saved until then.
 */
export function WorkspaceGate({ children }: { children: ReactNode }) {
  const status = useWorkspaceStore((s) => s.status);
  const query = useQuery({ ...savedWorkspaceQuery(), enabled: status === 'loading' });
  const opened = query.data;

  useEffect(() => {
    if (status === 'loading' && opened?.kind === 'ready') {
      workspaceLoaded(opened.workspace, opened.storageProblem, opened.history);
    }
  }, [status, opened]);

  if (status === 'ready') return <>{children}</>;
  if (opened?.kind === 'damaged') {
    return (
      <Suspense fallback={<StatusPanel state="loading" title="Opening your data" />}>
        <DamagedStorage
          reason={opened.reason}
          onChosen={(workspace, note) => workspaceLoaded(workspace, note, [])}
        />
      </Suspense>
    );
  }
  if (query.isError) {
    return (
      <StatusPanel state="error" title="Your data could not be opened">
        <p>{query.error instanceof Error ? query.error.message : String(query.error)}</p>
        <p>Reload the page to try again.</p>
      </StatusPanel>
    );
  }
  return <StatusPanel state="loading" title="Opening your data" />;
}
