import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import type { WorkspaceData } from '@/domain/types';
import { emptyWorkspace } from '@/domain/workspace';
import { readWorkspaceFile, workspaceFileText } from '@/data/workspace-file';
import { loadSavedWorkspace, saveWorkspaceState, storageConnectionReset } from '@/data/persistence';

/** Issue 13's lists: actions, questions, key messages and trajectories, kept and checked. */
const ws: WorkspaceData = {
  ...emptyWorkspace('Mine'),
  actions: [
    {
      id: 'a1',
      indicatorId: '2.5',
      what: 'Extra MASH screening sessions',
      owner: 'Head of Service',
      due: '2016-01-31',
      status: 'in-progress',
      notes: 'Two sessions a week from January.',
      updatedAt: '2016-01-05T10:00:00.000Z',
    },
  ],
  questions: [
    {
      id: 'q1',
      indicatorId: '2.5',
      question: 'Why is this still Red?',
      askedBy: 'Cllr Hoddinott',
      meetingDate: '2015-12-02',
      answer: '',
      answeredOn: '',
      updatedAt: '2015-12-02T10:00:00.000Z',
    },
  ],
  keyMessages: [{ month: '2015-12', text: 'Written by hand.', updatedAt: '2016-01-06T09:00:00Z' }],
  trajectories: [{ indicatorId: 'L.2', month: '2019-04', value: 3, importId: 'x#0' }],
};

beforeEach(async () => {
  await storageConnectionReset();
  globalThis.indexedDB = new IDBFactory();
});

describe('actions, questions and key messages in the workspace', () => {
  it('survive a save and a load in IndexedDB', async () => {
    await saveWorkspaceState(ws, []);
    await storageConnectionReset();
    const loaded = await loadSavedWorkspace();
    if (loaded.kind !== 'saved') throw new Error(loaded.kind);
    expect(loaded.workspace.actions).toEqual(ws.actions);
    expect(loaded.workspace.questions).toEqual(ws.questions);
    expect(loaded.workspace.keyMessages).toEqual(ws.keyMessages);
    expect(loaded.workspace.trajectories).toEqual(ws.trajectories);
  });

  it('a stored action with an unknown status is reported, not read', async () => {
    const bad = {
      ...ws,
      actions: [{ ...ws.actions![0]!, status: 'sideways' }],
    } as unknown as WorkspaceData;
    await saveWorkspaceState(bad, []);
    await storageConnectionReset();
    const loaded = await loadSavedWorkspace();
    expect(loaded.kind).toBe('damaged');
    if (loaded.kind === 'damaged') expect(loaded.reason).toMatch(/status/);
  });

  it('go into the export file and come back from it', () => {
    const back = readWorkspaceFile(workspaceFileText(ws, '2016-01-06T09:00:00Z'));
    if (!back.ok) throw new Error(back.reason);
    expect(back.data.actions).toEqual(ws.actions);
    expect(back.data.questions).toEqual(ws.questions);
    expect(back.data.keyMessages).toEqual(ws.keyMessages);
  });

  it('an export with a question missing its meeting date is refused, naming the field', () => {
    const text = workspaceFileText(ws, '2016-01-06T09:00:00Z').replace(
      '"meetingDate": "2015-12-02",',
      '',
    );
    const back = readWorkspaceFile(text);
    expect(back.ok).toBe(false);
    if (!back.ok) expect(back.reason).toMatch(/questions, item 1.*meetingDate: missing/);
  });

  it('a workspace from before them has none and is valid', () => {
    const back = readWorkspaceFile(workspaceFileText(emptyWorkspace(), '2016-01-06T09:00:00Z'));
    expect(back.ok).toBe(true);
    if (back.ok) expect(back.data.actions).toBeUndefined();
  });
});
