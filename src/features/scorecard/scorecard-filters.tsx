import { useId } from 'react';
import type { DotLabel, RagStatus } from '@/domain/types';
import { DOT_WORDS, RAG_WORDS } from '@/domain/words';
import { VARIATION_WORDS, type VariationVerdict } from '@/domain/spc-verdict';
import {
  DOT_ORDER,
  NO_FILTERS,
  RAG_ORDER,
  SORT_ORDER,
  SORT_WORDS,
  VARIATION_ORDER,
  isFiltered,
  type ScorecardFilters,
  type ScorecardSort,
} from '@/domain/scorecard-selection';

interface ScorecardFiltersProps {
  sections: string[];
  filters: ScorecardFilters;
  onChange: (filters: ScorecardFilters) => void;
}

/**
 * One row of controls over the table: a search (an id such as "8.4", or words of a name), filters
 * by section, RAG, DOT and variation, and the order. All of them live in the address, so a link
 * or bookmark keeps them.
 */
export function ScorecardFilterBar({ sections, filters, onChange }: ScorecardFiltersProps) {
  const id = useId();
  return (
    <fieldset className="filters">
      <legend className="visually-hidden">Find, filter and sort the indicators</legend>
      <div className="field field--search">
        <label htmlFor={`${id}-q`}>Search</label>
        <input
          id={`${id}-q`}
          type="search"
          className="input"
          value={filters.query}
          placeholder="8.4 or words"
          autoComplete="off"
          aria-describedby={`${id}-q-hint`}
          onChange={(e) => onChange({ ...filters, query: e.target.value })}
        />
        <span id={`${id}-q-hint`} className="visually-hidden">
          An indicator number, such as 8.4, or words from its name
        </span>
      </div>
      <div className="field">
        <label htmlFor={`${id}-section`}>Section</label>
        <select
          id={`${id}-section`}
          value={filters.section}
          onChange={(e) => onChange({ ...filters, section: e.target.value })}
        >
          <option value="all">All sections</option>
          {sections.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-rag`}>RAG</label>
        <select
          id={`${id}-rag`}
          value={filters.rag}
          onChange={(e) => onChange({ ...filters, rag: e.target.value as RagStatus | 'all' })}
        >
          <option value="all">All RAG statuses</option>
          {RAG_ORDER.map((s) => (
            <option key={s} value={s}>
              {RAG_WORDS[s]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-dot`}>DOT</label>
        <select
          id={`${id}-dot`}
          value={filters.dot}
          onChange={(e) => onChange({ ...filters, dot: e.target.value as DotLabel | 'all' })}
        >
          <option value="all">All directions</option>
          {DOT_ORDER.map((d) => (
            <option key={d} value={d}>
              {DOT_WORDS[d] || 'No DOT'}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-variation`}>Variation</label>
        <select
          id={`${id}-variation`}
          value={filters.variation}
          onChange={(e) =>
            onChange({ ...filters, variation: e.target.value as VariationVerdict | 'all' })
          }
        >
          <option value="all">All variation</option>
          {VARIATION_ORDER.map((v) => (
            <option key={v} value={v}>
              {VARIATION_WORDS[v]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-sort`}>Sort by</label>
        <select
          id={`${id}-sort`}
          className="select--sort"
          value={filters.sort}
          onChange={(e) => onChange({ ...filters, sort: e.target.value as ScorecardSort })}
        >
          {SORT_ORDER.map((s) => (
            <option key={s} value={s}>
              {SORT_WORDS[s]}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}

/** Clears the search and filters (not the order, nor the columns shown); only when any is set. */
export function ClearFilters({
  filters,
  onChange,
}: Pick<ScorecardFiltersProps, 'filters' | 'onChange'>) {
  if (!isFiltered(filters)) return null;
  return (
    <button
      type="button"
      className="button button--secondary"
      onClick={() =>
        onChange({ ...NO_FILTERS, sort: filters.sort, showSignal: filters.showSignal })
      }
    >
      Clear filters
    </button>
  );
}

/** Show or hide the Variation and Assurance columns (a display choice, not a filter). */
export function SignalColumnsToggle({
  filters,
  onChange,
}: Pick<ScorecardFiltersProps, 'filters' | 'onChange'>) {
  const id = useId();
  return (
    <div className="field field--checkbox">
      <input
        type="checkbox"
        id={`${id}-signal`}
        checked={filters.showSignal}
        onChange={(e) => onChange({ ...filters, showSignal: e.target.checked })}
      />
      <label htmlFor={`${id}-signal`}>Show signal or noise</label>
    </div>
  );
}
