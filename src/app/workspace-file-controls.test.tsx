import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { emptyWorkspace } from '@/domain/workspace';
import { workspaceFileText } from '@/data/workspace-file';
import { useWorkspaceStore, workspaceLoaded, workspaceStoreReset } from '@/state/workspace-store';
import { WorkspaceFileControls } from '@/app/workspace-file-controls';

// The setup file registers no automatic cleanup (no vitest globals): unmount after each test.
afterEach(cleanup);

const mine = emptyWorkspace('Mine');
const restored = {
  ...emptyWorkspace('From file'),
  commentary: [{ indicatorId: '2.1', month: '2015-12', text: 'Contacts rose.', updatedAt: 't' }],
};

beforeEach(() => {
  workspaceStoreReset();
  workspaceLoaded(mine);
});

const jsonFile = (name: string, text: string) =>
  new File([text], name, { type: 'application/json' });

describe('workspace export and restore controls', () => {
  it('restores a workspace file, and the restore can be undone', async () => {
    const user = userEvent.setup();
    render(<WorkspaceFileControls />);
    await user.upload(
      screen.getByLabelText('Restore from a workspace file'),
      jsonFile('copy.json', workspaceFileText(restored, '2016-02-03T09:00:00Z')),
    );
    expect(await screen.findByRole('status')).toHaveTextContent('Restored copy.json');
    expect(useWorkspaceStore.getState().workspace).toMatchObject(restored);
    await user.click(screen.getByRole('button', { name: 'Undo the restore' }));
    expect(useWorkspaceStore.getState().workspace).toBe(mine);
  });

  it.each([
    [
      'notes.json',
      '{"hello":"world"}',
      /notes\.json was not restored\. This JSON file is not a workspace export/,
    ],
    [
      'sheet.json',
      'No.,Indicator\n2.1,Contacts',
      /sheet\.json was not restored\. This file is not a workspace export: it is not JSON/,
    ],
  ])('refuses %s, says why, and keeps the workspace', async (name, text, message) => {
    const user = userEvent.setup();
    render(<WorkspaceFileControls />);
    await user.upload(screen.getByLabelText('Restore from a workspace file'), jsonFile(name, text));
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(useWorkspaceStore.getState().workspace).toBe(mine);
  });
});
