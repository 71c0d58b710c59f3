import type { RagStatus } from '@/domain/types';
import { RAG_WORDS } from '@/domain/words';
import { Tooltip } from '@/components/tooltip';

interface RagTagProps {
  status: RagStatus;
  /** Why the status was given; when present the tag is a focusable button that shows it. */
  reason?: string;
}

/**
 * A RAG status as its word ("Red", "No target", ...), on a colour chosen from the status value.
 * The word carries the meaning; the colour only reinforces it.
 */
export function RagTag({ status, reason }: RagTagProps) {
  const className = `rag-tag rag-tag--${status}`;
  const word = RAG_WORDS[status];
  if (reason === undefined || reason === '') return <span className={className}>{word}</span>;
  return <Tooltip label={word} tip={reason} className={className} />;
}
