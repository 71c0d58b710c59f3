import type { Observation, PopulationFigure } from '@/domain/types';
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
