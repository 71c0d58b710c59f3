import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import type { WorkspaceData } from '@/domain/types';
import { buildExampleWorkspace } from '@/data/demo';
import { workspaceLoaded, workspaceStoreReset } from '@/state/workspace-store';
import ScorecardPage from './scorecard-page';

// Render counters around two cells of every row: the target (the same in every month) and the
// month values (which change with the month). They count renders, not what is shown.
const renders = vi.hoisted(() => ({ target: 0, observation: 0 }));
vi.mock('@/components/target-text', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/components/target-text')>();
  return {
    ...actual,
    TargetText: (props: Parameters<typeof actual.TargetText>[0]) => {
      renders.target += 1;
      return <actual.TargetText {...props} />;
    },
  };
});
vi.mock('@/components/data-table', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/components/data-table')>();
  return {
    ...actual,
    ObservationText: (props: Parameters<typeof actual.ObservationText>[0]) => {
      renders.observation += 1;
      return <actual.ObservationText {...props} />;
    },
  };
});

afterEach(cleanup);

let example: WorkspaceData;
beforeAll(() => {
  example = buildExampleWorkspace('2016-01-18T09:00:00.000Z');
});
beforeEach(() => {
  workspaceStoreReset();
  workspaceLoaded(example);
  renders.target = 0;
  renders.observation = 0;
});

function renderPage() {
  const router = createMemoryRouter([{ path: '/', element: <ScorecardPage /> }]);
  render(<RouterProvider router={router} />);
}

const table = () => screen.getByRole('table', { name: /Performance summary/ });
const bodyRows = () =>
  within(table())
    .getAllByRole('row')
    .filter((r) => r.querySelector('td.id'));
/** 9.1's row, and its three month cells (the columns after No., Indicator and Good perf is). */
function row91() {
  const link = within(table()).getByRole('link', { name: /^% of long term LAC in placements/ });
  const row = link.closest('tr')!;
  return { row, link, months: [...row.children].slice(3, 6) as HTMLElement[] };
}

describe('Scorecard rendering on the December 2015 example', { timeout: 20_000 }, () => {
  it('on a month switch, updates the month cells in place and re-renders no target', async () => {
    const user = userEvent.setup();
    renderPage();
    expect(bodyRows()).toHaveLength(75);
    // Every row drew its target once (a row without one says "No target" through it as well).
    expect(renders.target).toBe(75);
    const before = row91();
    const [oct, nov] = before.months.map((td) => td.textContent);
    renders.target = 0;
    renders.observation = 0;

    await user.selectOptions(
      screen.getByRole('combobox', { name: 'As at month end' }),
      'November 2015',
    );

    expect(screen.getByRole('table', { name: /as at month end November 2015/ })).toBeVisible();
    const after = row91();
    // Sep, Oct, Nov now: October's and November's figures moved one column to the left...
    expect(after.months.slice(1).map((td) => td.textContent)).toEqual([oct, nov]);
    // ...in the same cells (keyed by position), in the same row, under the same link.
    expect(after.months).toEqual(before.months);
    expect(after.months.every((td, i) => td === before.months[i])).toBe(true);
    expect(after.link).toBe(before.link);
    // The month cells re-rendered (three a row); no target did.
    expect(renders.observation).toBe(75 * 3);
    expect(renders.target).toBe(0);
  });

  it('re-renders no row that stays when a filter narrows the table', async () => {
    const user = userEvent.setup();
    renderPage();
    renders.target = 0;
    renders.observation = 0;
    await user.selectOptions(screen.getByRole('combobox', { name: 'DOT' }), 'Worsening');
    const left = bodyRows();
    expect(left.length).toBeGreaterThan(0);
    expect(left.length).toBeLessThan(75);
    for (const row of left) expect(within(row).getByText('Worsening')).toBeInTheDocument();
    expect(renders.observation).toBe(0);
    expect(renders.target).toBe(0);
  });
});
