import type { Scorecard, ScorecardRow } from '@/domain/types';

/**
 * The pack's choice of sections is kept as the sections left OUT, so every section is in by
 * default, including sections that appear after a new import.
 */
export type ExcludedSections = ReadonlySet<string>;

/** The sections to print, in scorecard order. */
export function chosenSections(scorecard: Scorecard, excluded: ExcludedSections): string[] {
  return scorecard.sections.filter((s) => !excluded.has(s));
}

/** The rows of the chosen sections, in scorecard order. */
export function chosenRows(scorecard: Scorecard, excluded: ExcludedSections): ScorecardRow[] {
  return scorecard.rows.filter((r) => !excluded.has(r.indicator.section));
}

/** The same scorecard with only the chosen sections (for the CSV export of the pack). */
export function chosenScorecard(scorecard: Scorecard, excluded: ExcludedSections): Scorecard {
  return {
    ...scorecard,
    sections: chosenSections(scorecard, excluded),
    rows: chosenRows(scorecard, excluded),
  };
}

/** A section was ticked (included) or unticked (left out). */
export function sectionToggled(
  excluded: ExcludedSections,
  section: string,
  included: boolean,
): ExcludedSections {
  const next = new Set(excluded);
  if (included) next.delete(section);
  else next.add(section);
  return next;
}
