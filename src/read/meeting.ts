/**
 * Meeting mode's read layer: its running order from the scorecard's selection in the address. A
 * module of its own (as ./indicator and ./overview), so the scorecard's first visit does not load it.
 */
import { useSearchParams } from 'react-router-dom';
import type { Indicator, Scorecard, WorkspaceData } from '@/domain/types';
import {
  filtersFromParams,
  filtersToParams,
  type ScorecardFilters,
} from '@/domain/scorecard-selection';
import { meetingOrder, selectionWords } from '@/domain/meeting-order';
import { cached, selectedRowsOf, type ChosenView } from './derive';
import { useScorecard, useView, useWorkspace } from './hooks';

/** Meeting mode's running order for a selection (ids and indicators), less the No target rows when skipped. */
export const meetingOrderOf = (
  ws: WorkspaceData,
  scorecard: Scorecard,
  chosen: ChosenView | null,
  filters: ScorecardFilters,
  skipNoTarget: boolean,
): { ids: string[]; indicators: Indicator[] } =>
  cached(
    ws,
    `meeting\u0000${scorecard.asAt}\u0000${chosen?.view.id ?? ''}\u0000${filtersToParams(filters).toString()}\u0000${skipNoTarget}`,
    () => {
      const rows = selectedRowsOf(ws, scorecard, chosen, filters);
      const ids = meetingOrder(rows, skipNoTarget);
      const byId = new Map(rows.map((r) => [r.indicator.id, r.indicator]));
      return { ids, indicators: ids.flatMap((id) => byId.get(id) ?? []) };
    },
  );

/** The address setting of meeting mode that leaves out the rows with no target: `?skip=no-target`. */
export const SKIP_PARAM = 'skip';
export const SKIP_NO_TARGET = 'no-target';

/**
 * Meeting mode's running order: the scorecard's selection (view, filters, search and sort in the
 * address), less the No target rows when the address says `?skip=no-target`.
 */
export function useMeetingOrder(): {
  order: string[];
  /** The indicators of the order, in it (the Go to list). */
  indicators: Indicator[];
  skipNoTarget: boolean;
  /** The scorecard's selection in words ("RAG Red"); empty for every row in the sheet's order. */
  selection: string;
} {
  const workspace = useWorkspace();
  const scorecard = useScorecard();
  const chosen = useView();
  const [params] = useSearchParams();
  const skipNoTarget = params.get(SKIP_PARAM) === SKIP_NO_TARGET;
  if (scorecard === null) return { order: [], indicators: [], skipNoTarget, selection: '' };
  const filters = filtersFromParams(params, scorecard.sections);
  const { ids, indicators } = meetingOrderOf(workspace, scorecard, chosen, filters, skipNoTarget);
  return {
    order: ids,
    indicators,
    skipNoTarget,
    selection: selectionWords(filters),
  };
}
