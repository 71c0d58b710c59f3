import { beforeEach, describe, expect, it } from 'vitest';
import type { IndicatorAction, MemberQuestion } from '@/domain/types';
import { emptyWorkspace } from '@/domain/workspace';
import {
  importUndone,
  useWorkspaceStore,
  workspaceLoaded,
  workspaceStoreReset,
} from '@/state/workspace-store';
import {
  actionRemoved,
  actionSaved,
  keyMessagesSaved,
  questionRemoved,
  questionSaved,
} from '@/state/looking-ahead-actions';

const ws = () => useWorkspaceStore.getState().workspace;

const action: IndicatorAction = {
  id: 'a1',
  indicatorId: '2.5',
  what: 'Extra screening sessions',
  owner: 'Head of Service',
  due: '2016-01-31',
  status: 'not-started',
  notes: '',
  updatedAt: 't',
};

const question: MemberQuestion = {
  id: 'q1',
  indicatorId: '2.5',
  question: 'Why still Red?',
  askedBy: 'Cllr Hoddinott',
  meetingDate: '2015-12-02',
  answer: '',
  answeredOn: '',
  updatedAt: 't',
};

beforeEach(() => {
  workspaceStoreReset();
  workspaceLoaded(emptyWorkspace());
});

describe('actions and questions in the store', () => {
  it('an action is added, then edited in place (no undo step)', () => {
    actionSaved(action);
    actionSaved({ ...action, status: 'in-progress', notes: 'Started 4 Jan.' });
    expect(ws().actions).toEqual([{ ...action, status: 'in-progress', notes: 'Started 4 Jan.' }]);
    expect(useWorkspaceStore.getState().history).toEqual([]);
  });

  it('deleting an action is an undo step named after it, and undo brings it back', () => {
    actionSaved(action);
    actionRemoved('a1');
    expect(ws().actions).toEqual([]);
    expect(useWorkspaceStore.getState().history.at(-1)?.description).toBe(
      'Deletion of the action "Extra screening sessions"',
    );
    importUndone();
    expect(ws().actions).toEqual([action]);
  });

  it('a question is answered in place and deleted with undo', () => {
    questionSaved(question);
    questionSaved({ ...question, answer: 'Agency staff left.', answeredOn: '2016-01-06' });
    expect(ws().questions?.[0]?.answer).toBe('Agency staff left.');
    questionRemoved('q1');
    expect(ws().questions).toEqual([]);
    importUndone();
    expect(ws().questions).toHaveLength(1);
  });
});

describe('key messages in the store', () => {
  it('keeps one text per month; blank removes it', () => {
    keyMessagesSaved('2015-12', 'December text', 'T1');
    keyMessagesSaved('2015-11', 'November text', 'T2');
    keyMessagesSaved('2015-12', 'December, edited', 'T3');
    expect(ws().keyMessages).toEqual([
      { month: '2015-11', text: 'November text', updatedAt: 'T2' },
      { month: '2015-12', text: 'December, edited', updatedAt: 'T3' },
    ]);
    keyMessagesSaved('2015-12', '  ');
    expect(ws().keyMessages?.map((k) => k.month)).toEqual(['2015-11']);
  });
});
