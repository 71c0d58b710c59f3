/**
 * The read layer: the only way screens get derived data. Each hook reads the workspace and the
 * chosen month from the store and returns the domain's result for them, computed once per
 * workspace and month (see `./derive`).
 */
import { useState } from 'react';
import type { MonthKey, WorkspaceData } from '@/domain/types';
import { useWorkspaceStore } from '@/state/workspace-store';
import {
  asAtOf,
  compareMonthOf,
  indicatorOrderOf,
  indicatorViewOf,
  ragOverviewOf,
  scorecardOf,
  type AsAt,
} from './derive';

export type { AsAt };

export const useWorkspace = (): WorkspaceData => useWorkspaceStore((s) => s.workspace);

/** The months with data and the month every screen shows ("As at month end"). */
export function useAsAt(): AsAt {
  const workspace = useWorkspace();
  const selected = useWorkspaceStore((s) => s.selectedMonth);
  return asAtOf(workspace, selected);
}

/** The Performance Summary as at the chosen month, or null before any monthly value. */
export function useScorecard() {
  const workspace = useWorkspace();
  const { asAt } = useAsAt();
  return asAt === null ? null : scorecardOf(workspace, asAt);
}

/** Everything an indicator's page (or meeting slide, or pack page) shows, as at the chosen month. */
export function useIndicatorView(id: string) {
  const workspace = useWorkspace();
  const { asAt } = useAsAt();
  return asAt === null ? null : indicatorViewOf(workspace, id, asAt);
}

/** Indicator views for several ids (the pack), in the order given. */
export function useIndicatorViews(ids: readonly string[]) {
  const workspace = useWorkspace();
  const { asAt } = useAsAt();
  if (asAt === null) return [];
  return ids.flatMap((id) => {
    const view = indicatorViewOf(workspace, id, asAt);
    return view ? [view] : [];
  });
}

/** Indicator ids in scorecard order. */
export function useIndicatorOrder(): string[] {
  return indicatorOrderOf(useWorkspace());
}

/**
 * The RAG overview as at the chosen month against an earlier month (the month before unless the
 * user chose another), with the setter for that choice.
 */
export function useRagOverview() {
  const workspace = useWorkspace();
  const { asAt } = useAsAt();
  const [chosen, setCompare] = useState<MonthKey | null>(null);
  if (asAt === null) return { overview: null, compareWith: null, setCompare } as const;
  const compareWith = compareMonthOf(asAt, chosen);
  return {
    overview: ragOverviewOf(workspace, asAt, compareWith),
    compareWith,
    setCompare,
  } as const;
}
