import type { DotLabel } from '@/domain/types';
import { DOT_ARROWS, DOT_WORDS } from '@/domain/words';
import { NoValue } from '@/components/data-table';

/**
 * A direction of travel as an arrow and its word ("↑ Improving"). The arrow is decoration
 * (hidden from screen readers); the word is the meaning; the colour comes from the label.
 * `off` (no DOT for this indicator; its word is empty) shows a dash, read as "No DOT".
 */
export function DotArrow({ label }: { label: DotLabel }) {
  const arrow = DOT_ARROWS[label];
  const word = DOT_WORDS[label];
  if (word === '') {
    return (
      <span className={`dot dot--${label}`}>
        <NoValue text="No DOT" />
      </span>
    );
  }
  return (
    <span className={`dot dot--${label}`}>
      {arrow ? (
        <span className="dot__arrow" aria-hidden="true">
          {arrow}
        </span>
      ) : null}
      <span className="dot__word">{word}</span>
    </span>
  );
}
