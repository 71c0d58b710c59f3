import { describe, expect, it } from 'vitest';
import type { WorkspaceData } from '@/domain/types';
import {
  WORKSPACE_FILE_FORMAT,
  readWorkspaceFile,
  workspaceFileName,
  workspaceFileText,
} from '@/data/workspace-file';
import v1Text from '../../fixtures/workspace/workspace-v1.json?raw';

/** The version 1 file saved by the code of November 2026 (fixtures/workspace/workspace-v1.json). */
const v1File = JSON.parse(v1Text) as { version: number; workspace: Record<string, unknown> };
const v1 = v1File.workspace as unknown as WorkspaceData & Record<string, unknown>;

/** The fixture's file with its workspace edited by hand. */
const edited = (change: (ws: Record<string, unknown>) => void, version = 1): string => {
  const ws = structuredClone(v1File.workspace);
  change(ws);
  return JSON.stringify({ ...v1File, version, workspace: ws });
};
const firstOf = (ws: Record<string, unknown>, list: string) =>
  (ws[list] as Record<string, unknown>[])[0] as Record<string, unknown>;

describe('workspace files of version 1 (migration)', () => {
  it('restores the version 1 fixture with everything in it, the later lists filled in', () => {
    expect(v1File.version).toBe(1);
    expect(v1.national).toBeUndefined();
    const result = readWorkspaceFile(v1Text);
    if (!result.ok) throw new Error(result.reason);
    expect(result.data).toEqual({
      ...v1,
      national: [],
      neighbours: [],
      nationalMappings: [],
      views: [],
      ownLa: null,
    });
    // What a user would check: 75 indicators, the commentary they wrote, revisions kept.
    expect(result.data.indicators).toHaveLength(75);
    expect(result.data.commentary).toEqual([
      expect.objectContaining({
        indicatorId: '2.8',
        text: 'Re-referrals fell after the MASH review.',
      }),
    ]);
    expect(result.data.revisions).toHaveLength(77);
  });

  it('exports as version 2 and restores the same workspace', () => {
    const first = readWorkspaceFile(v1Text);
    if (!first.ok) throw new Error(first.reason);
    const text = workspaceFileText(first.data, '2026-11-29T12:00:00Z');
    expect(JSON.parse(text)).toMatchObject({ format: WORKSPACE_FILE_FORMAT, version: 2 });
    expect(readWorkspaceFile(text)).toEqual({ ok: true, data: first.data });
  });
});

describe('signal-or-noise settings in a workspace file', () => {
  const spc = {
    runLength: 6 as const,
    minimumPoints: 10,
    breaks: [{ indicatorId: '9.1', month: '2015-07', reason: 'Definition change' }],
    baselines: [{ indicatorId: '9.1', months: 12 }],
  };
  it('exports and restores them', () => {
    const first = readWorkspaceFile(v1Text);
    if (!first.ok) throw new Error(first.reason);
    const text = workspaceFileText({ ...first.data, spc }, '2026-12-06T12:00:00Z');
    const back = readWorkspaceFile(text);
    if (!back.ok) throw new Error(back.reason);
    expect(back.data.spc).toEqual(spc);
  });
  it('refuses a run length other than 6 or 7, naming the field', () => {
    const result = readWorkspaceFile(edited((ws) => (ws.spc = { ...spc, runLength: 5 })));
    expect(result).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/spc, runLength: expected 6 or 7, found 5/),
    });
  });
});

describe('files that are refused, with a message naming the field', () => {
  it.each([
    ['not JSON', 'Indicator,Value\n2.1,1041', /not JSON/],
    ['NaN (not JSON either)', v1Text.replace('"value": 1041', '"value": NaN'), /not JSON/],
    ['JSON of another kind', JSON.stringify({ hello: 'world' }), /not a workspace export/],
    [
      'a newer version',
      edited(() => {}, 3),
      /version 3; this app reads versions 1 to 2 \(it was saved by a newer version/,
    ],
    [
      'a target removed',
      edited((ws) => delete firstOf(ws, 'indicators').target),
      /indicators, item 1 \(2\.1\), target: missing/,
    ],
    [
      'target: null',
      edited((ws) => (firstOf(ws, 'indicators').target = null)),
      /indicators, item 1 \(2\.1\), target: expected a target .*, found null/,
    ],
    [
      'polarity "sideways"',
      edited((ws) => (firstOf(ws, 'indicators').polarity = 'sideways')),
      /indicators, item 1 \(2\.1\), polarity: expected high, low, neutral or range, found "sideways"/,
    ],
    [
      'a revision without its previous value',
      edited((ws) => delete firstOf(ws, 'revisions').previous),
      /revisions, item 1 \(\d+\.\d+\), previous: missing/,
    ],
    [
      'a mapping that is not a list',
      edited((ws) => (ws.nationalMappings = { indicatorId: '2.8' })),
      /nationalMappings: expected a list, found an object/,
    ],
    [
      'a value of 309 digits (Infinity)',
      edited((ws) => (firstOf(ws, 'observations').value = 1e308)).replace('1e+308', '1e999'),
      /observations, item 1 \(\d+\.\d+\), value: expected a finite number or null, found Infinity/,
    ],
    ['a list left out', edited((ws) => delete ws.revisions), /revisions: missing/],
    [
      'a commentary that is text only',
      edited((ws) => (ws.commentary = ['Down.'])),
      /commentary, item 1: expected a commentary, found "Down."/,
    ],
  ])('refuses %s and changes nothing', (_case, text, reason) => {
    const result = readWorkspaceFile(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it('names the file after the local date of the export', () => {
    expect(workspaceFileName(new Date(2016, 1, 3, 9, 30))).toBe(
      'performance-workspace-2016-02-03.json',
    );
  });
});
