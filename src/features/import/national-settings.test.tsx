import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import type { NationalDataset, NationalRow, NeighbourList } from '@/domain/types';
import { emptyWorkspace } from '@/domain/workspace';
import { useWorkspaceStore, workspaceLoaded, workspaceStoreReset } from '@/state/workspace-store';
import ImportPage from './import-page';

const row = (year: string, code: string, name: string, value: number): NationalRow => ({
  year,
  level: 'la',
  regionCode: 'E12000003',
  regionName: 'Yorkshire and The Humber',
  laCode: code,
  laName: name,
  filters: ['Referrals and Re-referrals'],
  values: [value, value * 10],
});
const dataset: NationalDataset = {
  file: 'c1_referrals.csv',
  filters: ['category'],
  measures: ['rereferral_percent', 'referral_count'],
  rows: [
    row('2013/14', '372', 'Rotherham', 24.9),
    row('2014/15', '372', 'Rotherham', 22.8),
    row('2015/16', '372', 'Rotherham', 29.0),
    row('2015/16', '370', 'Barnsley', 20.0),
  ],
};
const neighbours: NeighbourList = {
  file: 'sn_model_2025_wide.csv',
  las: [
    { code: '372', name: 'Rotherham', region: 'Yorkshire', neighbours: ['370'] },
    { code: '370', name: 'Barnsley', region: 'Yorkshire', neighbours: ['372'] },
    { code: '202', name: 'Camden', region: 'London', neighbours: [] },
  ],
};

function renderPage() {
  const router = createMemoryRouter([{ path: '/import', element: <ImportPage /> }], {
    initialEntries: ['/import'],
  });
  render(<RouterProvider router={router} />);
}

const section = () =>
  screen.getByRole('region', { name: 'Comparisons with published national data' });
const laSelect = () => within(section()).getByRole('combobox', { name: 'Your local authority' });

beforeEach(() => workspaceStoreReset());
afterEach(() => {
  cleanup();
  workspaceStoreReset();
});

describe('Import screen: your local authority', () => {
  it('is not shown without published national data or a neighbour list', () => {
    workspaceLoaded(emptyWorkspace());
    renderPage();
    expect(
      screen.queryByRole('region', { name: 'Comparisons with published national data' }),
    ).toBeNull();
  });

  it('offers the local authorities of the neighbour list, by name, with "Not chosen" selected', () => {
    workspaceLoaded({ ...emptyWorkspace(), national: [dataset], neighbours: [neighbours] });
    renderPage();
    expect(section()).toHaveTextContent(
      "Your local authority's figures, its statistical neighbours' and England's are read from the published files you imported.",
    );
    expect(
      within(laSelect())
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Not chosen', 'Barnsley (370)', 'Camden (202)', 'Rotherham (372)']);
    expect(laSelect()).toHaveValue('');
  });

  it('choosing one sets it in the store and announces it; "Not chosen" forgets it', async () => {
    workspaceLoaded({ ...emptyWorkspace(), national: [dataset], neighbours: [neighbours] });
    const user = userEvent.setup();
    renderPage();
    await user.selectOptions(laSelect(), 'Rotherham (372)');
    expect(useWorkspaceStore.getState().workspace.ownLa).toBe('372');
    expect(laSelect()).toHaveValue('372');
    expect(screen.getByRole('status')).toHaveTextContent(
      'Your local authority is now Rotherham (372).',
    );
    await user.selectOptions(laSelect(), 'Not chosen');
    expect(useWorkspaceStore.getState().workspace.ownLa).toBeNull();
  });

  it('shows the current choice', () => {
    workspaceLoaded({
      ...emptyWorkspace(),
      national: [dataset],
      neighbours: [neighbours],
      ownLa: '370',
    });
    renderPage();
    expect(laSelect()).toHaveValue('370');
  });

  it('lists the datasets with their measures and years, and the neighbour list with its size', () => {
    workspaceLoaded({ ...emptyWorkspace(), national: [dataset], neighbours: [neighbours] });
    renderPage();
    const items = within(section())
      .getAllByRole('listitem')
      .map((li) => li.textContent?.replace(/\s+/g, ' '));
    expect(items).toEqual([
      'c1_referrals.csv: published national data, 2 measures, 2013/14 to 2015/16 (3 years)',
      'sn_model_2025_wide.csv: statistical neighbours of 3 local authorities',
    ]);
  });

  it('without a neighbour list, offers the local authorities of the data and asks for the list', () => {
    workspaceLoaded({ ...emptyWorkspace(), national: [dataset] });
    renderPage();
    expect(
      within(laSelect())
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Not chosen', 'Barnsley (370)', 'Rotherham (372)']);
    expect(section()).toHaveTextContent('No statistical-neighbour list yet');
  });
});
