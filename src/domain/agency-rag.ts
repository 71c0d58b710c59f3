import type { RagStatus, ScorecardRow } from '@/domain/types';
import { COUNCIL_AGENCY, agencyName, agencyOf } from '@/domain/agency';
import { emptyCounts } from '@/domain/scorecard';

/** One agency's rows of a scorecard and their RAG counts ("how each partner is doing"). */
export interface AgencyRag {
  agency: string;
  name: string;
  counts: Record<RagStatus, number>;
  rows: ScorecardRow[];
}

/**
 * A scorecard's rows grouped by agency, each with its RAG counts, on whatever rule rated the rows
 * (the board's two tests in a view set to them): the council's children's social care first, then
 * the partners by name.
 */
export function ragByAgency(rows: readonly ScorecardRow[]): AgencyRag[] {
  const groups = new Map<string, ScorecardRow[]>();
  for (const r of rows) {
    const a = agencyOf(r.indicator);
    groups.set(a, [...(groups.get(a) ?? []), r]);
  }
  return [...groups]
    .map(([agency, list]) => {
      const counts = emptyCounts();
      for (const r of list) counts[r.rag.status] += 1;
      return { agency, name: agencyName(agency), counts, rows: list };
    })
    .sort((a, b) =>
      a.agency === COUNCIL_AGENCY
        ? -1
        : b.agency === COUNCIL_AGENCY
          ? 1
          : a.name.localeCompare(b.name),
    );
}
