import { DEFAULT_SPC_SETTINGS, type SpcSettings } from '@/domain/spc';
import type { MonthKey, SpcMark, SpcPreferences, WorkspaceData } from '@/domain/types';

/**
 * The workspace's signal-or-noise settings (SPEC 3.9, docs/rules.md "Signal or noise: settings"):
 * run length and minimum points for every indicator, series breaks and fixed baselines for one.
 * Stored as the user chose them (`WorkspaceData.spc`); the analysis reads them through
 * `spcSettingsFor`, so every verdict (scorecard, indicator page, meeting, pack, CSV) uses them.
 */

/** The run lengths Making Data Count allows: 7 (its default) and 6 (its Excel tool's option). */
export const RUN_LENGTHS = [7, 6] as const;
/** Minimum points are a whole number in this range (2 is the least that has a moving range). */
export const MINIMUM_POINTS_RANGE = { min: 2, max: 60 } as const;
/** A baseline is at least 2 months (one moving range) and at most 120. */
export const BASELINE_RANGE = { min: 2, max: 120 } as const;
/** The reasons offered for a break; anything else is the user's own words. */
export const BREAK_REASONS = ['Definition change', 'New recording system'] as const;

const isWhole = (n: number, r: { min: number; max: number }) =>
  Number.isInteger(n) && n >= r.min && n <= r.max;

/** The settings the XmR analysis of one indicator uses: stored choices, else the defaults. */
export function spcSettingsFor(ws: WorkspaceData, indicatorId: string): SpcSettings {
  const prefs = ws.spc;
  if (!prefs) return DEFAULT_SPC_SETTINGS;
  const runLength = prefs.runLength === 6 ? 6 : DEFAULT_SPC_SETTINGS.runLength;
  const minimumPoints =
    prefs.minimumPoints !== undefined && isWhole(prefs.minimumPoints, MINIMUM_POINTS_RANGE)
      ? prefs.minimumPoints
      : DEFAULT_SPC_SETTINGS.minimumPoints;
  const baseline = prefs.baselines?.find((b) => b.indicatorId === indicatorId);
  const baselinePoints =
    baseline && isWhole(baseline.months, BASELINE_RANGE) ? baseline.months : null;
  const breaks = (prefs.breaks ?? [])
    .filter((b) => b.indicatorId === indicatorId)
    .map((b) => ({ month: b.month, reason: b.reason }))
    .sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
  return { runLength, minimumPoints, baselinePoints, breaks };
}

/** Why a minimum-points entry cannot be used, or null. */
export function minimumPointsProblem(n: number): string | null {
  return isWhole(n, MINIMUM_POINTS_RANGE)
    ? null
    : `Enter a whole number of months from ${MINIMUM_POINTS_RANGE.min} to ${MINIMUM_POINTS_RANGE.max}.`;
}

/** Why a baseline entry cannot be used, or null. */
export function baselineProblem(n: number): string | null {
  return isWhole(n, BASELINE_RANGE)
    ? null
    : `Enter a whole number of months from ${BASELINE_RANGE.min} to ${BASELINE_RANGE.max}.`;
}

/**
 * Why a break cannot be marked at `month`, or null: it must be one of the indicator's months with
 * a value after its first (a break at the first month changes nothing), not already marked, and
 * have a reason.
 */
export function breakProblem(
  ws: WorkspaceData,
  mark: SpcMark,
  months: readonly MonthKey[],
): string | null {
  if (mark.reason.trim() === '') return 'Say why the limits are recalculated from this month.';
  if (!months.includes(mark.month)) return 'Choose a month that has a value.';
  if (months[0] === mark.month)
    return 'Choose a month after the first: limits already start from the first month.';
  if (
    (ws.spc?.breaks ?? []).some((b) => b.indicatorId === mark.indicatorId && b.month === mark.month)
  )
    return 'This month is already marked as a break.';
  return null;
}

/** The preferences with one change: the result of a settings action (never mutates). */
export const withRunLength = (p: SpcPreferences, runLength: 6 | 7): SpcPreferences => ({
  ...p,
  runLength,
});
export const withMinimumPoints = (p: SpcPreferences, minimumPoints: number): SpcPreferences => ({
  ...p,
  minimumPoints,
});
export const withBreak = (p: SpcPreferences, mark: SpcMark): SpcPreferences => ({
  ...p,
  breaks: [
    ...(p.breaks ?? []).filter(
      (b) => !(b.indicatorId === mark.indicatorId && b.month === mark.month),
    ),
    { ...mark, reason: mark.reason.trim() },
  ],
});
export const withoutBreak = (
  p: SpcPreferences,
  indicatorId: string,
  month: MonthKey,
): SpcPreferences => ({
  ...p,
  breaks: (p.breaks ?? []).filter((b) => !(b.indicatorId === indicatorId && b.month === month)),
});
/** Fixes (months) or frees (null) an indicator's baseline. */
export const withBaseline = (
  p: SpcPreferences,
  indicatorId: string,
  months: number | null,
): SpcPreferences => {
  const others = (p.baselines ?? []).filter((b) => b.indicatorId !== indicatorId);
  return { ...p, baselines: months === null ? others : [...others, { indicatorId, months }] };
};
