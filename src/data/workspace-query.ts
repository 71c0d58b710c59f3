import { queryOptions } from '@tanstack/react-query';
import type { UndoEntry, WorkspaceData } from '@/domain/types';
import { loadSavedWorkspace } from '@/data/persistence';
import { exampleFromJson } from '@/data/example-json';
import { exampleUrl } from 'virtual:example-workspace';

export type OpenedWorkspace =
  | {
      kind: 'ready';
      workspace: WorkspaceData;
      /** `saved`: read from this browser; `example`: first run (or storage unavailable). */
      source: 'saved' | 'example';
      /** A sentence when storage could not be opened and the example was opened instead. */
      storageProblem: string | null;
      /** The undo history saved with the workspace (empty for the example). */
      history: UndoEntry[];
    }
  /** A workspace is stored but cannot be read: the user chooses what to do (nothing is saved). */
  | { kind: 'damaged'; reason: string };

/**
 * Opens the December 2015 example. A production build ships it ready (JSON made at build time from
 * the fixtures), so a first visit loads no importer code; in development and tests, or if that file
 * cannot be fetched, it is built from the fixtures in its own chunk.
 */
export async function openExample(now: Date = new Date()): Promise<WorkspaceData> {
  if (exampleUrl !== null) {
    try {
      const response = await fetch(exampleUrl);
      if (response.ok) return exampleFromJson(await response.text(), now.toISOString());
    } catch {
      // Built from the fixtures below instead.
    }
  }
  const { buildExampleWorkspace } = await import('@/data/demo');
  return buildExampleWorkspace(now.toISOString());
}

/** Reads what this browser has saved: the workspace, the example on first run, or the damage. */
export async function openSavedWorkspace(): Promise<OpenedWorkspace> {
  const saved = await loadSavedWorkspace();
  switch (saved.kind) {
    case 'saved':
      return {
        kind: 'ready',
        workspace: saved.workspace,
        source: 'saved',
        storageProblem: null,
        history: saved.history,
      };
    case 'damaged':
      return { kind: 'damaged', reason: saved.reason };
    case 'empty':
    case 'unavailable':
      return {
        kind: 'ready',
        workspace: await openExample(),
        source: 'example',
        storageProblem:
          saved.kind === 'unavailable'
            ? `${saved.reason} The example is shown; your changes may not be kept.`
            : null,
        history: [],
      };
  }
}

/**
 * React Query options for the workspace saved in this browser. On first run (nothing saved) it
 * opens the December 2015 example; a stored workspace that cannot be read is reported, never
 * replaced. It never fails for expected reasons, and is read once per page load.
 */
export function savedWorkspaceQuery() {
  return queryOptions({
    queryKey: ['workspace', 'saved'] as const,
    queryFn: openSavedWorkspace,
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
}
