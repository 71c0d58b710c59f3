import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import type { WorkspaceData } from '@/domain/types';
import { smallWorkspace } from '@/domain/indicator-view.fixture';
import { workspaceLoaded, workspaceStoreReset } from '@/state/workspace-store';
import PackPage from './pack-page';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

// A small workspace from the December 2015 report: 2.1 and 2.8 (CONTACT & REFERRAL (MASH)) and
// the assessment outcomes 3.5-3.8 (ASSESSMENTS), with commentary for 2.8.
let example: WorkspaceData;
beforeAll(() => {
  const ws = smallWorkspace();
  example = {
    ...ws,
    commentary: [
      {
        indicatorId: '2.8',
        month: '2015-12',
        text: 'Re-referrals rose again; an audit of repeat referrals is under way.',
        updatedAt: '2016-01-20T10:00:00.000Z',
      },
    ],
  };
});

beforeEach(() => {
  workspaceStoreReset();
  workspaceLoaded(example);
});

function renderPack() {
  const router = createMemoryRouter([{ path: '/pack', element: <PackPage /> }], {
    initialEntries: ['/pack'],
  });
  render(<RouterProvider router={router} />);
}

const summaryRows = () =>
  within(screen.getByRole('table', { name: /Performance summary as at month end December 2015/ }))
    .getAllByRole('row')
    .filter((r) => r.querySelector('th[scope="row"]'));
const indicatorPages = () => document.querySelectorAll('article.pack-indicator');
const sections = () => [...new Set(example.indicators.map((i) => i.section))];

describe('Print pack: choice of sections', () => {
  it('has every section ticked by default and a page per indicator', () => {
    renderPack();
    const boxes = within(screen.getByRole('group', { name: 'Sections to include' })).getAllByRole(
      'checkbox',
    );
    expect(boxes).toHaveLength(sections().length);
    for (const box of boxes) expect(box).toBeChecked();
    expect(summaryRows()).toHaveLength(example.indicators.length);
    expect(indicatorPages()).toHaveLength(example.indicators.length);
    expect(screen.getByText("Children's services performance report")).toBeInTheDocument();
    expect(screen.getByText('As at month end December 2015')).toBeInTheDocument();
  });

  it('each indicator page has its headline, chart, data table and commentary', () => {
    renderPack();
    const page = screen.getByRole('article', { name: /^2\.8 / });
    expect(within(page).getByText(/rose to 29\.3% in December 2015/)).toBeInTheDocument();
    expect(within(page).getByRole('figure')).toBeInTheDocument();
    expect(within(page).getByRole('table', { name: /2\.8 by month/ })).toBeInTheDocument();
    expect(within(page).getByText(/an audit of repeat referrals is under way/)).toBeInTheDocument();
    const contacts = screen.getByRole('article', { name: /^2\.1 / });
    expect(
      within(contacts).getByText('No commentary has been written for December 2015.'),
    ).toBeInTheDocument();
  });

  it('each indicator page gives the variation and assurance verdicts in words', () => {
    renderPack();
    const contacts = screen.getByRole('article', { name: /^2\.1 / });
    // 2.1 has April to December 2015 only: nine months, fewer than 13.
    expect(within(contacts).getByText('No verdict', { selector: '.verdict__word' })).toBeVisible();
    expect(contacts).toHaveTextContent(
      'Variation: –No verdict Only 9 months of data: process limits need at least 13 months',
    );
    expect(contacts).toHaveTextContent('Assurance: –No target');
  });

  it('leaving a section out takes its rows and its pages out', async () => {
    const user = userEvent.setup();
    renderPack();
    const left = example.indicators.filter((i) => i.section !== 'CONTACT & REFERRAL (MASH)').length;
    await user.click(screen.getByRole('checkbox', { name: /^CONTACT & REFERRAL \(MASH\)/ }));
    expect(summaryRows()).toHaveLength(left);
    expect(indicatorPages()).toHaveLength(left);
    expect(
      screen.getByText(`${left} of ${example.indicators.length} indicators chosen.`),
    ).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /^2\.1 / })).not.toBeInTheDocument();
  });

  it('one section only: its rows and pages, nothing else', async () => {
    const user = userEvent.setup();
    renderPack();
    await user.click(screen.getByRole('button', { name: 'Clear all sections' }));
    expect(screen.getByRole('button', { name: 'Print pack' })).toBeDisabled();
    expect(screen.getByText('Choose at least one section to print.')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: /^CONTACT & REFERRAL \(MASH\)/ }));
    const ids = example.indicators
      .filter((i) => i.section === 'CONTACT & REFERRAL (MASH)')
      .map((i) => i.id);
    expect(indicatorPages()).toHaveLength(ids.length);
    expect(summaryRows().map((r) => r.querySelector('td')?.textContent)).toEqual(
      [...ids].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })),
    );
  });

  it('Print pack opens the browser print dialog', async () => {
    const user = userEvent.setup();
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    renderPack();
    await user.click(screen.getByRole('button', { name: 'Print pack' }));
    expect(print).toHaveBeenCalledOnce();
  });

  it('Download scorecard CSV saves the chosen sections as a scorecard sheet', async () => {
    const user = userEvent.setup();
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => {
      blobs.push(b);
      return 'blob:test';
    });
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    renderPack();
    await user.click(screen.getByRole('button', { name: 'Clear all sections' }));
    await user.click(screen.getByRole('checkbox', { name: /^CONTACT & REFERRAL \(MASH\)/ }));
    await user.click(screen.getByRole('button', { name: 'Download scorecard CSV' }));
    expect(click).toHaveBeenCalledOnce();
    const text = await blobs[0]!.text();
    const lines = text.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toMatch(
      /^No\.,Section,Indicator,Good perf is,Data note,Oct-15,Nov-15,Dec-15,YTD,/,
    );
    expect(lines.map((l) => l.split(',')[0])).toEqual(['No.', '2.1', '2.8']);
    expect(lines[1]).toMatch(
      /^2\.1,CONTACT & REFERRAL \(MASH\),Number of contacts,Info,Count,935,1029,1041,/,
    );
    expect(screen.getByRole('status')).toHaveTextContent(/Downloaded scorecard-2015-12\.csv/);
  });
});
