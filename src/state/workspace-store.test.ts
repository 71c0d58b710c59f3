import { beforeEach, describe, expect, it } from 'vitest';
import type { Indicator, Observation, ParsedFile, WorkspaceData } from '@/domain/types';
import { emptyWorkspace, placeholderIndicator } from '@/domain/workspace';
import {
  UNDO_LIMIT,
  commentarySaved,
  exampleCleared,
  exampleLoaded,
  importConfirmed,
  importRemoved,
  importUndone,
  monthSelected,
  useWorkspaceStore,
  workspaceLoaded,
  workspaceRestored,
  spcSettingsChanged,
  workspaceStoreReset,
} from '@/state/workspace-store';

const obs = (indicatorId: string, period: string, value: number, file: string): Observation => ({
  indicatorId,
  period,
  value,
  numerator: null,
  denominator: null,
  decimals: 0,
  raw: String(value),
  note: '',
  provenance: { file, importedAt: '', line: 2 },
});

const indicator = (id: string): Indicator => ({
  ...placeholderIndicator(id, 0),
  section: 'CONTACT',
  name: `Name ${id}`,
});

const file = (
  name: string,
  observations: Observation[],
  indicators: Indicator[] = [],
): ParsedFile => ({
  file: name,
  kind: 'monthly-long',
  rowsRead: observations.length,
  rowsAccepted: observations.length,
  indicators,
  observations,
  benchmarks: [],
  importedYtd: [],
  printed: [],
  population: [],
  problems: [],
});

const nov = file('nov.csv', [obs('2.1', '2015-11', 1029, 'nov.csv')], [indicator('2.1')]);
const dec = file('dec.csv', [
  obs('2.1', '2015-11', 1031, 'dec.csv'),
  obs('2.1', '2015-12', 1041, 'dec.csv'),
]);
const example: WorkspaceData = { ...emptyWorkspace('Example'), isExample: true };

const state = () => useWorkspaceStore.getState();
const valueOf = (period: string) =>
  state().workspace.observations.find((o) => o.indicatorId === '2.1' && o.period === period)
    ?.value ?? null;

beforeEach(() => {
  workspaceStoreReset();
  workspaceLoaded(emptyWorkspace());
});

describe('workspace store events', () => {
  it('starts loading, and workspaceLoaded makes it ready with the latest month selected', () => {
    workspaceStoreReset();
    expect(state().status).toBe('loading');
    workspaceLoaded(example, 'Storage could not be read.');
    expect(state()).toMatchObject({
      status: 'ready',
      selectedMonth: null,
      storageProblem: 'Storage could not be read.',
    });
    expect(state().workspace.isExample).toBe(true);
  });

  it('importConfirmed merges in order (later files win) and keeps the earlier value as a revision', () => {
    importConfirmed([nov], '2016-01-05T10:00:00Z');
    importConfirmed([dec], '2016-01-18T10:00:00Z');
    expect(valueOf('2015-11')).toBe(1031);
    expect(valueOf('2015-12')).toBe(1041);
    expect(state().workspace.revisions.map((r) => r.previous.value)).toEqual([1029]);
    expect(state().history.map((h) => h.description)).toEqual([
      'Import of nov.csv',
      'Import of dec.csv',
    ]);
  });

  it('the undo step names only the files that were loaded; nothing to import is no step', () => {
    const empty = file('notes.csv', [], []);
    importConfirmed([nov, empty], '2016-01-05T10:00:00Z');
    expect(state().history.map((h) => h.description)).toEqual(['Import of nov.csv']);
    importConfirmed([dec, nov, empty], '2016-01-18T10:00:00Z');
    expect(state().history.at(-1)?.description).toBe('Import of 2 files');
    importConfirmed([empty], '2016-01-19T10:00:00Z');
    expect(state().history).toHaveLength(2);
  });

  it('importUndone puts the workspace back as it was before the last import', () => {
    importConfirmed([nov], '2016-01-05T10:00:00Z');
    importConfirmed([dec], '2016-01-18T10:00:00Z');
    importUndone();
    expect(valueOf('2015-11')).toBe(1029);
    expect(valueOf('2015-12')).toBeNull();
    importUndone();
    expect(state().workspace.observations).toEqual([]);
    importUndone(); // nothing left to undo: no change, no error
    expect(state().history).toEqual([]);
  });

  it('importRemoved takes one file out and brings back the values it replaced', () => {
    importConfirmed([nov], '2016-01-05T10:00:00Z');
    importConfirmed([dec], '2016-01-18T10:00:00Z');
    const decImport = state().workspace.imports.find((r) => r.file === 'dec.csv');
    importRemoved(decImport?.id ?? '');
    expect(valueOf('2015-11')).toBe(1029);
    expect(state().workspace.imports.map((r) => r.file)).toEqual(['nov.csv']);
    importRemoved('no-such-import');
    expect(state().workspace.imports).toHaveLength(1);
  });

  it('importing into the example starts from an empty workspace, and undo brings the example back', () => {
    workspaceLoaded(example);
    importConfirmed([nov], '2016-01-05T10:00:00Z');
    expect(state().workspace.isExample).toBe(false);
    expect(state().workspace.imports.map((r) => r.file)).toEqual(['nov.csv']);
    importUndone();
    expect(state().workspace.isExample).toBe(true);
  });

  it('exampleCleared empties the workspace and can be undone; exampleLoaded opens it again', () => {
    workspaceLoaded(example);
    exampleCleared();
    expect(state().workspace).toEqual(emptyWorkspace());
    importUndone();
    expect(state().workspace.isExample).toBe(true);
    exampleCleared();
    exampleLoaded(example);
    expect(state().workspace.isExample).toBe(true);
  });

  it(`keeps at most ${UNDO_LIMIT} undo steps`, () => {
    for (let i = 0; i < UNDO_LIMIT + 2; i += 1)
      importConfirmed([nov], `2016-01-0${i + 1}T10:00:00Z`);
    expect(state().history).toHaveLength(UNDO_LIMIT);
  });

  it.each([
    ['2015-11', '2015-11'],
    [null, null],
  ])('monthSelected(%s) sets the as-at month', (month, expected) => {
    monthSelected(month);
    expect(state().selectedMonth).toBe(expected);
  });

  it('a new import goes back to the latest month', () => {
    monthSelected('2015-11');
    importConfirmed([nov], '2016-01-05T10:00:00Z');
    expect(state().selectedMonth).toBeNull();
  });

  it('commentarySaved adds, replaces and (when blank) removes one month of commentary', () => {
    commentarySaved('2.1', '2015-12', 'Contacts rose.', 't1');
    commentarySaved('2.1', '2015-11', 'November.', 't1');
    commentarySaved('2.1', '2015-12', 'Contacts rose again.', 't2');
    expect(state().workspace.commentary).toEqual([
      { indicatorId: '2.1', month: '2015-11', text: 'November.', updatedAt: 't1' },
      { indicatorId: '2.1', month: '2015-12', text: 'Contacts rose again.', updatedAt: 't2' },
    ]);
    commentarySaved('2.1', '2015-11', '   ');
    expect(state().workspace.commentary.map((c) => c.month)).toEqual(['2015-12']);
  });

  it('workspaceRestored replaces the workspace and can be undone', () => {
    importConfirmed([nov], '2016-01-05T10:00:00Z');
    workspaceRestored(example);
    expect(state().workspace).toBe(example);
    importUndone();
    expect(valueOf('2015-11')).toBe(1029);
  });

  it('spcSettingsChanged stores the settings as one named undo step', () => {
    importConfirmed([nov], '2016-01-05T10:00:00Z');
    const before = state().workspace;
    const spc = { breaks: [{ indicatorId: '2.1', month: '2015-11', reason: 'Definition change' }] };
    spcSettingsChanged(spc, 'Series break at 2.1, November 2015');
    expect(state().workspace.spc).toEqual(spc);
    expect(state().history.at(-1)?.description).toBe('Series break at 2.1, November 2015');
    importUndone();
    expect(state().workspace).toBe(before);
    expect(state().workspace.spc).toBeUndefined();
  });
});
