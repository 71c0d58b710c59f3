/**
 * The read layer for the safeguarding board's screens (issue 12): the completeness tracker, RAG
 * by agency and an indicator's breakdowns. A module of its own so a first visit's scorecard does
 * not load these derivations (docs/decisions.md, "Rendering and the first visit").
 */
import { useSearchParams } from 'react-router-dom';
import type { MonthKey, WorkspaceData } from '@/domain/types';
import { isoDay } from '@/domain/dates';
import { orderIndicators, indexWorkspace } from '@/domain/scorecard';
import {
  computeCompleteness,
  isIsoDate,
  returnedIn,
  type Completeness,
  type IsoDate,
} from '@/domain/completeness';
import { breakdownTables, type BreakdownTable } from '@/domain/breakdowns';
import { ragByAgency, type AgencyRag } from '@/domain/agency-rag';
import { cached, scorecardOf, type ChosenView } from './derive';
import { useAsAt, useView, useWorkspace } from './hooks';

/**
 * The completeness tracker (SPEC 2.9) as at `asAt`, checked on the day `checkedOn`: agencies x
 * the months up to `asAt`, and the outstanding returns. For the chosen view's indicators when
 * there is one.
 */
export const completenessOf = (
  ws: WorkspaceData,
  asAt: MonthKey,
  checkedOn: IsoDate,
  chosen: ChosenView | null = null,
): Completeness =>
  cached(ws, `completeness\u0000${asAt}\u0000${checkedOn}\u0000${chosen?.view.id ?? ''}`, () => {
    const ordered = orderIndicators(ws.indicators);
    const ids = chosen ? new Set(chosen.ids) : null;
    return computeCompleteness(
      ids ? ordered.filter((i) => ids.has(i.id)) : ordered,
      returnedIn(ws),
      asAt,
      checkedOn,
    );
  });

/** An indicator's breakdowns as at `asAt` (SPEC 2.8): one table per dimension. */
export const breakdownsOf = (ws: WorkspaceData, id: string, asAt: MonthKey): BreakdownTable[] =>
  cached(ws, `breakdowns\u0000${id}\u0000${asAt}`, () => {
    const ind = ws.indicators.find((i) => i.id === id);
    if (!ind || !(ws.breakdowns ?? []).some((b) => b.indicatorId === id)) return [];
    return breakdownTables(ws, ind, asAt, indexWorkspace(ws).observation);
  });

/** The scorecard's rows by agency with their RAG counts, on the rule the scorecard uses. */
export const ragByAgencyOf = (
  ws: WorkspaceData,
  asAt: MonthKey,
  chosen: ChosenView | null = null,
): AgencyRag[] =>
  cached(ws, `agency-rag\u0000${asAt}\u0000${chosen?.view.id ?? ''}`, () =>
    ragByAgency(scorecardOf(ws, asAt, chosen).rows),
  );

/** The address parameter of the day the tracker checks against: `?on=2016-01-25` (default today). */
export const CHECKED_ON_PARAM = 'on';

/**
 * The completeness tracker as at the chosen month (SPEC 2.9), checked on the day in the address
 * (today when none or not a date), with the setter for that day; null before any monthly value.
 */
export function useCompleteness() {
  const workspace = useWorkspace();
  const { asAt } = useAsAt();
  const view = useView();
  const [params, setParams] = useSearchParams();
  const asked = params.get(CHECKED_ON_PARAM);
  const checkedOn = asked !== null && isIsoDate(asked) ? asked : isoDay(new Date());
  const setCheckedOn = (day: string) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (isIsoDate(day)) next.set(CHECKED_ON_PARAM, day);
        else next.delete(CHECKED_ON_PARAM);
        return next;
      },
      { replace: true },
    );
  return {
    completeness: asAt === null ? null : completenessOf(workspace, asAt, checkedOn, view),
    checkedOn,
    setCheckedOn,
  } as const;
}

/** How each agency is doing: the chosen month's RAG counts by agency (the view's rule). */
export function useRagByAgency() {
  const workspace = useWorkspace();
  const { asAt } = useAsAt();
  const view = useView();
  return asAt === null ? [] : ragByAgencyOf(workspace, asAt, view);
}

/** An indicator's breakdowns as at the chosen month (SPEC 2.8), one table per dimension. */
export function useBreakdowns(id: string) {
  const workspace = useWorkspace();
  const { asAt } = useAsAt();
  return asAt === null ? [] : breakdownsOf(workspace, id, asAt);
}
