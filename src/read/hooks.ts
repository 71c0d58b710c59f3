/**
 * The read layer: the only way screens get derived data (with `./indicator` and `./overview`). Each hook reads the workspace and the
 * chosen month from the store and returns the domain's result for them, computed once per
 * workspace and month (see `./derive`).
 */
import { useSearchParams } from 'react-router-dom';
import type { Indicator, Scorecard, ScorecardRow, WorkspaceData, YearKey } from '@/domain/types';
import { useWorkspaceStore } from '@/state/workspace-store';
import {
  asAtOf,
  catalogueTagsOf,
  indicatorOrderOf,
  laOptionsOf,
  measureOptionsOf,
  nationalComparisonOf,
  nationalYearsOf,
  orderedIndicatorsOf,
  printedMonthsOf,
  selectedRowsOf,
  scorecardOf,
  spcSettingsOf,
  viewOf,
  type AsAt,
  type ChosenView,
  type IndicatorSpcSettings,
} from './derive';
import { filtersFromParams, type ScorecardFilters } from '@/domain/scorecard-selection';

export type { AsAt, ChosenView, IndicatorSpcSettings };

/** The address parameter that names the chosen view: `?view=safeguarding-board-key-indicators`. */
export const VIEW_PARAM = 'view';

export const useWorkspace = (): WorkspaceData => useWorkspaceStore((s) => s.workspace);

/**
 * The view named in the address, with its indicators in order; null for all indicators (no view
 * named, or one this workspace does not have).
 */
export function useView(): ChosenView | null {
  const workspace = useWorkspace();
  const [params] = useSearchParams();
  return viewOf(workspace, params.get(VIEW_PARAM));
}

/** Every view of the workspace with its indicators in order (the Views screen). */
export function useViews(): ChosenView[] {
  const workspace = useWorkspace();
  return (workspace.views ?? []).flatMap((v) => viewOf(workspace, v.id) ?? []);
}

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
  const chosen = useView();
  return asAt === null ? null : scorecardOf(workspace, asAt, chosen);
}

/** Indicator ids in scorecard order, or the chosen view's order. */
export function useIndicatorOrder(): string[] {
  return indicatorOrderOf(useWorkspace(), useView());
}

/** The indicators in scorecard order (the Views screen's list to pick from). */
export const useOrderedIndicators = () => orderedIndicatorsOf(useWorkspace());

/** The months an imported sheet printed a DOT or RAG for, oldest first. */
export const usePrintedMonths = () => printedMonthsOf(useWorkspace());

/** Every tag of the catalogue, in the order first met. */
export const useCatalogueTags = () => catalogueTagsOf(useWorkspace());

/** Every published measure of the imported national datasets. */
export const useMeasureOptions = () => measureOptionsOf(useWorkspace());

/** The local authorities of the imported national datasets. */
export const useLaOptions = () => laOptionsOf(useWorkspace());

/** The years the measure mapped to an indicator has published figures for, oldest first. */
export const useNationalYears = (indicatorId: string) =>
  nationalYearsOf(useWorkspace(), indicatorId);

/** An indicator against the published figures of a year; null without a year. */
export function useNationalComparison(indicator: Indicator, year: YearKey | null) {
  const workspace = useWorkspace();
  return year === null ? null : nationalComparisonOf(workspace, indicator, year);
}

/** The scorecard, the selection in the address (filters, search, sort) and the rows it shows. */
export interface ScorecardSelection {
  scorecard: Scorecard;
  filters: ScorecardFilters;
  rows: ScorecardRow[];
  /** A row shown awaits a partner's figure for the month (its column is drawn wider). */
  awaiting: boolean;
}

/**
 * The scorecard's selection as the address gives it (?section=&rag=&dot=&variation=&q=&sort=):
 * the rows shown, filtered, searched and sorted. Null before any monthly value.
 */
export function useScorecardSelection(): ScorecardSelection | null {
  const workspace = useWorkspace();
  const scorecard = useScorecard();
  const chosen = useView();
  const [params] = useSearchParams();
  if (scorecard === null) return null;
  const filters = filtersFromParams(params, scorecard.sections);
  const rows = selectedRowsOf(workspace, scorecard, chosen, filters);
  return { scorecard, filters, rows, awaiting: rows.some((r) => Boolean(r.awaiting)) };
}

/**
 * One indicator's signal-or-noise settings (run length, minimum points, its breaks and baseline,
 * defaults filled in) and its months with a value, to mark a break at; with what is stored, to
 * change it through the store's `spcSettingsChanged`.
 */
export function useSpcSettings(id: string) {
  const workspace = useWorkspace();
  return { ...spcSettingsOf(workspace, id), stored: workspace.spc ?? {} };
}
