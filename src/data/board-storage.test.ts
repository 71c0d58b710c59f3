import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ParsedFile, WorkspaceData } from '@/domain/types';
import { emptyWorkspace, mergeImport } from '@/domain/workspace';
import { parseText } from '@/domain/import/parse-file';
import { readWorkspaceFile, workspaceFileText } from '@/data/workspace-file';
import { loadSavedWorkspace, saveWorkspaceState, storageConnectionReset } from '@/data/persistence';

/** The board's fixtures: agencies in the catalogue, a return with a marker, a breakdown. */
function boardWorkspace(): WorkspaceData {
  const at = '2016-01-25T09:00:00.000Z';
  const parsed: ParsedFile[] = [];
  for (const f of [
    'board/catalogue-board.csv',
    'board/lado-2015-09.csv',
    'board/police-2015-12.csv',
    'board/breakdown-cp-duration.csv',
  ]) {
    const catalogue = parsed.flatMap((p) => p.indicators);
    parsed.push(parseText(f, readFileSync(`fixtures/${f}`, 'utf8'), at, catalogue));
  }
  const ws = mergeImport(emptyWorkspace(), parsed, at);
  return {
    ...ws,
    views: [
      {
        id: 'board',
        title: 'Board',
        audience: 'Safeguarding board',
        tags: ['LSCB key'],
        indicatorIds: [],
        status: { kind: 'draft' },
        ragRule: 'two_test',
      },
    ],
  };
}

describe("the board's data is kept (SPEC 2.8, 2.9)", () => {
  beforeEach(async () => {
    await storageConnectionReset();
    globalThis.indexedDB = new IDBFactory();
  });

  const ws = boardWorkspace();

  it('has what is to be kept: agencies, a marker, breakdown rows, the view rule', () => {
    expect(ws.breakdowns).toHaveLength(10);
    expect(ws.markers).toHaveLength(1);
    expect(ws.indicators.find((i) => i.id === 'L2')?.expected).toEqual({
      frequency: 'quarterly',
      dueDays: 30,
    });
    expect(ws.observations.find((o) => o.indicatorId === 'P1')?.provenance.agency).toBe('police');
  });

  it('survives a save and a reload', async () => {
    await saveWorkspaceState(ws, []);
    await storageConnectionReset();
    const loaded = await loadSavedWorkspace();
    if (loaded.kind !== 'saved') throw new Error(loaded.kind);
    expect(loaded.workspace.breakdowns).toEqual(ws.breakdowns);
    expect(loaded.workspace.markers).toEqual(ws.markers);
    expect(loaded.workspace.indicators).toEqual(ws.indicators);
    expect(loaded.workspace.views).toEqual(ws.views);
    expect(loaded.workspace.observations).toEqual(expect.arrayContaining(ws.observations));
  });

  it('survives an export and a restore', () => {
    const back = readWorkspaceFile(workspaceFileText(ws, '2016-01-25T10:00:00Z'));
    // The export fills in the lists an empty workspace leaves out (national, ownLa...).
    expect(back).toMatchObject({ ok: true, data: ws });
  });

  it('refuses a breakdown row whose value is not a number, naming it', () => {
    const text = workspaceFileText(
      { ...ws, breakdowns: [{ ...ws.breakdowns![0]!, value: 'many' as unknown as number }] },
      '2016-01-25T10:00:00Z',
    );
    const back = readWorkspaceFile(text);
    expect(back.ok).toBe(false);
    if (!back.ok) expect(back.reason).toMatch(/breakdowns, item 1.*value/);
  });
});
