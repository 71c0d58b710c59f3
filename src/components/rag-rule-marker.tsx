import '@/components/board.css';
import type { RagRule } from '@/domain/types';
import { TWO_TEST_WORDS } from '@/domain/rag-two-test';
import { Tooltip } from '@/components/tooltip';

/**
 * Which RAG rule rated a row, where it is not the usual target rule: "Board RAG", explained on
 * hover and focus (SPEC 3.7). Nothing for the target rule.
 */
export function RagRuleMarker({ rule }: { rule: RagRule | undefined }) {
  if (rule !== 'two_test') return null;
  return (
    <span className="rag-rule-line">
      <Tooltip label="Board RAG" tip={TWO_TEST_WORDS} className="rag-rule" />
    </span>
  );
}
