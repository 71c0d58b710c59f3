import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import type { NationalDataset, NationalRow, NeighbourList, WorkspaceData } from '@/domain/types';
import {
  monthSelected,
  useWorkspaceStore,
  workspaceLoaded,
  workspaceStoreReset,
} from '@/state/workspace-store';
import { smallWorkspace } from '@/domain/indicator-view.fixture';
import IndicatorPage from './indicator-page';

/**
 * A small country: England, one region, Rotherham (372) and nine others in 2014/15, only England
 * and Rotherham in 2013/14, England only in 2015/16.
 */
const la = (code: string, name: string, value: number | null, year = '2014/15'): NationalRow => ({
  year,
  level: 'la',
  regionCode: 'E12000003',
  regionName: 'Yorkshire and The Humber',
  laCode: code,
  laName: name,
  filters: ['Referrals and Re-referrals'],
  values: [value],
});
const england = (value: number, year = '2014/15'): NationalRow => ({
  ...la('', '', value, year),
  level: 'national',
  regionCode: '',
  regionName: '',
});
const dataset: NationalDataset = {
  file: 'c1.csv',
  filters: ['category'],
  measures: ['rereferral_percent'],
  rows: [
    england(24.0),
    { ...la('', '', 22.0), level: 'regional' },
    la('372', 'Rotherham', 22.8),
    la('370', 'Barnsley', 20.0),
    la('371', 'Doncaster', 25.0),
    la('373', 'Sheffield', null),
    la('380', 'Bradford', 18.0),
    la('381', 'Calderdale', 30.0),
    la('382', 'Kirklees', 22.8),
    la('383', 'Leeds', 26.0),
    la('384', 'Wakefield', 15.4),
    england(25.1, '2013/14'),
    la('372', 'Rotherham', 24.9, '2013/14'),
    england(22.3, '2015/16'),
  ],
};
const neighbours: NeighbourList = {
  file: 'sn.csv',
  las: [
    {
      code: '372',
      name: 'Rotherham',
      region: 'Yorkshire and The Humber',
      neighbours: ['370', '371', '373', '380', '381', '384', '382', '383', '399', '398'],
    },
    { code: '370', name: 'Barnsley', region: 'Yorkshire and The Humber', neighbours: [] },
    { code: '399', name: 'Nowhere', region: 'Yorkshire and The Humber', neighbours: [] },
    { code: '398', name: 'Elsewhere', region: 'Yorkshire and The Humber', neighbours: [] },
  ],
};
const MAPPING = {
  indicatorId: '2.8',
  measure: 'rereferral_percent',
  filters: [{ column: 'category', value: 'Referrals and Re-referrals' }],
};
/** The category has one value in the file, so the label leaves it out; the choice keeps it. */
/** The measure named in words (rereferral_percent in the file). */
const LABEL = 'Re-referrals within 12 months (%)';
const KEY = JSON.stringify(['rereferral_percent', ['category', 'Referrals and Re-referrals']]);

function load(over: Partial<WorkspaceData> = {}) {
  workspaceLoaded({
    ...smallWorkspace(),
    national: [dataset],
    neighbours: [neighbours],
    ownLa: '372',
    nationalMappings: [MAPPING],
    ...over,
  });
}

function renderAt(path: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/indicator/:id" element={<IndicatorPage />} />
        <Route path="/import" element={<p>Import screen</p>} />
      </Routes>
    </MemoryRouter>,
  );
}

const section = () => screen.getByRole('region', { name: 'Compared with published national data' });
const measure = () => within(section()).getByRole('combobox', { name: 'Published measure' });
const table = () =>
  within(section()).getByRole('table', { name: /and its statistical neighbours/ });
const rowText = (name: string | RegExp) =>
  within(table()).getByRole('rowheader', { name }).closest('tr')!.textContent!.replace(/\s+/g, ' ');

afterEach(() => {
  cleanup();
  workspaceStoreReset();
});

describe('Indicator page: compared with published national data', () => {
  it('is not shown without national data', () => {
    workspaceLoaded(smallWorkspace());
    renderAt('/indicator/2.8');
    expect(
      screen.queryByRole('region', { name: 'Compared with published national data' }),
    ).toBeNull();
  });

  it('gives the rank sentence for the latest year that had ended by the page’s month', () => {
    load();
    renderAt('/indicator/2.8');
    // December 2015: 2015/16 has not ended (its figures were published in 2016), so 2014/15.
    expect(section()).toHaveTextContent(
      "In 2014/15 Rotherham's published figure was 22.8%: joint 4th of 8 local authorities, second quartile; statistical-neighbour average 22.5%, England 24.0%.",
    );
    expect(section()).not.toHaveTextContent('In 2015/16');
  });

  it('lists the ten neighbours, the best marked in words, then SN average, England, region and top quartile', () => {
    load();
    monthSelected('2015-03');
    renderAt('/indicator/2.8');
    const headers = within(table())
      .getAllByRole('rowheader')
      .map((h) => h.textContent);
    expect(headers).toEqual([
      'Rotherham (your local authority)',
      'Barnsley',
      'Doncaster',
      'Sheffield',
      'Bradford',
      'Calderdale',
      'Wakefield',
      'Kirklees',
      'Leeds',
      'Nowhere',
      'Elsewhere',
      'Statistical-neighbour average',
      'England',
      'Yorkshire and The Humber (region)',
      'England top-quartile threshold',
    ]);
    expect(rowText('Rotherham (your local authority)')).toContain(
      '22.8%joint 4th of 8 local authorities, second quartile',
    );
    expect(rowText('Wakefield')).toContain('15.4%Best statistical neighbour');
    expect(rowText('Sheffield')).toContain('No published figure');
    expect(rowText('Statistical-neighbour average')).toContain('22.5%7 of 10 neighbours');
    expect(rowText('England')).toContain('24.0%');
    expect(rowText(/region/)).toContain('22.0%');
    expect(rowText('England top-quartile threshold')).toContain('18.0%');
  });

  it('offers the earlier years with figures, and shows the one picked', async () => {
    load();
    monthSelected('2015-03');
    const user = userEvent.setup();
    renderAt('/indicator/2.8');
    const year = within(section()).getByRole('combobox', { name: 'Year of published figures' });
    expect(
      within(year)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['2014/15', '2013/14']);
    await user.selectOptions(year, '2013/14');
    expect(section()).toHaveTextContent("In 2013/14 Rotherham's published figure was 24.9%");
  });

  it('information-only measures have no rank, best or quartile', () => {
    const ws = smallWorkspace();
    load({
      indicators: ws.indicators.map((i) => (i.id === '2.8' ? { ...i, polarity: 'neutral' } : i)),
    });
    monthSelected('2015-03');
    renderAt('/indicator/2.8');
    expect(section()).toHaveTextContent(
      "In 2014/15 Rotherham's published figure was 22.8% (information only: no better or worse); statistical-neighbour average 22.5%, England 24.0%.",
    );
    expect(within(section()).queryByText('Best statistical neighbour')).toBeNull();
    expect(within(table()).queryByRole('rowheader', { name: /top-quartile/ })).toBeNull();
    expect(rowText('Rotherham (your local authority)')).toContain('information only');
  });

  it('the measure picker shows the mapping and changes it in the store', async () => {
    load({ nationalMappings: [] });
    const user = userEvent.setup();
    renderAt('/indicator/2.8');
    expect(measure()).toHaveValue('');
    expect(
      within(measure())
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['None', LABEL]);
    expect(within(section()).queryByRole('table')).toBeNull();

    await user.selectOptions(measure(), LABEL);
    expect(useWorkspaceStore.getState().workspace.nationalMappings).toEqual([MAPPING]);
    expect(measure()).toHaveValue(KEY);
    expect(table()).toBeInTheDocument();

    await user.selectOptions(measure(), 'None');
    expect(useWorkspaceStore.getState().workspace.nationalMappings).toEqual([]);
  });

  it('finds a measure by its words or its column name, and says how many match', async () => {
    load({ nationalMappings: [] });
    const user = userEvent.setup();
    renderAt('/indicator/2.8');
    const search = within(section()).getByRole('searchbox', { name: 'Search published measures' });
    const options = () =>
      within(measure())
        .getAllByRole('option')
        .map((o) => o.textContent);
    await user.type(search, 'assessments');
    expect(options()).toEqual(['None']);
    expect(within(section()).getByText('0 of 1 measures')).toBeInTheDocument();
    await user.clear(search);
    await user.type(search, 'rereferral_percent');
    expect(options()).toEqual(['None', LABEL]);
    await user.clear(search);
    await user.type(search, 're-referrals 12 months');
    expect(options()).toEqual(['None', LABEL]);
  });

  it('without an own local authority, says so with a link to the Import screen', () => {
    load({ ownLa: null });
    renderAt('/indicator/2.8');
    expect(measure()).toHaveValue(KEY);
    expect(
      within(section()).getByRole('link', { name: /Choose your local authority/ }),
    ).toHaveAttribute('href', '/import');
    expect(within(section()).queryByRole('table')).toBeNull();
  });
});
