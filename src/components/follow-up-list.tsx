import '@/components/looking-ahead.css';
import type { FollowUp } from '@/domain/actions';

/**
 * An indicator's actions and members' questions as sentences (read only): on the RAG overview's
 * Red rows (open ones) and on the pack's indicator pages (all of them).
 */
export function FollowUpList({
  followUp,
  openOnly = false,
  headingLevel = 3,
}: {
  followUp: FollowUp;
  openOnly?: boolean;
  headingLevel?: 3 | 4;
}) {
  const actions = openOnly ? followUp.openActions : followUp.actions;
  const questions = openOnly ? followUp.openQuestions : followUp.questions;
  const H = headingLevel === 3 ? 'h3' : 'h4';
  if (openOnly && actions.length === 0 && questions.length === 0)
    return <p className="follow-up__none">No open actions or questions.</p>;
  return (
    <div className="follow-up">
      <H className="follow-up__heading">{openOnly ? 'Open actions' : 'Actions'}</H>
      {actions.length === 0 ? (
        <p className="follow-up__none">No {openOnly ? 'open ' : ''}actions.</p>
      ) : (
        <ul className="follow-up__list">
          {actions.map((a) => (
            <li key={a.action.id}>
              {a.sentence}
              {a.action.notes.trim() ? (
                <span className="follow-up__notes"> Update: {a.action.notes.trim()}</span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <H className="follow-up__heading">{openOnly ? 'Open questions' : "Members' questions"}</H>
      {questions.length === 0 ? (
        <p className="follow-up__none">No {openOnly ? 'open ' : ''}questions.</p>
      ) : (
        <ul className="follow-up__list">
          {questions.map((q) => (
            <li key={q.question.id}>
              &ldquo;{q.question.question.trim()}&rdquo; {q.sentence}.
              {q.question.answer.trim() ? (
                <span className="follow-up__notes"> Answer: {q.question.answer.trim()}</span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
