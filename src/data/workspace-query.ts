import { queryOptions } from '@tanstack/react-query';
import type { UndoEntry, WorkspaceData } from '@/domain/types';
import { loadHistory, loadWorkspace } from '@/data/persistence';

export interface OpenedWorkspace {
  workspace: WorkspaceData;
  /** `saved`: read from this browser; `example`: first run (or unreadable storage). */
  source: 'saved' | 'example';
  /** A sentence when storage could not be read and the example was opened instead. */
  storageProblem: string | null;
  /** The undo history saved with the workspace (empty for the example). */
  history: UndoEntry[];
}

/** Builds the example in its own chunk, so the fixture text is fetched only on first run. */
export async function openExample(now: Date = new Date()): Promise<WorkspaceData> {
  const { buildExampleWorkspace } = await import('@/data/demo');
  return buildExampleWorkspace(now.toISOString());
}

/**
 * React Query options for the workspace saved in this browser. On first run (nothing saved) it
 * opens the December 2015 example; when storage cannot be read it opens the example too, and says
 * why. It never fails for expected reasons, and is read once per page load.
 */
export function savedWorkspaceQuery() {
  return queryOptions({
    queryKey: ['workspace', 'saved'] as const,
    queryFn: async (): Promise<OpenedWorkspace> => {
      const saved = await loadWorkspace();
      if (saved.ok && saved.data)
        return {
          workspace: saved.data,
          source: 'saved',
          storageProblem: null,
          history: await loadHistory(),
        };
      return {
        workspace: await openExample(),
        source: 'example',
        storageProblem: saved.ok ? null : `${saved.reason} The example is shown instead.`,
        history: [],
      };
    },
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
}
