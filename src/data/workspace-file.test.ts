import { describe, expect, it } from 'vitest';
import type { WorkspaceData } from '@/domain/types';
import {
  WORKSPACE_FILE_FORMAT,
  readWorkspaceFile,
  validateWorkspace,
  workspaceFileName,
  workspaceFileText,
} from '@/data/workspace-file';

const workspace: WorkspaceData = {
  version: 1,
  label: 'My data',
  isExample: false,
  indicators: [],
  observations: [
    {
      indicatorId: '2.3',
      period: '2015-12',
      value: 46.6,
      numerator: null,
      denominator: null,
      decimals: 1,
      raw: '46.6%',
      note: '',
      provenance: { file: 'dec.csv', importedAt: '2016-01-18T10:00:00Z', line: 4 },
    },
  ],
  revisions: [],
  benchmarks: [],
  importedYtd: [],
  printed: [],
  population: [],
  commentary: [{ indicatorId: '2.3', month: '2015-12', text: 'Down.', updatedAt: 'x' }],
  imports: [],
};

const wrap = (ws: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    format: WORKSPACE_FILE_FORMAT,
    version: 1,
    exportedAt: 'x',
    workspace: ws,
    ...extra,
  });

describe('workspace export and restore', () => {
  it('restores exactly what was exported', () => {
    const result = readWorkspaceFile(workspaceFileText(workspace, '2016-02-03T09:00:00Z'));
    expect(result).toEqual({ ok: true, data: workspace });
  });

  it.each([
    ['not JSON', 'Indicator,Value\n2.1,1041', /not JSON/],
    ['JSON of another kind', JSON.stringify({ hello: 'world' }), /not a workspace export/],
    ['a newer format version', wrap(workspace, { version: 2 }), /format version 2/],
    ['a workspace of another version', wrap({ ...workspace, version: 3 }), /version 3/],
    ['a missing list', wrap({ ...workspace, revisions: undefined }), /no "revisions" list/],
    [
      'an indicator without an id',
      wrap({ ...workspace, indicators: [{ name: 'x' }] }),
      /Item 1 of "indicators" has no valid "id"/,
    ],
    [
      'an observation whose value is text',
      wrap({ ...workspace, observations: [{ ...workspace.observations[0], value: '46.6' }] }),
      /Item 1 of "observations" has a value that is not a number/,
    ],
    [
      'a list item that is not an object',
      wrap({ ...workspace, commentary: ['text'] }),
      /Item 1 of "commentary"/,
    ],
  ])('refuses %s with a sentence saying why', (_case, text, reason) => {
    const result = readWorkspaceFile(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it.each([null, 42, 'text', []])(
    'validateWorkspace(%j) is a failure value, not a throw',
    (value) => {
      expect(validateWorkspace(value).ok).toBe(false);
    },
  );

  it('names the file after the local date of the export', () => {
    expect(workspaceFileName(new Date(2016, 1, 3, 9, 30))).toBe(
      'performance-workspace-2016-02-03.json',
    );
  });
});
