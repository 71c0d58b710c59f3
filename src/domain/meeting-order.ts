import type { ScorecardRow } from '@/domain/types';
import { VARIATION_WORDS } from '@/domain/spc-verdict';
import { DOT_WORDS, RAG_WORDS } from '@/domain/words';
import {
  SORT_WORDS,
  indicatorMatches,
  type ScorecardFilters,
  type Searchable,
} from '@/domain/scorecard-selection';

/*
 * Meeting mode's use of the scorecard's selection (scorecard-selection.ts): its running order,
 * the selection in words, and the Go to box. A module of its own, so the scorecard's first visit
 * does not load it.
 */

/**
 * Meeting mode's running order: the selected rows' ids, without the rows rated "No target" (the
 * information-only measures) when the meeting skips them (?skip=no-target).
 */
export function meetingOrder(rows: ScorecardRow[], skipNoTarget: boolean): string[] {
  return rows
    .filter((r) => !skipNoTarget || r.rag.status !== 'no-target')
    .map((r) => r.indicator.id);
}

/**
 * The selection in words, for meeting mode's bar: "RAG Red; search “8”; sorted by DOT,
 * worsening first". Empty when it shows every row in the sheet's order.
 */
export function selectionWords(f: ScorecardFilters): string {
  return [
    f.section !== 'all' ? f.section : '',
    f.rag !== 'all' ? `RAG ${RAG_WORDS[f.rag]}` : '',
    f.dot !== 'all' ? `DOT ${DOT_WORDS[f.dot] || 'none'}` : '',
    f.variation !== 'all' ? VARIATION_WORDS[f.variation] : '',
    f.query.trim() !== '' ? `search “${f.query.trim()}”` : '',
    f.sort !== 'section' ? `sorted by ${SORT_WORDS[f.sort]}` : '',
  ]
    .filter(Boolean)
    .join('; ');
}

/**
 * Meeting mode's jump box: where "8.4" (or "8.4 Number of ...", as a pick from the list fills
 * it, or words of a name) goes among the indicators in the running order. An id typed exactly
 * wins; then the first indicator the words find; null when nothing in the order matches.
 */
export function jumpTarget(typed: string, indicators: readonly Searchable[]): string | null {
  const text = typed.trim();
  if (text === '') return null;
  const lower = text.toLowerCase();
  const first = lower.split(/\s+/)[0] ?? '';
  const exact =
    indicators.find((i) => i.id.toLowerCase() === lower) ??
    indicators.find((i) => i.id.toLowerCase() === first);
  if (exact) return exact.id;
  return indicators.find((i) => indicatorMatches(i, text))?.id ?? null;
}
