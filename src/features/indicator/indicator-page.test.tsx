import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import {
  monthSelected,
  useWorkspaceStore,
  workspaceLoaded,
  workspaceStoreReset,
} from '@/state/workspace-store';
import { smallWorkspace } from '@/domain/indicator-view.fixture';
import IndicatorPage from './indicator-page';

function renderAt(path: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/indicator/:id" element={<IndicatorPage />} />
        <Route path="/" element={<p>Scorecard</p>} />
      </Routes>
    </MemoryRouter>,
  );
}

beforeEach(() => workspaceLoaded(smallWorkspace()));
afterEach(() => {
  cleanup();
  workspaceStoreReset();
});

describe('IndicatorPage', () => {
  it('names the indicator, its section and polarity, and gives the headline for the latest month', () => {
    renderAt('/indicator/2.8');
    expect(
      screen.getByRole('heading', {
        level: 1,
        name: '2.8 % re-referral rate in the last 12 months (rolling year)',
      }),
    ).toBeInTheDocument();
    expect(screen.getByText(/CONTACT & REFERRAL \(MASH\) · Indicator 2\.8/)).toBeInTheDocument();
    const headline = screen.getByRole('region', { name: 'Headline' });
    expect(headline).toHaveTextContent('rose to 29.3% in December 2015: worse than last month');
    expect(headline).toHaveTextContent('Red against the 23% target');
    expect(within(headline).getByText('Worsening')).toBeInTheDocument();
    expect(within(headline).getByText('Red')).toBeInTheDocument();
    // The target in words (SPEC 3.3), with the sheet's own cells after it.
    expect(headline).toHaveTextContent(
      'Red at 26% or more, Green at 23% or less (as written: Red 26%+ · Amber 26%< · Green 23%)',
    );
    expect(screen.getByText('Lower is better')).toBeInTheDocument();
  });

  it('lists the months of both years up to "as at" in the trend table', () => {
    renderAt('/indicator/2.8');
    const table = screen.getByRole('table', { name: /2\.8 by month/ });
    const rowHeaders = within(table)
      .getAllByRole('rowheader')
      .map((h) => h.textContent);
    expect(rowHeaders[0]).toBe('Apr-14');
    expect(rowHeaders.slice(-9)).toEqual([
      'Apr-15',
      'May-15',
      'Jun-15',
      'Jul-15',
      'Aug-15',
      'Sep-15',
      'Oct-15',
      'Nov-15',
      'Dec-15',
    ]);
    expect(within(table).getByRole('row', { name: /Dec-15/ })).toHaveTextContent('29.3%');
  });

  it('follows the month picked in the store', () => {
    monthSelected('2015-10');
    renderAt('/indicator/2.8');
    expect(screen.getByRole('region', { name: 'Headline' })).toHaveTextContent(
      '26.8% in October 2015',
    );
    const table = screen.getByRole('table', { name: /2\.8 by month/ });
    expect(within(table).queryByRole('rowheader', { name: 'Nov-15' })).toBeNull();
  });

  it('shows each benchmark with its year and the gap, and out-of-date ones as such', () => {
    renderAt('/indicator/2.8');
    const table = screen.getByRole('table', { name: /Benchmarks and gaps/ });
    expect(within(table).getAllByRole('row')).toHaveLength(5);
    expect(table).toHaveTextContent('2014/15');
    renderAt('/indicator/3.3');
    expect(screen.getAllByRole('table', { name: /Benchmarks and gaps/ })[1]).toHaveTextContent(
      'out of date',
    );
  });

  it('shows the revision with the value it replaced', () => {
    renderAt('/indicator/2.1');
    const revisions = screen.getByRole('region', { name: 'Revisions' });
    expect(revisions).toHaveTextContent('Dec-15: 1,041, revised from 1,052');
    expect(screen.getByRole('table', { name: /2\.1 by month/ })).toHaveTextContent(
      'revised from 1,052',
    );
  });

  it('saves the commentary for the month, with last month’s note in view', async () => {
    const user = userEvent.setup();
    renderAt('/indicator/2.8');
    const commentary = screen.getByRole('region', { name: 'Commentary' });
    expect(commentary).toHaveTextContent('Re-referrals continue to rise.');
    await user.type(
      screen.getByLabelText('Performance analysis for December 2015'),
      'Audit of re-referrals under way.',
    );
    await user.click(screen.getByRole('button', { name: 'Save commentary' }));
    expect(screen.getByText('Commentary saved.')).toBeInTheDocument();
    expect(
      useWorkspaceStore
        .getState()
        .workspace.commentary.find((c) => c.indicatorId === '2.8' && c.month === '2015-12')?.text,
    ).toBe('Audit of re-referrals under way.');
  });

  it('links to the previous and next indicators in scorecard order', () => {
    renderAt('/indicator/2.8');
    const nav = screen.getByRole('navigation', { name: 'Other indicators' });
    expect(
      within(nav).getByRole('link', { name: /Previous: 2\.1 Number of contacts/ }),
    ).toHaveAttribute('href', '/indicator/2.1');
    expect(within(nav).getByRole('link', { name: /Next: 3\.3/ })).toHaveAttribute(
      'href',
      '/indicator/3.3',
    );
  });

  it('draws related measures together with their table', () => {
    renderAt('/indicator/3.6');
    const table = screen.getByRole('table', { name: /Related measures by month/ });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual([
      'Month',
      '3.6 No further action',
      '3.5 Ongoing Involvement',
      '3.7 Step down to Early Help / Other Agency',
      '3.8 Out of area',
    ]);
  });

  it('says so when the indicator does not exist', () => {
    renderAt('/indicator/99.9');
    expect(screen.getByRole('heading', { name: 'Indicator not found' })).toBeInTheDocument();
  });
});
