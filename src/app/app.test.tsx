import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClientProvider } from '@tanstack/react-query';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import type { WorkspaceData } from '@/domain/types';
import { emptyWorkspace } from '@/domain/workspace';
import type { LoadedStorage } from '@/data/persistence';
import { useWorkspaceStore, workspaceStoreReset } from '@/state/workspace-store';

// The setup file registers no automatic cleanup (no vitest globals): unmount after each test.
afterEach(cleanup);

// jsdom has no IndexedDB: the test says what the browser's storage holds.
let stored: LoadedStorage = { kind: 'empty' };
const setAside = vi.fn(async (_reason: string) => ({ ok: true as const, data: null }));
vi.mock('@/data/persistence', () => ({
  loadSavedWorkspace: async () => stored,
  setDamagedAside: (reason: string) => setAside(reason),
  storedRecordsText: async () => ({ ok: true, data: '{}' }),
}));

const { routes } = await import('@/app/router');
const { createQueryClient } = await import('@/app/query-client');

function renderApp(path = '/') {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(
    <QueryClientProvider client={createQueryClient()}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return router;
}

beforeEach(() => {
  workspaceStoreReset();
  stored = { kind: 'empty' };
  setAside.mockClear();
});

describe('app shell', { timeout: 20_000 }, () => {
  it('has a skip link, the main navigation and the privacy promise', async () => {
    renderApp();
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toHaveAttribute(
      'href',
      '#main',
    );
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Scorecard' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(within(nav).getByRole('link', { name: 'Import' })).toHaveAttribute('href', '/import');
    expect(screen.getByRole('contentinfo')).toHaveTextContent(
      'Runs entirely in your browser: no data leaves this machine',
    );
    expect(await screen.findByRole('table', { name: /Performance summary/ })).toBeInTheDocument();
  });

  it('opens the December 2015 example on first run, labelled as from published committee papers', async () => {
    renderApp();
    const banner = await screen.findByRole('region', { name: /example data/i });
    expect(banner).toHaveTextContent(/published committee papers/);
    expect(banner).toHaveTextContent(/Rotherham/);
    expect(banner).toHaveTextContent(/Improving Lives Select Commission, 3 February 2016/);
    expect(screen.getByRole('combobox', { name: 'As at month end' })).toHaveDisplayValue(
      'December 2015',
    );
  });

  it('"Start with my own data" asks first; Cancel keeps the example', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(await screen.findByRole('button', { name: 'Start with my own data' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(useWorkspaceStore.getState().workspace.isExample).toBe(true);
    expect(screen.getByRole('button', { name: 'Start with my own data' })).toBeInTheDocument();
  });

  it('confirming clears the example, goes to Import, and the example can be put back', async () => {
    const user = userEvent.setup();
    const router = renderApp();
    await user.click(await screen.findByRole('button', { name: 'Start with my own data' }));
    await user.click(screen.getByRole('button', { name: 'Yes, remove the example' }));
    expect(useWorkspaceStore.getState().workspace.indicators).toEqual([]);
    // The Import screen loads lazily: the address changes once it has loaded.
    await waitFor(() => expect(router.state.location.pathname).toBe('/import'), { timeout: 5000 });
    expect(screen.queryByRole('region', { name: /example data/i })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Put the example back' }));
    expect(useWorkspaceStore.getState().workspace.isExample).toBe(true);
  });

  it('opens the saved workspace when there is one, without the example banner', async () => {
    const workspace: WorkspaceData = emptyWorkspace('My data');
    stored = { kind: 'saved', workspace, history: [], revision: 3, migratedFrom: null };
    renderApp();
    expect(
      await screen.findByRole('heading', { name: 'No monthly values yet' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /example data/i })).toBeNull();
  });

  it('says when storage could not be read, and shows the example instead', async () => {
    stored = {
      kind: 'unavailable',
      reason: "This browser's storage could not be opened (blocked).",
    };
    renderApp();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /could not be opened \(blocked\)\. The example is shown/,
    );
  });

  it('says when the saved workspace is damaged, replaces nothing until the user chooses', async () => {
    const reason =
      'The saved workspace cannot be read: in the record "3.2" (observations): item 1 (2.1), value: expected a finite number or null, found Infinity.';
    stored = { kind: 'damaged', reason };
    const user = userEvent.setup();
    renderApp();
    expect(
      await screen.findByRole('heading', { name: 'Your saved workspace could not be read' }),
    ).toBeInTheDocument();
    expect(screen.getByText(reason)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download the unreadable workspace' })).toBeEnabled();
    // Nothing opened, nothing set aside, until the user chooses.
    expect(useWorkspaceStore.getState().status).toBe('loading');
    expect(setAside).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Start again with the example' }));
    await waitFor(() => expect(useWorkspaceStore.getState().status).toBe('ready'), {
      timeout: 5000,
    });
    expect(setAside).toHaveBeenCalledWith(reason);
    expect(useWorkspaceStore.getState().workspace.isExample).toBe(true);
    expect(useWorkspaceStore.getState().storageProblem).toMatch(/kept aside/);
  });

  it('shows a placeholder indicator page for a linked indicator', async () => {
    renderApp('/indicator/2.1');
    expect(await screen.findByRole('heading', { level: 1, name: /^2\.1 / })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the scorecard' })).toHaveAttribute(
      'href',
      '/',
    );
  });

  it('says when an address has no page', async () => {
    renderApp('/no-such-page');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
  });
});
