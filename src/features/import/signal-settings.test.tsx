import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { buildExampleWorkspace } from '@/data/demo';
import { computeScorecard } from '@/domain/scorecard';
import { useWorkspaceStore, workspaceLoaded, workspaceStoreReset } from '@/state/workspace-store';
import ImportPage from './import-page';

afterEach(cleanup);
beforeEach(() => {
  workspaceStoreReset();
  workspaceLoaded(buildExampleWorkspace('2016-01-18T09:00:00.000Z'));
});

function renderPage() {
  const router = createMemoryRouter([{ path: '/import', element: <ImportPage /> }], {
    initialEntries: ['/import'],
  });
  render(<RouterProvider router={router} />);
}
const panel = () => screen.getByRole('region', { name: 'Signal or noise settings' });
const signal91 = () =>
  computeScorecard(useWorkspaceStore.getState().workspace, '2015-12').rows.find(
    (r) => r.indicator.id === '9.1',
  )!.signal;

describe('Signal or noise settings on the Import page (every indicator)', () => {
  it('run length 6: the run of 6 above the mean to December is now a shift too', async () => {
    renderPage();
    const user = userEvent.setup();
    const upShift = () =>
      signal91().analysis.segments[0]!.causes.some(
        (c) => c.rule === 'shift' && c.direction === 'up',
      );
    expect(upShift()).toBe(false);
    expect(within(panel()).getByRole('radio', { name: /^7/ })).toBeChecked();
    await user.click(within(panel()).getByRole('radio', { name: /^6/ }));
    expect(useWorkspaceStore.getState().workspace.spc?.runLength).toBe(6);
    expect(screen.getByRole('status')).toHaveTextContent(
      'Shifts and trends now need 6 points in a row.',
    );
    // 9.1's Jul-15..Dec-15 are the 6 points above its mean (spc-settings.test.ts).
    expect(upShift()).toBe(true);
  });

  it('minimum points: 16 leaves 9.1 (15 months) without a verdict; 1 is refused', async () => {
    renderPage();
    const user = userEvent.setup();
    const input = within(panel()).getByLabelText('Months needed before limits are drawn');
    expect(input).toHaveValue('13');
    await user.clear(input);
    await user.type(input, '16');
    await user.click(within(panel()).getByRole('button', { name: 'Save minimum' }));
    expect(useWorkspaceStore.getState().workspace.spc?.minimumPoints).toBe(16);
    expect(signal91().variation.verdict).toBe('no-verdict');
    await user.clear(input);
    await user.type(input, '1');
    await user.click(within(panel()).getByRole('button', { name: 'Save minimum' }));
    expect(
      within(panel()).getByText(/Enter a whole number of months from 2 to 60\./),
    ).toBeVisible();
    expect(input).toHaveFocus();
    expect(useWorkspaceStore.getState().workspace.spc?.minimumPoints).toBe(16);
  });
});
