import '@/components/looking-ahead.css';
import type { IndicatorView } from '@/domain/indicator-view';
import { useFollowUp } from '@/read/looking-ahead';

/**
 * An indicator's page of the pack, issue 13's part, kept short to stay on the page: where it is
 * heading by March, its target by a date, and its actions and members' questions.
 */
export function PackOutlook({ view }: { view: IndicatorView }) {
  const followUp = useFollowUp(view.indicator.id);
  const p = view.projection;
  const t = view.trajectory;
  const none = followUp.actions.length === 0 && followUp.questions.length === 0;
  return (
    <section className="pack-outlook" aria-label={`Outlook and actions for ${view.indicator.id}`}>
      <h3>Looking ahead</h3>
      <p>
        {p.kind === 'projected'
          ? `${p.sentence} Method: ${p.methodWords}`
          : `No year-end projection: ${p.reason}`}
      </p>
      {t && t.kind === 'trajectory' ? (
        <p>
          {t.plan} {t.sentence}
        </p>
      ) : null}
      {none ? (
        <p>No actions or members&apos; questions.</p>
      ) : (
        <ul className="follow-up__list">
          {followUp.actions.map((a) => (
            <li key={a.action.id}>
              Action: {a.sentence}
              {a.action.notes.trim() ? `. Update: ${a.action.notes.trim()}` : ''}
            </li>
          ))}
          {followUp.questions.map((q) => (
            <li key={q.question.id}>
              Question: &ldquo;{q.question.question.trim()}&rdquo; {q.sentence}
              {q.question.answer.trim() ? `. Answer: ${q.question.answer.trim()}` : ''}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
