import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import type { WorkspaceData } from '@/domain/types';
import { emptyWorkspace } from '@/domain/workspace';
import { buildExampleWorkspace } from '@/data/demo';
import { useWorkspaceStore, workspaceLoaded, workspaceStoreReset } from '@/state/workspace-store';
import MessagesPage from './messages-page';

let example: WorkspaceData;
beforeAll(() => {
  example = buildExampleWorkspace('2024-01-01T00:00:00.000Z');
});
afterEach(() => workspaceStoreReset());

function renderPage() {
  const router = createMemoryRouter([{ path: '/messages', element: <MessagesPage /> }], {
    initialEntries: ['/messages'],
  });
  render(<RouterProvider router={router} />);
}

describe('Key messages screen', () => {
  it('lists the draft grouped, each message linked to its indicator', () => {
    workspaceLoaded(example);
    renderPage();
    const fromData = screen.getByRole('region', { name: 'From the data' });
    const well = within(fromData).getByRole('heading', { name: 'What is working well' });
    expect(well).toBeInTheDocument();
    const links = within(fromData).getAllByRole('link', {
      name: '6.12 % of CP cases which were reviewed within timescales',
    });
    expect(links[0]).toHaveAttribute('href', '/indicator/6.12');
  });

  it('saves the edited text for the month, and can start again from the draft', async () => {
    const user = userEvent.setup();
    workspaceLoaded(example);
    renderPage();
    const box = screen.getByLabelText('Key messages for December 2015');
    const draft = (box as HTMLTextAreaElement).value;
    expect(draft).toMatch(/^Key messages: December 2015/);
    await user.clear(box);
    await user.type(box, 'Our own words.');
    await user.click(screen.getByRole('button', { name: 'Save key messages' }));
    expect(screen.getByRole('status')).toHaveTextContent('Key messages saved.');
    expect(useWorkspaceStore.getState().workspace.keyMessages).toEqual([
      expect.objectContaining({ month: '2015-12', text: 'Our own words.' }),
    ]);
    await user.click(screen.getByRole('button', { name: 'Start again from the draft' }));
    expect((box as HTMLTextAreaElement).value).toBe(draft);
    expect(screen.getByRole('status')).toHaveTextContent('back to the draft');
  });

  it('says what to do before any monthly value', () => {
    workspaceLoaded(emptyWorkspace());
    renderPage();
    expect(screen.getByRole('heading', { name: 'No monthly values yet' })).toBeInTheDocument();
  });
});
