import type { ReactNode } from 'react';
import type { RagStatus } from '@/domain/types';
import type { SectionRagCounts } from '@/domain/rag-overview';
import { RAG_ORDER } from '@/domain/scorecard-selection';
import { RAG_WORDS } from '@/domain/words';

/**
 * Indicators by RAG status and section: a row a section, a column a status (in RAG order), as on
 * the RAG overview and the pack's summary page.
 */
export function RagCountsTable({
  counts,
  caption,
  captionId,
  className,
  onlyStatusesPresent = false,
  withTotals = false,
}: {
  counts: readonly SectionRagCounts[];
  caption: ReactNode;
  captionId?: string;
  className: string;
  /** Leave out a status no section has (paper is narrow). */
  onlyStatusesPresent?: boolean;
  /** A last row, "All sections", with each status's total. */
  withTotals?: boolean;
}) {
  const statuses = onlyStatusesPresent
    ? RAG_ORDER.filter((s) => counts.some((c) => c.counts[s] > 0))
    : RAG_ORDER;
  const total = (s: RagStatus) => counts.reduce((n, c) => n + c.counts[s], 0);
  return (
    <table className={className}>
      <caption id={captionId}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Section</th>
          {statuses.map((s) => (
            <th key={s} scope="col" className="num">
              {RAG_WORDS[s]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {counts.map((c) => (
          <tr key={c.section}>
            <th scope="row">{c.section}</th>
            {statuses.map((s) => (
              <td key={s} className="num">
                {c.counts[s]}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
      {withTotals ? (
        <tfoot>
          <tr>
            <th scope="row">All sections</th>
            {statuses.map((s) => (
              <td key={s} className="num">
                {total(s)}
              </td>
            ))}
          </tr>
        </tfoot>
      ) : null}
    </table>
  );
}
