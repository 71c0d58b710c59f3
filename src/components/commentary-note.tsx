import { formatDay } from '@/domain/dates';
import '@/components/indicator-components.css';
import type { Commentary } from '@/domain/types';
import { formatMonthLong } from '@/domain/periods';

/** Commentary as read (page, meeting mode, pack): paragraphs kept, with its month and date. */
export function CommentaryNote({
  note,
  empty = 'No commentary has been written for this month.',
}: {
  note: Commentary | null;
  empty?: string;
}) {
  if (!note || note.text.trim() === '')
    return <p className="commentary commentary--empty">{empty}</p>;
  return (
    <div className="commentary">
      {note.text.split(/\n{2,}/).map((para, i) => (
        <p key={i} className="commentary__text">
          {para}
        </p>
      ))}
      <p className="hint">
        Performance analysis for {formatMonthLong(note.month)}, last saved{' '}
        {formatDay(note.updatedAt)}.
      </p>
    </div>
  );
}
