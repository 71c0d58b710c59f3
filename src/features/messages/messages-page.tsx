import { useId, useState } from 'react';
import { Link } from 'react-router-dom';
import type { KeyMessage } from '@/domain/key-messages';
import { KEY_MESSAGE_GROUP_WORDS } from '@/domain/key-messages';
import { formatMonthLong } from '@/domain/periods';
import { formatDayTime } from '@/domain/dates';
import { indicatorPath } from '@/domain/ids';
import { monthSelected } from '@/state/workspace-store';
import { keyMessagesSaved } from '@/state/looking-ahead-actions';
import { useAsAt, useView } from '@/read/hooks';
import { useKeyMessages } from '@/read/looking-ahead';
import { MonthPicker } from '@/components/month-picker';
import { StatusPanel } from '@/components/status-panel';
import { ViewHeading } from '@/components/view-heading';
import './messages.css';

const TITLE = "Key messages – Children's services performance";

/**
 * The month's key messages (/messages): the draft from the data, grouped as what is working well
 * and what we are worried about, each message linked to its indicator; and the covering text to
 * edit, kept per month in the workspace and printed on the pack's summary page.
 */
export default function MessagesPage() {
  const { months, latest } = useAsAt();
  const messages = useKeyMessages();
  const view = useView();
  if (messages === null)
    return (
      <>
        <title>{TITLE}</title>
        <StatusPanel
          state="empty"
          title="No monthly values yet"
          action={
            <Link className="button" to="/import">
              Import data
            </Link>
          }
        >
          <p>Key messages are drafted once you import a scorecard sheet or monthly values.</p>
        </StatusPanel>
      </>
    );
  const { asAt, draft, saved } = messages;
  return (
    <>
      <title>{`${formatMonthLong(asAt)}: ${TITLE}`}</title>
      <div className="page-heading">
        <h1>Key messages</h1>
        <MonthPicker
          months={months}
          value={asAt}
          onChange={(m) => monthSelected(m === latest ? null : m)}
        />
      </div>
      <ViewHeading chosen={view} />
      <p className="lede">
        Drafted from the data for {formatMonthLong(asAt)} against{' '}
        {formatMonthLong(draft.compareWith)}. A change is called real only when it is outside
        ordinary variation and not on small numbers.
      </p>

      <section aria-labelledby="draft-heading">
        <h2 id="draft-heading">From the data</h2>
        <MessageGroup group="well" messages={draft.well} />
        <MessageGroup group="worried" messages={draft.worried} />
      </section>

      <section aria-labelledby="covering-heading">
        <h2 id="covering-heading">Covering text for {formatMonthLong(asAt)}</h2>
        <CoveringTextEditor
          key={asAt}
          month={asAt}
          draftText={draft.text}
          savedText={saved?.text ?? null}
          savedAt={saved?.updatedAt ?? null}
        />
      </section>
    </>
  );
}

function MessageGroup({ group, messages }: { group: KeyMessage['group']; messages: KeyMessage[] }) {
  return (
    <>
      <h3>{KEY_MESSAGE_GROUP_WORDS[group]}</h3>
      {messages.length === 0 ? (
        <p>Nothing to report this month.</p>
      ) : (
        <ul className="key-messages">
          {messages.map((m) => (
            <li key={`${m.kind}|${m.indicatorId}|${m.sentence}`}>
              <Link to={indicatorPath(m.indicatorId)}>{m.title}</Link>: {m.sentence}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function CoveringTextEditor({
  month,
  draftText,
  savedText,
  savedAt,
}: {
  month: string;
  draftText: string;
  savedText: string | null;
  savedAt: string | null;
}) {
  const id = useId();
  const start = savedText ?? draftText;
  const [text, setText] = useState(start);
  const [message, setMessage] = useState('');
  const changed = text !== start;
  return (
    <form
      className="covering-text"
      onSubmit={(e) => {
        e.preventDefault();
        keyMessagesSaved(month, text);
        setMessage(
          text.trim() === ''
            ? 'The edited text was removed: the draft from the data is shown.'
            : 'Key messages saved. They print on the pack’s summary page.',
        );
      }}
    >
      <p className="hint" id={`${id}-hint`}>
        {savedAt
          ? `Edited text, saved ${formatDayTime(savedAt)}.`
          : 'Not edited yet: this is the draft from the data. Save it to keep your changes.'}
      </p>
      <div className="field">
        <label htmlFor={id}>Key messages for {formatMonthLong(month)}</label>
        <textarea
          id={id}
          rows={18}
          aria-describedby={`${id}-hint`}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setMessage('');
          }}
        />
      </div>
      <div className="button-group">
        <button type="submit" className="button" disabled={!changed && savedText !== null}>
          Save key messages
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setText(draftText);
            setMessage('The text is back to the draft from the data (not saved yet).');
          }}
        >
          Start again from the draft
        </button>
      </div>
      <p role="status">{message || (changed ? 'Unsaved changes.' : '')}</p>
    </form>
  );
}
