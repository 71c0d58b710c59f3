/**
 * The read layer for the screens that show indicators one at a time (indicator page, meeting
 * mode, the pack's pages). A module of its own so the scorecard, which a first visit opens, does
 * not load the indicator view's derivations (docs/decisions.md, "Rendering and the first visit").
 */
import type { MonthKey, WorkspaceData } from '@/domain/types';
import { computeIndicatorView, type IndicatorView } from '@/domain/indicator-view';
import { cached } from './derive';
import { useAsAt, useWorkspace } from './hooks';

export const indicatorViewOf = (
  ws: WorkspaceData,
  id: string,
  asAt: MonthKey,
): IndicatorView | null =>
  cached(ws, `indicator\u0000${id}\u0000${asAt}`, () => computeIndicatorView(ws, id, asAt));

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
