/**
 * The read layer's pure half: every derived figure a screen shows, computed from the workspace
 * through the domain and kept per workspace object (workspaces are never changed in place: an
 * import, a removal or a commentary makes a new one). So a month switch, or a second screen on
 * the same month, costs a look-up, not a recomputation; a new workspace drops every entry with it.
 *
 * Screens never call these directly: they use the hooks in `./hooks`, and for the screens that
 * show indicators one by one or the RAG overview, `./indicator` and `./overview` (modules of their
 * own, so a first visit's scorecard does not load those derivations).
 */
import { replaceEqualDeep } from '@tanstack/react-query';
import type { Indicator, MonthKey, Scorecard, WorkspaceData, YearKey } from '@/domain/types';
import { availableMonths, latestMonth } from '@/domain/workspace';
import { computeScorecard, orderIndicators } from '@/domain/scorecard';
import { compareMonths } from '@/domain/periods';
import {
  catalogueTags,
  scorecardForView,
  viewIndicatorIds,
  type ScorecardView,
} from '@/domain/views';
import { filtersToParams, selectRows, type ScorecardFilters } from '@/domain/scorecard-selection';
import {
  laOptions,
  mappingOf,
  measureOptions,
  measureYears,
  nationalComparison,
  type MeasureOption,
  type NationalComparison,
} from '@/domain/national';
import { observedMonths } from '@/domain/signal';
import { spcSettingsFor } from '@/domain/spc-settings';
import type { SpcSettings } from '@/domain/spc';

/** One cache per workspace: entries keyed by a string made of the arguments. */
const caches = new WeakMap<WorkspaceData, Map<string, unknown>>();

export function cached<T>(ws: WorkspaceData, key: string, compute: () => T): T {
  let cache = caches.get(ws);
  if (!cache) {
    cache = new Map();
    caches.set(ws, cache);
  }
  if (cache.has(key)) return cache.get(key) as T;
  const value = compute();
  cache.set(key, value);
  return value;
}

/** The months with data, oldest first, and the latest of them. */
export interface AsAt {
  months: MonthKey[];
  latest: MonthKey | null;
  /** The month every screen shows: the chosen one if it has data, else the latest. */
  asAt: MonthKey | null;
}

export function asAtOf(ws: WorkspaceData, selected: MonthKey | null): AsAt {
  const { months, latest } = cached(ws, 'months', () => ({
    months: availableMonths(ws),
    latest: latestMonth(ws),
  }));
  const asAt = selected !== null && months.includes(selected) ? selected : latest;
  return { months, latest, asAt };
}

/** The chosen view of the workspace and its indicators in order, or null for all indicators. */
export interface ChosenView {
  view: ScorecardView;
  ids: string[];
}

/** The view whose id is `id` (from the address), or null when there is none by that id. */
export const viewOf = (ws: WorkspaceData, id: string | null): ChosenView | null =>
  id === null
    ? null
    : cached(ws, `view\u0000${id}`, () => {
        const view = (ws.views ?? []).find((v) => v.id === id);
        return view ? { view, ids: viewIndicatorIds(view, orderIndicators(ws.indicators)) } : null;
      });

/** Per workspace, the last scorecard computed (of any month), whose parts later ones share. */
const lastScorecards = new WeakMap<WorkspaceData, Scorecard>();

/**
 * The scorecard with the parts equal to the last one's (of another month) replaced by that one's
 * objects: per row (same workspace, same order, so position i is the same indicator) the year
 * trend and benchmark cells, and the column years. Memoised cells of the table then skip what a
 * month switch does not change. Only these parts are compared: they are small, whereas a row's
 * months and signal always change with the month.
 */
function shareUnchanged(ws: WorkspaceData, card: Scorecard): Scorecard {
  const last = lastScorecards.get(ws);
  lastScorecards.set(ws, card);
  if (!last) return card;
  card.trendYears = replaceEqualDeep(last.trendYears, card.trendYears);
  card.benchmarkYears = replaceEqualDeep(last.benchmarkYears, card.benchmarkYears);
  card.rows.forEach((row, i) => {
    const before = last.rows[i];
    if (before?.indicator.id !== row.indicator.id) return;
    row.yearTrend = replaceEqualDeep(before.yearTrend, row.yearTrend);
    row.benchmarks = replaceEqualDeep(before.benchmarks, row.benchmarks);
  });
  return card;
}

/** The Performance Summary as at `asAt`, of the chosen view's indicators when there is one. */
export const scorecardOf = (
  ws: WorkspaceData,
  asAt: MonthKey,
  chosen: ChosenView | null = null,
): Scorecard => {
  const all = cached(ws, `scorecard\u0000${asAt}`, () =>
    shareUnchanged(ws, computeScorecard(ws, asAt)),
  );
  if (chosen === null) return all;
  // A view rated on the board's two tests (SPEC 3.7) rates its rows so.
  const base =
    chosen.view.ragRule === 'two_test'
      ? cached(ws, `scorecard-two-test\u0000${asAt}`, () =>
          computeScorecard(ws, asAt, { ragRule: 'two_test' }),
        )
      : all;
  return cached(ws, `scorecard\u0000${asAt}\u0000${chosen.view.id}`, () =>
    scorecardForView(base, chosen.ids),
  );
};

/** The indicators in scorecard order (sections as imported, ids sorted naturally). */
export const orderedIndicatorsOf = (ws: WorkspaceData): Indicator[] =>
  cached(ws, 'ordered', () => orderIndicators(ws.indicators));

/** Indicator ids in scorecard order, or the view's. */
export const indicatorOrderOf = (ws: WorkspaceData, chosen: ChosenView | null = null): string[] =>
  chosen !== null
    ? chosen.ids
    : cached(ws, 'order', () => orderedIndicatorsOf(ws).map((i) => i.id));

/** The months an imported sheet printed a DOT or RAG for, oldest first. */
export const printedMonthsOf = (ws: WorkspaceData): MonthKey[] =>
  cached(ws, 'printed-months', () =>
    [...new Set(ws.printed.map((p) => p.month))].sort(compareMonths),
  );

/** Every tag of the catalogue, in the order first met (the Views screen). */
export const catalogueTagsOf = (ws: WorkspaceData): string[] =>
  cached(ws, 'tags', () => catalogueTags(ws.indicators));

/** Every published measure of the imported national datasets (the measure picker). */
export const measureOptionsOf = (ws: WorkspaceData): MeasureOption[] =>
  cached(ws, 'measure-options', () => measureOptions(ws.national ?? []));

/** The years the measure mapped to an indicator has published figures for, oldest first. */
export const nationalYearsOf = (ws: WorkspaceData, indicatorId: string): YearKey[] =>
  cached(ws, `national-years\u0000${indicatorId}`, () => {
    const mapping = mappingOf(ws, indicatorId);
    return mapping ? measureYears(ws.national ?? [], mapping) : [];
  });

/** An indicator against the published figures of a year, or null (no mapping or no own LA). */
export const nationalComparisonOf = (
  ws: WorkspaceData,
  indicator: Indicator,
  year: YearKey,
): NationalComparison | null =>
  cached(ws, `national\u0000${indicator.id}\u0000${year}`, () =>
    nationalComparison(ws, indicator, year),
  );

/** The local authorities of the imported datasets, by code and name. */
export const laOptionsOf = (ws: WorkspaceData): { code: string; name: string }[] =>
  cached(ws, 'la-options', () => laOptions(ws));

/**
 * The scorecard rows a selection shows (filters, search and sort from the address): the same
 * rows, in the same order, on the scorecard, in meeting mode and in the pack.
 */
export const selectedRowsOf = (
  ws: WorkspaceData,
  scorecard: Scorecard,
  chosen: ChosenView | null,
  filters: ScorecardFilters,
) =>
  cached(
    ws,
    `selection\u0000${scorecard.asAt}\u0000${chosen?.view.id ?? ''}\u0000${filtersToParams(filters).toString()}`,
    () => selectRows(scorecard.rows, filters),
  );
/** One indicator's signal-or-noise settings as the analysis uses them, and its months with a value. */
export interface IndicatorSpcSettings {
  settings: SpcSettings;
  months: MonthKey[];
}

export const spcSettingsOf = (ws: WorkspaceData, id: string): IndicatorSpcSettings =>
  cached(ws, `spc\u0000${id}`, () => ({
    settings: spcSettingsFor(ws, id),
    months: observedMonths(ws, id),
  }));
