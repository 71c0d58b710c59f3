import '@/components/looking-ahead.css';
import { useKeyMessages } from '@/read/looking-ahead';
import { formatMonthLong } from '@/domain/periods';

/**
 * The month's key messages on the pack's summary page: the text as the user edited and saved it,
 * or the draft from the data when it has not been edited. Self-contained, so the pack's summary
 * page places it where it belongs.
 */
export function KeyMessagesSummary() {
  const messages = useKeyMessages();
  if (messages === null) return null;
  const text = messages.saved?.text ?? messages.draft.text;
  return (
    <section className="pack-key-messages" aria-labelledby="pack-key-messages-heading">
      <h2 id="pack-key-messages-heading">Key messages, {formatMonthLong(messages.asAt)}</h2>
      {messages.saved ? null : <p className="hint">Draft from the data (not edited).</p>}
      <div className="pack-key-messages__text">{text}</div>
    </section>
  );
}
