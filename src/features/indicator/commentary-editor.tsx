import { useId, useState } from 'react';
import type { Commentary, MonthKey } from '@/domain/types';
import { formatMonthLong } from '@/domain/periods';
import { commentarySaved } from '@/state/workspace-store';
import { CommentaryNote } from '@/components/commentary-note';

interface CommentaryEditorProps {
  indicatorId: string;
  month: MonthKey;
  previousMonth: MonthKey;
  note: Commentary | null;
  previousNote: Commentary | null;
}

/**
 * The "performance analysis" for one indicator and month: a text box saved into the workspace
 * (and so with it in storage and workspace files), with last month's note shown beside it.
 * Give it a `key` of indicator and month so a new month starts from its own saved text.
 */
export function CommentaryEditor({
  indicatorId,
  month,
  previousMonth,
  note,
  previousNote,
}: CommentaryEditorProps) {
  const id = useId();
  const saved = note?.text ?? '';
  const [draft, setDraft] = useState(saved);
  const [message, setMessage] = useState('');
  const changed = draft !== saved;
  const save = () => {
    commentarySaved(indicatorId, month, draft);
    setMessage(draft.trim() === '' ? 'The commentary was removed.' : 'Commentary saved.');
  };
  return (
    <div className="commentary-editor">
      <div className="commentary-editor__previous">
        <h3>{formatMonthLong(previousMonth)}</h3>
        <CommentaryNote
          note={previousNote}
          empty={`No commentary was written for ${formatMonthLong(previousMonth)}.`}
        />
      </div>
      <form
        className="commentary-editor__form"
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <div className="field">
          <label htmlFor={id}>Performance analysis for {formatMonthLong(month)}</label>
          <textarea
            id={id}
            rows={7}
            value={draft}
            onChange={(e) => {
              setDraft(e.target.value);
              setMessage('');
            }}
          />
        </div>
        <div className="button-group">
          <button type="submit" className="button" disabled={!changed}>
            Save commentary
          </button>
          {changed ? (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setDraft(saved)}
            >
              Discard changes
            </button>
          ) : null}
        </div>
        <p role="status" className="commentary-editor__message">
          {message || (changed ? 'Unsaved changes.' : '')}
        </p>
      </form>
    </div>
  );
}
