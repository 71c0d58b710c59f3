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
// 3.3 and the assessment outcomes 3.5-3.8 (ASSESSMENTS), with commentary for 2.8.
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

function renderPack(address = '/pack') {
  const router = createMemoryRouter([{ path: '/pack', element: <PackPage /> }], {
    initialEntries: [address],
  });
  render(<RouterProvider router={router} />);
  return router;
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
    const cover = screen.getByRole('region', { name: 'Cover' });
    expect(cover).toHaveTextContent("Children's services performance report");
    expect(cover).toHaveTextContent('As at month end December 2015');
    expect(cover).toHaveTextContent(`All ${example.indicators.length} indicators`);
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

describe('Print pack: a committee paper', () => {
  it('cover: council, view, month, marking; the choice is kept in the address', async () => {
    const user = userEvent.setup();
    const router = renderPack('/pack?council=Rotherham%20MBC');
    await user.selectOptions(screen.getByLabelText('Protective marking'), 'OFFICIAL-SENSITIVE');
    const cover = screen.getByRole('region', { name: 'Cover' });
    expect(cover).toHaveTextContent('Rotherham MBC');
    expect(cover).toHaveTextContent('All indicators');
    expect(cover).toHaveTextContent('Protective markingOFFICIAL-SENSITIVE');
    expect(router.state.location.search).toContain('marking=OFFICIAL-SENSITIVE');
    // The running header of every printed page carries the title, view, month and marking.
    const css = [...document.querySelectorAll('style')].map((el) => el.textContent).join('');
    expect(css).toContain(
      '@top-left { content: "Children\'s services performance report · All indicators · December 2015"',
    );
    expect(css).toContain('@top-right { content: "OFFICIAL-SENSITIVE"');
    expect(css).toContain("content: 'Page ' counter(page) ' of ' counter(pages)");
  });

  it('contents: each indicator with the page it prints on, after the cover, contents, summary and scorecard', () => {
    renderPack();
    // Cover 1, contents 2, key messages 3, summary 4; 7 indicators in 2 sections: the scorecard
    // is 2 titles + 7 rows = 9 lines, one page (5); the indicators follow from page 6.
    const contents = screen.getByRole('region', { name: 'Contents' });
    const entries = within(contents)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(entries).toEqual([
      'Key messages page 3',
      'Summary of RAG ratings page 4',
      'Performance summary (scorecard) page 5',
      'CONTACT & REFERRAL (MASH) page 6–7',
      expect.stringMatching(/^2\.1 .* page 6$/),
      expect.stringMatching(/^2\.8 .* page 7$/),
      'ASSESSMENTS page 8–12',
      expect.stringMatching(/^3\.3 .* page 8$/),
      expect.stringMatching(/^3\.5 .* page 9$/),
      expect.stringMatching(/^3\.6 .* page 10$/),
      expect.stringMatching(/^3\.7 .* page 11$/),
      expect.stringMatching(/^3\.8 .* page 12$/),
    ]);
    expect(screen.getByRole('article', { name: /^2\.8 / })).toHaveTextContent('Page 7 of 12');
  });

  it('summary: RAG counts by section and the changes since the month chosen, with that choice in the address', async () => {
    const user = userEvent.setup();
    const router = renderPack();
    const summary = screen.getByRole('region', { name: 'Summary of RAG ratings' });
    expect(within(summary).getByRole('table', { name: /RAG ratings by section/ })).toBeVisible();
    expect(summary).toHaveTextContent('What changed since November 2015');
    await user.selectOptions(screen.getByLabelText(/^Compared with/), '2015-10');
    expect(summary).toHaveTextContent('What changed since October 2015');
    expect(router.state.location.search).toContain('compare=2015-10');
  });

  it('exceptions only: the Red, Amber or worsening rows only', async () => {
    const user = userEvent.setup();
    const router = renderPack();
    await user.click(screen.getByRole('radio', { name: /Exceptions only/ }));
    expect(router.state.location.search).toContain('show=exceptions');
    const pages = [...indicatorPages()];
    expect(pages.length).toBeGreaterThan(0);
    expect(pages.length).toBeLessThan(example.indicators.length);
    for (const page of pages) expect(page).toHaveTextContent(/RAG: (Red|Amber)|↓ Worsening/);
    expect(screen.getByRole('region', { name: 'Cover' })).toHaveTextContent(
      `Exceptions only (Red, Amber or worsening): ${pages.length} of ${example.indicators.length} indicators`,
    );
  });

  it('Print this indicator: one page, the print dialog opened once', async () => {
    const user = userEvent.setup();
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const router = renderPack('/pack?marking=OFFICIAL');
    await user.click(screen.getByRole('link', { name: 'Print this indicator (2.8)' }));
    expect(indicatorPages()).toHaveLength(1);
    expect(screen.getByRole('article', { name: /^2\.8 / })).toHaveTextContent('Page 1 of 1');
    expect(screen.queryByRole('region', { name: 'Cover' })).not.toBeInTheDocument();
    expect(print).toHaveBeenCalledOnce();
    expect(router.state.location.search).toContain('only=2.8');
    expect(router.state.location.search).toContain('marking=OFFICIAL');
    expect(router.state.location.search).not.toContain('print=1');
  });
});
