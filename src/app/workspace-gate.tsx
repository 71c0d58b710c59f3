import { useEffect, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { savedWorkspaceQuery } from '@/data/workspace-query';
import { useWorkspaceStore, workspaceLoaded } from '@/state/workspace-store';
import { StatusPanel } from '@/components/status-panel';

/**
 * Reads the saved workspace (or opens the example on first run) once, hands it to the store, and
 * shows the screens only when it is there.
 */
export function WorkspaceGate({ children }: { children: ReactNode }) {
  const status = useWorkspaceStore((s) => s.status);
  const query = useQuery({ ...savedWorkspaceQuery(), enabled: status === 'loading' });

  useEffect(() => {
    if (status === 'loading' && query.data) {
      workspaceLoaded(query.data.workspace, query.data.storageProblem, query.data.history);
    }
  }, [status, query.data]);

  if (status === 'ready') return <>{children}</>;
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
