import { afterEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { emptyWorkspace } from '@/domain/workspace';
import { followUpOf } from '@/domain/actions';
import { useWorkspaceStore, workspaceLoaded, workspaceStoreReset } from '@/state/workspace-store';
import { FollowUpEditor } from './follow-up-editor';

afterEach(() => workspaceStoreReset());

/** The editor over the store's current actions and questions, as the indicator page renders it. */
function Editor() {
  const ws = useWorkspaceStore((s) => s.workspace);
  return (
    <FollowUpEditor
      indicatorId="2.5"
      followUp={followUpOf('2.5', ws.actions, ws.questions, '2016-02-03')}
      today="2016-02-03"
    />
  );
}

describe('actions and questions on an indicator page', () => {
  it('adds an action, edits its status, deletes it and undoes the deletion', async () => {
    const user = userEvent.setup();
    workspaceLoaded(emptyWorkspace());
    render(<Editor />);
    await user.click(screen.getByRole('button', { name: 'Add an action' }));
    await user.type(screen.getByLabelText('What is being done'), 'Extra screening');
    await user.type(screen.getByLabelText('Owner'), 'Head of Service');
    await user.type(screen.getByLabelText('Due date'), '2016-01-31');
    await user.click(screen.getByRole('button', { name: 'Save action' }));
    // Due 31 January, open on 3 February: overdue.
    expect(
      screen.getByText(
        'Extra screening (owner: Head of Service; due 31 Jan 2016; Not started; overdue)',
      ),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Edit the action Extra screening' }));
    await user.selectOptions(screen.getByLabelText('Status'), 'Done');
    await user.click(screen.getByRole('button', { name: 'Save action' }));
    expect(
      screen.getByText('Extra screening (owner: Head of Service; due 31 Jan 2016; Done)'),
    ).toBeInTheDocument();
    expect(useWorkspaceStore.getState().workspace.actions).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Delete the action Extra screening' }));
    expect(screen.getByText('No actions yet.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo the deletion' }));
    expect(screen.getByText(/^Extra screening \(owner/)).toBeInTheDocument();
  });

  it('a question without words is not saved', async () => {
    const user = userEvent.setup();
    workspaceLoaded(emptyWorkspace());
    render(<Editor />);
    await user.click(screen.getByRole('button', { name: "Add a member's question" }));
    await user.type(screen.getByLabelText('Asked by'), 'Cllr Hoddinott');
    await user.click(screen.getByRole('button', { name: 'Save question' }));
    expect(useWorkspaceStore.getState().workspace.questions ?? []).toEqual([]);
  });
});
