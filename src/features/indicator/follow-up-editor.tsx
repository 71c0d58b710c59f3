import { useId, useState } from 'react';
import type { ActionStatus, IndicatorAction, MemberQuestion } from '@/domain/types';
import { ACTION_STATUSES, ACTION_STATUS_WORDS, type FollowUp } from '@/domain/actions';
import { importUndone } from '@/state/workspace-store';
import {
  actionRemoved,
  actionSaved,
  questionRemoved,
  questionSaved,
} from '@/state/looking-ahead-actions';

const newId = (): string =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now()}-${Math.random().toString(36).slice(2)}`;

const blankAction = (indicatorId: string): IndicatorAction => ({
  id: newId(),
  indicatorId,
  what: '',
  owner: '',
  due: '',
  status: 'not-started',
  notes: '',
  updatedAt: '',
});

const blankQuestion = (indicatorId: string, today: string): MemberQuestion => ({
  id: newId(),
  indicatorId,
  question: '',
  askedBy: '',
  meetingDate: today,
  answer: '',
  answeredOn: '',
  updatedAt: '',
});

/**
 * Actions ("what is being done") and members' questions on one indicator, edited here and kept
 * in the workspace (so in storage, the export, the overview's Red rows and the pack).
 */
export function FollowUpEditor({
  indicatorId,
  followUp,
  today,
}: {
  indicatorId: string;
  followUp: FollowUp;
  today: string;
}) {
  const [editing, setEditing] = useState<
    { kind: 'action'; item: IndicatorAction } | { kind: 'question'; item: MemberQuestion } | null
  >(null);
  const [message, setMessage] = useState('');
  const [undoable, setUndoable] = useState(false);
  const say = (text: string, canUndo = false) => {
    setMessage(text);
    setUndoable(canUndo);
  };
  return (
    <div className="follow-up-editor">
      <h3>Actions</h3>
      {followUp.actions.length === 0 ? <p>No actions yet.</p> : null}
      <ul className="follow-up__list">
        {followUp.actions.map((a) => (
          <li key={a.action.id}>
            {a.sentence}
            {a.action.notes.trim() ? (
              <span className="follow-up__notes"> Update: {a.action.notes.trim()}</span>
            ) : null}{' '}
            <span className="button-group button-group--inline">
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => setEditing({ kind: 'action', item: a.action })}
              >
                Edit <span className="visually-hidden">the action {a.action.what}</span>
              </button>
              <button
                type="button"
                className="button button--warning button--small"
                onClick={() => {
                  actionRemoved(a.action.id);
                  say(`The action "${a.action.what}" was deleted.`, true);
                }}
              >
                Delete <span className="visually-hidden">the action {a.action.what}</span>
              </button>
            </span>
          </li>
        ))}
      </ul>
      {editing?.kind === 'action' ? (
        <ActionForm
          key={editing.item.id}
          initial={editing.item}
          onDone={(saved) => {
            setEditing(null);
            say(saved ? 'Action saved.' : '');
          }}
        />
      ) : (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => setEditing({ kind: 'action', item: blankAction(indicatorId) })}
        >
          Add an action
        </button>
      )}

      <h3>Members&apos; questions</h3>
      {followUp.questions.length === 0 ? <p>No questions yet.</p> : null}
      <ul className="follow-up__list">
        {followUp.questions.map((q) => (
          <li key={q.question.id}>
            &ldquo;{q.question.question.trim()}&rdquo; {q.sentence}.
            {q.question.answer.trim() ? (
              <span className="follow-up__notes"> Answer: {q.question.answer.trim()}</span>
            ) : null}{' '}
            <span className="button-group button-group--inline">
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => setEditing({ kind: 'question', item: q.question })}
              >
                Edit <span className="visually-hidden">the question from {q.question.askedBy}</span>
              </button>
              <button
                type="button"
                className="button button--warning button--small"
                onClick={() => {
                  questionRemoved(q.question.id);
                  say('The question was deleted.', true);
                }}
              >
                Delete{' '}
                <span className="visually-hidden">the question from {q.question.askedBy}</span>
              </button>
            </span>
          </li>
        ))}
      </ul>
      {editing?.kind === 'question' ? (
        <QuestionForm
          key={editing.item.id}
          initial={editing.item}
          onDone={(saved) => {
            setEditing(null);
            say(saved ? 'Question saved.' : '');
          }}
        />
      ) : (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => setEditing({ kind: 'question', item: blankQuestion(indicatorId, today) })}
        >
          Add a member&apos;s question
        </button>
      )}
      <div role="status" className="follow-up-editor__message">
        {message ? <p>{message}</p> : null}
        {undoable ? (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              importUndone();
              say('The deletion was undone.');
            }}
          >
            Undo the deletion
          </button>
        ) : null}
      </div>
    </div>
  );
}

function ActionForm({
  initial,
  onDone,
}: {
  initial: IndicatorAction;
  onDone: (saved: boolean) => void;
}) {
  const id = useId();
  const [a, setA] = useState(initial);
  const set = <K extends keyof IndicatorAction>(k: K, v: IndicatorAction[K]) =>
    setA((x) => ({ ...x, [k]: v }));
  return (
    <form
      className="follow-up-form"
      aria-label={initial.what ? `Edit the action ${initial.what}` : 'New action'}
      onSubmit={(e) => {
        e.preventDefault();
        if (a.what.trim() === '') return;
        actionSaved({ ...a, updatedAt: new Date().toISOString() });
        onDone(true);
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-what`}>What is being done</label>
        <input
          id={`${id}-what`}
          required
          value={a.what}
          onChange={(e) => set('what', e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-owner`}>Owner</label>
        <input id={`${id}-owner`} value={a.owner} onChange={(e) => set('owner', e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-due`}>Due date</label>
        <input
          id={`${id}-due`}
          type="date"
          value={a.due}
          onChange={(e) => set('due', e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-status`}>Status</label>
        <select
          id={`${id}-status`}
          value={a.status}
          onChange={(e) => set('status', e.target.value as ActionStatus)}
        >
          {ACTION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {ACTION_STATUS_WORDS[s]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-notes`}>Update notes</label>
        <textarea
          id={`${id}-notes`}
          rows={3}
          value={a.notes}
          onChange={(e) => set('notes', e.target.value)}
        />
      </div>
      <div className="button-group">
        <button type="submit" className="button">
          Save action
        </button>
        <button type="button" className="button button--secondary" onClick={() => onDone(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function QuestionForm({
  initial,
  onDone,
}: {
  initial: MemberQuestion;
  onDone: (saved: boolean) => void;
}) {
  const id = useId();
  const [q, setQ] = useState(initial);
  const set = <K extends keyof MemberQuestion>(k: K, v: MemberQuestion[K]) =>
    setQ((x) => ({ ...x, [k]: v }));
  return (
    <form
      className="follow-up-form"
      aria-label={initial.question ? 'Edit the question' : "New member's question"}
      onSubmit={(e) => {
        e.preventDefault();
        if (q.question.trim() === '') return;
        questionSaved({ ...q, updatedAt: new Date().toISOString() });
        onDone(true);
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-question`}>Question</label>
        <textarea
          id={`${id}-question`}
          rows={2}
          required
          value={q.question}
          onChange={(e) => set('question', e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-by`}>Asked by</label>
        <input id={`${id}-by`} value={q.askedBy} onChange={(e) => set('askedBy', e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-meeting`}>Meeting date</label>
        <input
          id={`${id}-meeting`}
          type="date"
          value={q.meetingDate}
          onChange={(e) => set('meetingDate', e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-answer`}>Answer (leave empty while the question is open)</label>
        <textarea
          id={`${id}-answer`}
          rows={3}
          value={q.answer}
          onChange={(e) => set('answer', e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-answered`}>Answered on</label>
        <input
          id={`${id}-answered`}
          type="date"
          value={q.answeredOn}
          onChange={(e) => set('answeredOn', e.target.value)}
        />
      </div>
      <div className="button-group">
        <button type="submit" className="button">
          Save question
        </button>
        <button type="button" className="button button--secondary" onClick={() => onDone(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
