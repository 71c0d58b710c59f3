import type { Observation, PopulationFigure, WorkspaceData, YearKey } from '@/domain/types';
import { financialYearOf } from '@/domain/periods';

const isMonth = (period: string) => /^\d{4}-\d{2}$/.test(period);
/** The financial year a period belongs to: a month's year, or the year itself. */
const yearOf = (period: string) => (isMonth(period) ? financialYearOf(period) : period);

/**
 * The population aged 0-17 to divide by for a period (SPEC 2.6): a figure for that very month;
 * else for its financial year; else the latest earlier year (mid-year estimates come out a year
 * or more late, so councils use the latest published one); else the earliest later year.
 * Null without any figure.
 */
export function populationFor(
  figures: readonly PopulationFigure[],
  period: string,
): PopulationFigure | null {
  const exact = figures.find((f) => f.period === period);
  if (exact) return exact;
  const year = yearOf(period);
  const yearly = figures
    .filter((f) => !isMonth(f.period))
    .sort((a, b) => (a.period < b.period ? -1 : 1));
  const same = yearly.find((f) => f.period === year);
  if (same) return same;
  const earlier = yearly.filter((f) => f.period < year).pop();
  if (earlier) return earlier;
  const later = yearly.find((f) => f.period > year);
  if (later) return later;
  // Only monthly figures: the latest at or before the period's (last) month, else the earliest.
  const end = isMonth(period) ? period : `${Number(year.slice(0, 4)) + 1}-03`;
  const months = figures
    .filter((f) => isMonth(f.period))
    .sort((a, b) => (a.period < b.period ? -1 : 1));
  return months.filter((f) => f.period <= end).pop() ?? months[0] ?? null;
}

/** A rate per 10,000 children to one decimal, as the sheets print them. */
export const ratePer10k = (count: number, population: number): number =>
  Math.round((count / population) * 10000 * 10) / 10;

/**
 * An observation of a rate-per-10,000 indicator for which the extract gave only the count
 * (numerator, no value, no denominator): its rate from the population of the period, with the
 * population as denominator. Unchanged when it has a value or no population is known. Computed
 * on every read, never stored: importing a newer population changes the rates.
 */
export function withPopulationRate(
  o: Observation,
  figures: readonly PopulationFigure[],
): Observation {
  if (o.value !== null || o.numerator === null || o.denominator !== null) return o;
  const pop = populationFor(figures, o.period);
  if (!pop) return o;
  return {
    ...o,
    value: ratePer10k(o.numerator, pop.population0to17),
    denominator: pop.population0to17,
    decimals: 1,
  };
}

/** The financial year after y: '2014/15' -> '2015/16'. */
const nextYear = (y: YearKey): YearKey => {
  const start = Number(y.slice(0, 4)) + 1;
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
};

/**
 * The populations aged 0-17 of the council's own LA from imported ONS mid-year estimates in the
 * DfE tidy form (SPEC 2.6): a national dataset with a `population_estimate` measure and an
 * `age_group` of children aged 0 to 17. The estimate for mid-year Y (time_period Y, read by the
 * importer as the financial year ending in Y) serves the financial year that contains 30 June Y:
 * Y/Y+1. Empty without an own LA or such a dataset.
 */
export function populationsFromEstimates(ws: WorkspaceData): PopulationFigure[] {
  const own = ws.ownLa ?? null;
  if (!own) return [];
  const out = new Map<YearKey, number>();
  for (const dataset of ws.national ?? []) {
    const m = dataset.measures.indexOf('population_estimate');
    const age = dataset.filters.indexOf('age_group');
    // Only the ONS estimates by age group: other files with a population column (the CLA rates)
    // date it differently (time_period 2025 holds the mid-2024 estimate there).
    if (m < 0 || age < 0) continue;
    for (const row of dataset.rows) {
      if (row.level !== 'la' || row.laCode !== own) continue;
      if (age >= 0 && !/0 to 17/i.test(row.filters[age] ?? '')) continue;
      const value = row.values[m];
      if (value !== null && value !== undefined && value > 0) out.set(nextYear(row.year), value);
    }
  }
  return [...out].map(([period, population0to17]) => ({ period, population0to17 }));
}

/**
 * Every population figure to divide by: those imported as a population file, and for years they
 * do not cover, the own LA's ONS mid-year estimates. An imported figure wins for its period.
 */
export function populationFigures(ws: WorkspaceData): PopulationFigure[] {
  const imported = ws.population;
  const held = new Set(imported.map((p) => p.period));
  return [...imported, ...populationsFromEstimates(ws).filter((p) => !held.has(p.period))];
}
