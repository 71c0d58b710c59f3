import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import type { ParsedFile } from '@/domain/types';
import { emptyWorkspace, mergeImport } from '@/domain/workspace';
import { parseText } from '@/domain/import/parse-file';
import { workspaceLoaded, workspaceStoreReset } from '@/state/workspace-store';
import CompletenessPage from './completeness-page';

afterEach(() => workspaceStoreReset());

function loadBoard(files: string[]) {
  const at = '2016-01-25T09:00:00.000Z';
  const parsed: ParsedFile[] = [];
  for (const f of files) {
    const catalogue = parsed.flatMap((p) => p.indicators);
    parsed.push(parseText(f, readFileSync(`fixtures/${f}`, 'utf8'), at, catalogue));
  }
  workspaceLoaded(mergeImport(emptyWorkspace(), parsed, at));
}

function renderPage(entry = '/completeness?on=2016-01-25') {
  const router = createMemoryRouter([{ path: '/completeness', element: <CompletenessPage /> }], {
    initialEntries: [entry],
  });
  render(<RouterProvider router={router} />);
  return router;
}

/** The agency's latest month in the returns grid. */
const lastCell = (name: string) =>
  within(
    within(screen.getByRole('table', { name: /^Returns due at each month's end/ }))
      .getByRole('rowheader', { name })
      .closest('tr')!,
  )
    .getAllByRole('cell')
    .at(-1)!;

describe('the completeness tracker', () => {
  it('reads the day checked from the address, and changing it moves Health from late to awaiting', () => {
    loadBoard([
      'board/catalogue-board.csv',
      'board/police-2015-12.csv',
      'board/health-2015-11.csv',
      'board/lado-2015-09.csv',
    ]);
    const router = renderPage();
    expect(lastCell('Health')).toHaveTextContent('Late0 of 2; due 20 Jan 2016, 5 days late');
    const day = screen.getByLabelText('Checked on', { selector: 'input' });
    // A date field gives its whole value at once, as a browser's date picker does.
    fireEvent.change(day, { target: { value: '2016-01-19' } });
    expect(lastCell('Health')).toHaveTextContent('Awaiting0 of 2; due 20 Jan 2016');
    expect(router.state.location.search).toBe('?on=2016-01-19');
    expect(screen.getByRole('button', { name: 'Download the Health template' })).toBeEnabled();
  });

  it('says what to add to the catalogue when no agency is tracked', () => {
    loadBoard(['catalogue-2015.csv', 'detail-monthly-2015.csv']);
    renderPage();
    expect(screen.getByText("No agency's returns are tracked")).toBeInTheDocument();
  });
});
