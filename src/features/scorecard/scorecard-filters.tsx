import { useId } from 'react';
import type { DotLabel, RagStatus } from '@/domain/types';
import { DOT_WORDS, RAG_WORDS } from '@/domain/words';
import { DOT_ORDER, RAG_ORDER, type ScorecardFilters } from './filter-rows';

interface ScorecardFiltersProps {
  sections: string[];
  filters: ScorecardFilters;
  onChange: (filters: ScorecardFilters) => void;
}

/** Filter by section, RAG and DOT; a button clears them all. */
export function ScorecardFilterBar({ sections, filters, onChange }: ScorecardFiltersProps) {
  const id = useId();
  const any = filters.section !== 'all' || filters.rag !== 'all' || filters.dot !== 'all';
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
      {any ? (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => onChange({ section: 'all', rag: 'all', dot: 'all' })}
        >
          Clear filters
        </button>
      ) : null}
    </fieldset>
  );
}
