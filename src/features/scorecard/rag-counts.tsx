import type { RagStatus } from '@/domain/types';
import { RAG_WORDS } from '@/domain/words';
import { RAG_ORDER } from '@/domain/scorecard-selection';

interface RagCountsProps {
  counts: Record<RagStatus, number>;
  /** The status being filtered on, shown pressed; 'all' when none. */
  active: RagStatus | 'all';
  /** Filter to one status, or back to all when the pressed one is pressed again. */
  onSelect: (status: RagStatus | 'all') => void;
}

/**
 * How many indicators have each RAG status, worst first. Each count is a toggle button that
 * filters the table to that status.
 */
export function RagCounts({ counts, active, onSelect }: RagCountsProps) {
  return (
    <ul className="rag-counts" aria-label="RAG counts">
      {RAG_ORDER.map((status) => (
        <li key={status}>
          <button
            type="button"
            className={`rag-count rag-count--${status}`}
            aria-pressed={active === status}
            onClick={() => onSelect(active === status ? 'all' : status)}
          >
            <span className="rag-count__number">{counts[status]}</span>
            <span className="rag-count__word">{RAG_WORDS[status]}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
