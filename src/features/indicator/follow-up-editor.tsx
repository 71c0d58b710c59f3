import { useId, useState, type ReactNode } from 'react';
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

/** One action or question in the list: its text, the words that name it, what deleting it says. */
interface ListedItem {
  id: string;
  text: ReactNode;
  /** Read after "Edit" and "Delete" by a screen reader: "the action Audit", "the question from X". */
  name: string;
  onEdit: () => void;
  onDelete: () => void;
}

/** A heading, the items (each with Edit and Delete), then its form or the "Add" button. */
function FollowUpList({
  heading,
  empty,
  items,
  form,
  addLabel,
  onAdd,
}: {
  heading: ReactNode;
  empty: string;
  items: ListedItem[];
  /** The form when one of these is being added or edited, else null. */
  form: ReactNode;
  addLabel: string;
  onAdd: () => void;
}) {
  return (
    <>
      <h3>{heading}</h3>
      {items.length === 0 ? <p>{empty}</p> : null}
      <ul className="follow-up__list">
        {items.map((item) => (
          <li key={item.id}>
            {item.text}{' '}
            <span className="button-group button-group--inline">
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={item.onEdit}
              >
                Edit <span className="visually-hidden">{item.name}</span>
              </button>
              <button
                type="button"
                className="button button--warning button--small"
                onClick={item.onDelete}
              >
                Delete <span className="visually-hidden">{item.name}</span>
              </button>
            </span>
          </li>
        ))}
      </ul>
      {form ?? (
        <button type="button" className="button button--secondary" onClick={onAdd}>
          {addLabel}
        </button>
      )}
    </>
  );
}

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
  const done = (what: string) => (saved: boolean) => {
    setEditing(null);
    say(saved ? `${what} saved.` : '');
  };
  return (
    <div className="follow-up-editor">
      <FollowUpList
        heading="Actions"
        empty="No actions yet."
        items={followUp.actions.map((a) => ({
          id: a.action.id,
          text: (
            <>
              {a.sentence}
              {a.action.notes.trim() ? (
                <span className="follow-up__notes"> Update: {a.action.notes.trim()}</span>
              ) : null}
            </>
          ),
          name: `the action ${a.action.what}`,
          onEdit: () => setEditing({ kind: 'action', item: a.action }),
          onDelete: () => {
            actionRemoved(a.action.id);
            say(`The action "${a.action.what}" was deleted.`, true);
          },
        }))}
        form={
          editing?.kind === 'action' ? (
            <ActionForm key={editing.item.id} initial={editing.item} onDone={done('Action')} />
          ) : null
        }
        addLabel="Add an action"
        onAdd={() => setEditing({ kind: 'action', item: blankAction(indicatorId) })}
      />
      <FollowUpList
        heading={<>Members&apos; questions</>}
        empty="No questions yet."
        items={followUp.questions.map((q) => ({
          id: q.question.id,
          text: (
            <>
              &ldquo;{q.question.question.trim()}&rdquo; {q.sentence}.
              {q.question.answer.trim() ? (
                <span className="follow-up__notes"> Answer: {q.question.answer.trim()}</span>
              ) : null}
            </>
          ),
          name: `the question from ${q.question.askedBy}`,
          onEdit: () => setEditing({ kind: 'question', item: q.question }),
          onDelete: () => {
            questionRemoved(q.question.id);
            say('The question was deleted.', true);
          },
        }))}
        form={
          editing?.kind === 'question' ? (
            <QuestionForm key={editing.item.id} initial={editing.item} onDone={done('Question')} />
          ) : null
        }
        addLabel="Add a member's question"
        onAdd={() => setEditing({ kind: 'question', item: blankQuestion(indicatorId, today) })}
      />
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

/** A labelled field of a follow-up form. */
function Field({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
    </div>
  );
}

/** The form around an action's or a question's fields: kept only when `valid`, with Cancel. */
function FollowUpForm({
  label,
  valid,
  save,
  submitLabel,
  onDone,
  children,
}: {
  label: string;
  valid: boolean;
  save: (updatedAt: string) => void;
  submitLabel: string;
  onDone: (saved: boolean) => void;
  children: ReactNode;
}) {
  return (
    <form
      className="follow-up-form"
      aria-label={label}
      onSubmit={(e) => {
        e.preventDefault();
        if (!valid) return;
        save(new Date().toISOString());
        onDone(true);
      }}
    >
      {children}
      <div className="button-group">
        <button type="submit" className="button">
          {submitLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={() => onDone(false)}>
          Cancel
        </button>
      </div>
    </form>
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
    <FollowUpForm
      label={initial.what ? `Edit the action ${initial.what}` : 'New action'}
      valid={a.what.trim() !== ''}
      save={(updatedAt) => actionSaved({ ...a, updatedAt })}
      submitLabel="Save action"
      onDone={onDone}
    >
      <Field id={`${id}-what`} label="What is being done">
        <input
          id={`${id}-what`}
          required
          value={a.what}
          onChange={(e) => set('what', e.target.value)}
        />
      </Field>
      <Field id={`${id}-owner`} label="Owner">
        <input id={`${id}-owner`} value={a.owner} onChange={(e) => set('owner', e.target.value)} />
      </Field>
      <Field id={`${id}-due`} label="Due date">
        <input
          id={`${id}-due`}
          type="date"
          value={a.due}
          onChange={(e) => set('due', e.target.value)}
        />
      </Field>
      <Field id={`${id}-status`} label="Status">
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
      </Field>
      <Field id={`${id}-notes`} label="Update notes">
        <textarea
          id={`${id}-notes`}
          rows={3}
          value={a.notes}
          onChange={(e) => set('notes', e.target.value)}
        />
      </Field>
    </FollowUpForm>
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
    <FollowUpForm
      label={initial.question ? 'Edit the question' : "New member's question"}
      valid={q.question.trim() !== ''}
      save={(updatedAt) => questionSaved({ ...q, updatedAt })}
      submitLabel="Save question"
      onDone={onDone}
    >
      <Field id={`${id}-question`} label="Question">
        <textarea
          id={`${id}-question`}
          rows={2}
          required
          value={q.question}
          onChange={(e) => set('question', e.target.value)}
        />
      </Field>
      <Field id={`${id}-by`} label="Asked by">
        <input id={`${id}-by`} value={q.askedBy} onChange={(e) => set('askedBy', e.target.value)} />
      </Field>
      <Field id={`${id}-meeting`} label="Meeting date">
        <input
          id={`${id}-meeting`}
          type="date"
          value={q.meetingDate}
          onChange={(e) => set('meetingDate', e.target.value)}
        />
      </Field>
      <Field id={`${id}-answer`} label="Answer (leave empty while the question is open)">
        <textarea
          id={`${id}-answer`}
          rows={3}
          value={q.answer}
          onChange={(e) => set('answer', e.target.value)}
        />
      </Field>
      <Field id={`${id}-answered`} label="Answered on">
        <input
          id={`${id}-answered`}
          type="date"
          value={q.answeredOn}
          onChange={(e) => set('answeredOn', e.target.value)}
        />
      </Field>
    </FollowUpForm>
  );
}
