import type { DotLabel, RagStatus, ScorecardRow } from '@/domain/types';
import type { VariationVerdict } from '@/domain/spc-verdict';

/**
 * The scorecard filters; 'all' shows every row. Kept in the address
 * (?section=&rag=&dot=&variation=), with ?signal=hide when the signal-or-noise columns are hidden.
 */
export interface ScorecardFilters {
  section: string | 'all';
  rag: RagStatus | 'all';
  dot: DotLabel | 'all';
  variation: VariationVerdict | 'all';
  /** Show the Variation and Assurance columns (shown unless the address says hide). */
  showSignal: boolean;
}

export const NO_FILTERS: ScorecardFilters = {
  section: 'all',
  rag: 'all',
  dot: 'all',
  variation: 'all',
  showSignal: true,
};

/** Variation verdicts in the order the filter lists them: concern first. */
export const VARIATION_ORDER: VariationVerdict[] = [
  'special-cause-concern',
  'special-cause-improvement',
  'special-cause-neither-high',
  'special-cause-neither-low',
  'common-cause',
  'no-verdict',
];

const VARIATION_SET = new Set<string>(VARIATION_ORDER);

/** RAG statuses in the order the counts and the filter list them: worst first. */
export const RAG_ORDER: RagStatus[] = ['red', 'amber', 'green', 'tbc', 'no-target', 'no-data'];

/** DOT labels in the order the filter lists them. */
export const DOT_ORDER: DotLabel[] = [
  'improving',
  'worsening',
  'no-change',
  'increasing',
  'decreasing',
  'new',
  'not-comparable',
  'off',
];

const RAG_SET = new Set<string>(RAG_ORDER);
const DOT_SET = new Set<string>(DOT_ORDER);

/**
 * Reads the filters from the address. Unknown values (a mistyped or old link) fall back to 'all',
 * so a bad link shows everything rather than nothing.
 */
export function filtersFromParams(params: URLSearchParams, sections: string[]): ScorecardFilters {
  const section = params.get('section');
  const rag = params.get('rag');
  const dot = params.get('dot');
  const variation = params.get('variation');
  return {
    section: section !== null && sections.includes(section) ? section : 'all',
    rag: rag !== null && RAG_SET.has(rag) ? (rag as RagStatus) : 'all',
    dot: dot !== null && DOT_SET.has(dot) ? (dot as DotLabel) : 'all',
    variation:
      variation !== null && VARIATION_SET.has(variation) ? (variation as VariationVerdict) : 'all',
    showSignal: params.get('signal') !== 'hide',
  };
}

/** The address parameters for the filters; 'all' is left out. */
export function filtersToParams(filters: ScorecardFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.section !== 'all') params.set('section', filters.section);
  if (filters.rag !== 'all') params.set('rag', filters.rag);
  if (filters.dot !== 'all') params.set('dot', filters.dot);
  if (filters.variation !== 'all') params.set('variation', filters.variation);
  if (!filters.showSignal) params.set('signal', 'hide');
  return params;
}

/** The rows that pass every filter, in scorecard order. Compares status values only. */
export function filterRows(rows: ScorecardRow[], filters: ScorecardFilters): ScorecardRow[] {
  return rows.filter(
    (r) =>
      (filters.section === 'all' || r.indicator.section === filters.section) &&
      (filters.rag === 'all' || r.rag.status === filters.rag) &&
      (filters.dot === 'all' || r.dot.label === filters.dot) &&
      (filters.variation === 'all' || r.signal.variation.verdict === filters.variation),
  );
}

/** Rows grouped under their sections, sections in the given order; empty sections left out. */
export function groupBySection(
  sections: string[],
  rows: ScorecardRow[],
): { section: string; rows: ScorecardRow[] }[] {
  return sections
    .map((section) => ({ section, rows: rows.filter((r) => r.indicator.section === section) }))
    .filter((g) => g.rows.length > 0);
}
