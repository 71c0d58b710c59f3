import type { RevisionView } from '@/domain/indicator-view';

/** Values changed by a later import (SPEC 2.7), newest period first, each with file and date. */
export function RevisionList({ revisions }: { revisions: RevisionView[] }) {
  if (revisions.length === 0) {
    return <p>No value of this indicator has been revised by a later import.</p>;
  }
  return (
    <ul className="revision-list">
      {revisions.map((r) => (
        <li key={`${r.period}|${r.replacedBy.importedAt}|${r.previous.provenance.importedAt}`}>
          {r.sentence}
        </li>
      ))}
    </ul>
  );
}
