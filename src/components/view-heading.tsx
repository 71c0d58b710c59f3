import type { ChosenView } from '@/read/hooks';
import { viewStatusWords } from '@/domain/views';
import { formatMonthLong } from '@/domain/periods';
import { formatDay } from '@/domain/dates';

/**
 * The chosen view's title, audience and issue status ("Draft", "Issue 2, as at December 2015,
 * produced 3 February 2016"), on every screen that shows a view and on every printed page.
 */
export function ViewHeading({ chosen }: { chosen: ChosenView | null }) {
  if (chosen === null) return null;
  const { view, ids } = chosen;
  return (
    <p className="view-heading">
      <strong>{view.title}</strong>
      {view.audience ? <> · for {view.audience}</> : null} · {ids.length} indicator
      {ids.length === 1 ? '' : 's'} ·{' '}
      {view.ragRule === 'two_test' ? <>Board RAG (local target and England) · </> : null}
      <span className="view-heading__status">
        {viewStatusWords(view.status, formatMonthLong, formatDay)}
      </span>
    </p>
  );
}
