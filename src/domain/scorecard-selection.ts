import type { DotLabel, RagStatus, ScorecardRow } from '@/domain/types';
import type { AssuranceVerdict, VariationVerdict } from '@/domain/spc-verdict';
import { benchmarkGapOf } from '@/domain/gaps';

/**
 * Which scorecard rows are shown, and in what order: the filters, the search and the sort. One
 * rule for every screen that follows the scorecard (the table, meeting mode, the pack), all kept
 * in the address: ?section=&rag=&dot=&variation=&q=&sort=, with ?signal=hide when the
 * signal-or-noise columns are hidden. 'all' (and an empty search) shows every row.
 */
export interface ScorecardFilters {
  section: string | 'all';
  rag: RagStatus | 'all';
  dot: DotLabel | 'all';
  variation: VariationVerdict | 'all';
  /** Search: an indicator id ("8.4", or "8" for all of section 8) or words in the name. */
  query: string;
  sort: ScorecardSort;
  /** Show the Variation and Assurance columns (shown unless the address says hide). */
  showSignal: boolean;
}

/**
 * Orders of the scorecard. `section`: the sheet's order (the default); the others put the rows
 * that most need attention first, with ties in the sheet's order.
 */
export type ScorecardSort = 'section' | 'rag' | 'dot' | 'gap' | 'variation' | 'assurance';

export const SORT_ORDER: ScorecardSort[] = [
  'section',
  'rag',
  'dot',
  'gap',
  'variation',
  'assurance',
];

/** The sorts in words, for the "Sort by" choice and the caption. */
export const SORT_WORDS: Record<ScorecardSort, string> = {
  section: 'Section order',
  rag: 'RAG, Red first',
  dot: 'DOT, worsening first',
  gap: 'Benchmark gap, worst first',
  variation: 'Variation, concern first',
  assurance: 'Assurance, failing first',
};

export const NO_FILTERS: ScorecardFilters = {
  section: 'all',
  rag: 'all',
  dot: 'all',
  variation: 'all',
  query: '',
  sort: 'section',
  showSignal: true,
};

/** Variation verdicts in the order the filter lists them and the sort puts them: concern first. */
export const VARIATION_ORDER: VariationVerdict[] = [
  'special-cause-concern',
  'special-cause-improvement',
  'special-cause-neither-high',
  'special-cause-neither-low',
  'common-cause',
  'no-verdict',
];

/** Assurance verdicts, worst first: failing the target, then hit and miss, then meeting it. */
export const ASSURANCE_ORDER: AssuranceVerdict[] = [
  'consistently-fails',
  'hit-and-miss',
  'consistently-meets',
  'no-verdict',
  'no-target',
];

/** RAG statuses in the order the counts, the filter and the sort list them: worst first. */
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

/**
 * DOT labels as the sort puts them: worsening first, then no change, then the information-only
 * movements, then improving; rows with nothing to compare last.
 */
export const DOT_SORT_ORDER: DotLabel[] = [
  'worsening',
  'no-change',
  'increasing',
  'decreasing',
  'improving',
  'new',
  'not-comparable',
  'off',
];

const RAG_SET = new Set<string>(RAG_ORDER);
const DOT_SET = new Set<string>(DOT_ORDER);
const VARIATION_SET = new Set<string>(VARIATION_ORDER);
const SORT_SET = new Set<string>(SORT_ORDER);

/** The longest search kept from an address (a pasted paragraph is cut, not refused). */
const MAX_QUERY = 100;

/**
 * Reads the filters from the address. Unknown values (a mistyped or old link) fall back to 'all'
 * and the sheet's order, so a bad link shows everything rather than nothing.
 */
export function filtersFromParams(params: URLSearchParams, sections: string[]): ScorecardFilters {
  const section = params.get('section');
  const rag = params.get('rag');
  const dot = params.get('dot');
  const variation = params.get('variation');
  const sort = params.get('sort');
  return {
    section: section !== null && sections.includes(section) ? section : 'all',
    rag: rag !== null && RAG_SET.has(rag) ? (rag as RagStatus) : 'all',
    dot: dot !== null && DOT_SET.has(dot) ? (dot as DotLabel) : 'all',
    variation:
      variation !== null && VARIATION_SET.has(variation) ? (variation as VariationVerdict) : 'all',
    query: (params.get('q') ?? '').slice(0, MAX_QUERY),
    sort: sort !== null && SORT_SET.has(sort) ? (sort as ScorecardSort) : 'section',
    showSignal: params.get('signal') !== 'hide',
  };
}

/** The address parameters for the filters; 'all', an empty search and the sheet's order are left out. */
export function filtersToParams(filters: ScorecardFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.section !== 'all') params.set('section', filters.section);
  if (filters.rag !== 'all') params.set('rag', filters.rag);
  if (filters.dot !== 'all') params.set('dot', filters.dot);
  if (filters.variation !== 'all') params.set('variation', filters.variation);
  if (filters.query.trim() !== '') params.set('q', filters.query);
  if (filters.sort !== 'section') params.set('sort', filters.sort);
  if (!filters.showSignal) params.set('signal', 'hide');
  return params;
}

/** The names of every parameter the selection keeps in the address (to carry it to another screen). */
export const SELECTION_PARAMS = ['section', 'rag', 'dot', 'variation', 'q', 'sort', 'signal'];

/** True when any filter or the search narrows the rows (the sort and the columns do not). */
export const isFiltered = (f: ScorecardFilters): boolean =>
  f.section !== 'all' ||
  f.rag !== 'all' ||
  f.dot !== 'all' ||
  f.variation !== 'all' ||
  f.query.trim() !== '';

/** An id as typed: digits in dotted groups, optionally with a letter ("8.4", "8", "10.2a"). */
const ID_QUERY = /^\d+(\.\d+)*[a-z]?\.?$/i;

/** What a search looks in: an indicator's id, name, section, data note and tags. */
export type Searchable = Pick<ScorecardRow['indicator'], 'id' | 'name' | 'section'> &
  Partial<Pick<ScorecardRow['indicator'], 'dataNote' | 'tags'>>;

/**
 * Does an indicator match the search? An id ("8.4") matches that indicator and any numbered
 * under it ("8" matches 8.1, 8.2 ...), never 8.40. Otherwise every word typed must appear, in any
 * order and case, in the id, name, section, data note or tags ("referral decision" finds 2.6).
 */
export function indicatorMatches(ind: Searchable, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (q === '') return true;
  const id = ind.id.toLowerCase();
  if (ID_QUERY.test(q)) {
    const bare = q.replace(/\.$/, '');
    return id === bare || id.startsWith(`${bare}.`);
  }
  const text = [ind.id, ind.name, ind.section, ind.dataNote ?? '', ...(ind.tags ?? [])]
    .join(' ')
    .toLowerCase();
  return q.split(/\s+/).every((word) => text.includes(word));
}

export const matchesQuery = (row: ScorecardRow, query: string): boolean =>
  indicatorMatches(row.indicator, query);

/** The rows that pass every filter and the search, in scorecard order. Compares status values only. */
export function filterRows(rows: ScorecardRow[], filters: ScorecardFilters): ScorecardRow[] {
  return rows.filter(
    (r) =>
      (filters.section === 'all' || r.indicator.section === filters.section) &&
      (filters.rag === 'all' || r.rag.status === filters.rag) &&
      (filters.dot === 'all' || r.dot.label === filters.dot) &&
      (filters.variation === 'all' || r.signal.variation.verdict === filters.variation) &&
      matchesQuery(r, filters.query),
  );
}

/**
 * The gap sort's key: the share of the benchmark by which the row is behind it (positive) or
 * ahead of it (negative), so the furthest behind come first and the furthest ahead last; rows
 * without a gap (no benchmark, or information only) after all of them.
 */
function gapKey(row: ScorecardRow): number {
  const g = benchmarkGapOf(row);
  if (g === null) return Number.NEGATIVE_INFINITY;
  if (g.gap.judgement === 'worse') return g.relative;
  if (g.gap.judgement === 'better') return -g.relative;
  if (g.gap.judgement === 'same') return 0;
  return Number.NEGATIVE_INFINITY;
}

/** The rank of each row under a sort: smaller first. */
function rankOf(sort: ScorecardSort): (row: ScorecardRow) => number {
  switch (sort) {
    case 'rag':
      return (r) => RAG_ORDER.indexOf(r.rag.status);
    case 'dot':
      return (r) => DOT_SORT_ORDER.indexOf(r.dot.label);
    case 'variation':
      return (r) => VARIATION_ORDER.indexOf(r.signal.variation.verdict);
    case 'assurance':
      return (r) => ASSURANCE_ORDER.indexOf(r.signal.assurance.verdict);
    case 'gap':
      return (r) => -gapKey(r);
    case 'section':
      return () => 0;
  }
}

/**
 * The rows in the chosen order. `rows` come in the sheet's order, and the sort is stable, so
 * rows that rank the same keep it (two Reds stay in section order).
 */
export function sortRows(rows: ScorecardRow[], sort: ScorecardSort): ScorecardRow[] {
  if (sort === 'section') return rows;
  const rank = rankOf(sort);
  return rows
    .map((row, i) => ({ row, i, key: rank(row) }))
    .sort((a, b) => (a.key === b.key ? a.i - b.i : a.key < b.key ? -1 : 1))
    .map((x) => x.row);
}

/** The scorecard rows shown for a selection: filtered, searched and sorted. */
export const selectRows = (rows: ScorecardRow[], filters: ScorecardFilters): ScorecardRow[] =>
  sortRows(filterRows(rows, filters), filters.sort);

/** Rows grouped under their sections, sections in the given order; empty sections left out. */
export function groupBySection(
  sections: string[],
  rows: ScorecardRow[],
): { section: string; rows: ScorecardRow[] }[] {
  return sections
    .map((section) => ({ section, rows: rows.filter((r) => r.indicator.section === section) }))
    .filter((g) => g.rows.length > 0);
}
