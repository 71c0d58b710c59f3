import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import type { WorkspaceData } from '@/domain/types';
import { buildExampleWorkspace } from '@/data/demo';
import { smallWorkspace } from '@/domain/indicator-view.fixture';
import { workspaceLoaded, workspaceStoreReset } from '@/state/workspace-store';
import IndicatorPage from './indicator-page';

function renderAt(path: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/indicator/:id" element={<IndicatorPage />} />
      </Routes>
    </MemoryRouter>,
  );
}

afterEach(() => {
  cleanup();
  workspaceStoreReset();
});

let example: WorkspaceData;
beforeAll(() => {
  example = buildExampleWorkspace('2016-01-18T09:00:00.000Z');
});

describe('Signal or noise on the indicator page', { timeout: 20_000 }, () => {
  it('9.1 in December 2015: special cause improvement, with the rule in words, chart and table', () => {
    workspaceLoaded(example);
    renderAt('/indicator/9.1');
    const section = screen.getByRole('region', { name: 'Signal or noise' });
    // Oct-14..Dec-15: mean 72.7%, limits 70.9% to 74.6%; December's 74.7% lies above the limit.
    expect(
      within(section).getByText('Special cause improvement', { selector: '.verdict__word' }),
    ).toBeInTheDocument();
    expect(section).toHaveTextContent(
      'December 2015 (74.7%) is above the upper process limit of 74.6%',
    );
    expect(
      within(section).getByText('Consistently meets the target', { selector: '.verdict__word' }),
    ).toBeInTheDocument();
    expect(within(section).getByRole('img')).toHaveAccessibleName(
      /Process control chart of 9\.1 .*Variation: Special cause improvement\./,
    );
    const table = within(section).getByRole('table', { name: /9\.1 process control chart/ });
    const dec = within(table).getByRole('rowheader', { name: 'Dec-15' }).closest('tr')!;
    expect([...dec.querySelectorAll('td')].map((td) => td.textContent)).toEqual([
      '74.7%',
      '72.7%',
      '70.9%',
      '74.6%',
      'Special cause improvement',
    ]);
    const jul = within(table).getByRole('rowheader', { name: 'Jul-15' }).closest('tr')!;
    expect(jul).toHaveTextContent('Common cause');
  });

  it('says why there is no verdict when there are too few months', () => {
    workspaceLoaded(smallWorkspace());
    renderAt('/indicator/2.1');
    const section = screen.getByRole('region', { name: 'Signal or noise' });
    // 2.1 contacts has April to December 2015 only: nine months, fewer than the 13 limits need.
    expect(within(section).getByText('No verdict', { selector: '.verdict__word' })).toBeVisible();
    // Information only: no target to give assurance against.
    expect(within(section).getByText('No target', { selector: '.verdict__word' })).toBeVisible();
    expect(section).toHaveTextContent(
      'Only 9 months of data: process limits need at least 13 months, so there is no verdict on signal or noise yet.',
    );
  });
});
