import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import type { WorkspaceData } from '@/domain/types';
import { emptyWorkspace } from '@/domain/workspace';
import { buildExampleWorkspace } from '@/data/demo';
import { workspaceLoaded, workspaceStoreReset } from '@/state/workspace-store';
import RagOverviewPage from './rag-overview-page';

let example: WorkspaceData;
beforeAll(() => {
  example = buildExampleWorkspace('2024-01-01T00:00:00.000Z');
});
afterEach(() => workspaceStoreReset());

function renderPage() {
  const router = createMemoryRouter([{ path: '/overview', element: <RagOverviewPage /> }], {
    initialEntries: ['/overview'],
  });
  render(<RouterProvider router={router} />);
}

describe('RAG overview', () => {
  it('puts the reds first, each with its reason and a link to its page', () => {
    workspaceLoaded(example);
    renderPage();
    const reds = screen.getByRole('region', { name: /^Red: 13 indicators/ });
    const link = within(reds).getByRole('link', {
      name: /2.8 % re-referral rate in the last 12 months/,
    });
    expect(link).toHaveAttribute('href', '/indicator/2.8');
    expect(
      within(reds).getByText(/Red: 29.3% is at or above the red threshold of 26%/),
    ).toBeInTheDocument();
  });

  it('shows what changed since the month before, and since a chosen month', async () => {
    workspaceLoaded(example);
    renderPage();
    expect(
      screen.getByRole('heading', { name: 'What changed since November 2015' }),
    ).toBeInTheDocument();
    const changes = screen.getByRole('table', { name: /RAG changes from November 2015/ });
    const row612 = within(changes).getByRole('row', { name: /6.12/ });
    expect(row612).toHaveTextContent(/Red.*Green/);
    await userEvent.selectOptions(screen.getByLabelText('Compared with'), '2015-10');
    expect(
      screen.getByRole('heading', { name: 'What changed since October 2015' }),
    ).toBeInTheDocument();
  });

  it('lists worsening three months running and the worst gaps, in words', () => {
    workspaceLoaded(example);
    renderPage();
    const worsening = screen.getByRole('region', { name: 'Worsening three months running' });
    expect(within(worsening).getByRole('link', { name: /^2.8 / })).toBeInTheDocument();
    const gaps = screen.getByRole('table', { name: /furthest behind/i });
    // Each gap names the figure on the benchmark basis (SPEC 3.6): 7.7 on its year to date.
    expect(
      within(gaps).getByText(
        'Year to date 20.0% against the statistical-neighbour average of 25.1% (2014/15): 5.1 points worse',
      ),
    ).toBeInTheDocument();
    expect(within(gaps).queryByRole('link', { name: /^6\.7 / })).toBeNull();
    const bySection = screen.getByRole('table', { name: /by RAG status and section/ });
    expect(within(bySection).getByRole('columnheader', { name: 'No target' })).toBeInTheDocument();
  });

  it('explains what to do with an empty workspace', () => {
    workspaceLoaded(emptyWorkspace());
    renderPage();
    expect(screen.getByText('No monthly values yet')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Import your files' })).toHaveAttribute(
      'href',
      '/import',
    );
  });
});
