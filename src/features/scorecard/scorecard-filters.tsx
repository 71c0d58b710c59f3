import { useId } from 'react';
import type { DotLabel, RagStatus } from '@/domain/types';
import { DOT_WORDS, RAG_WORDS } from '@/domain/words';
import { VARIATION_WORDS, type VariationVerdict } from '@/domain/spc-verdict';
import {
  DOT_ORDER,
  NO_FILTERS,
  RAG_ORDER,
  VARIATION_ORDER,
  type ScorecardFilters,
} from './filter-rows';

interface ScorecardFiltersProps {
  sections: string[];
  filters: ScorecardFilters;
  onChange: (filters: ScorecardFilters) => void;
}

/**
 * Filter by section, RAG, DOT and variation; a button clears them all. A checkbox shows or hides
 * the signal-or-noise columns (not a filter: clearing the filters leaves it as it is).
 */
export function ScorecardFilterBar({ sections, filters, onChange }: ScorecardFiltersProps) {
  const id = useId();
  const any =
    filters.section !== 'all' ||
    filters.rag !== 'all' ||
    filters.dot !== 'all' ||
    filters.variation !== 'all';
  return (
    <fieldset className="filters">
      <legend>Filter the indicators</legend>
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
      <div className="field field--checkbox">
        <input
          type="checkbox"
          id={`${id}-signal`}
          checked={filters.showSignal}
          onChange={(e) => onChange({ ...filters, showSignal: e.target.checked })}
        />
        <label htmlFor={`${id}-signal`}>Show signal or noise</label>
      </div>
      {any ? (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => onChange({ ...NO_FILTERS, showSignal: filters.showSignal })}
        >
          Clear filters
        </button>
      ) : null}
    </fieldset>
  );
}
