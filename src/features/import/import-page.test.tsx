import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { emptyWorkspace } from '@/domain/workspace';
import { parseFile } from '@/domain/import/parse-file';
import { buildExampleWorkspace } from '@/data/demo';
import {
  importConfirmed,
  useWorkspaceStore,
  workspaceLoaded,
  workspaceStoreReset,
} from '@/state/workspace-store';
import ImportPage, { progressWords } from './import-page';

afterEach(cleanup);
beforeEach(() => {
  workspaceStoreReset();
  workspaceLoaded(emptyWorkspace());
});

const bytesOf = (path: string) => readFileSync(resolve(process.cwd(), 'fixtures', path));
const fileOf = (path: string, name = path.split('/').pop()!) =>
  new File([bytesOf(path)], name, { type: 'text/csv' });

function renderPage() {
  const router = createMemoryRouter(
    [
      { path: '/import', element: <ImportPage /> },
      { path: '/', element: <p>Scorecard page</p> },
    ],
    { initialEntries: ['/import'] },
  );
  render(<RouterProvider router={router} />);
}

const fileInput = () => screen.getByLabelText('CSV files to import');
const status = () => screen.getByRole('status');

async function choose(...paths: string[]) {
  const user = userEvent.setup();
  await user.upload(
    fileInput(),
    paths.map((p) => fileOf(p)),
  );
  await screen.findByRole('heading', { level: 1, name: 'Check the import' });
  return user;
}

/** The definition after a term in one file's report ("Rows accepted" -> "75 of 75"). */
function reportValue(file: string, term: string): string {
  const section = screen.getByRole('region', { name: file });
  const dt = within(section).getByText(term, { selector: 'dt' });
  return dt.nextElementSibling?.textContent ?? '';
}

describe('Import screen: choosing files', () => {
  it('offers a labelled file input for several CSV files, opened by the drop-zone button', async () => {
    renderPage();
    const input = fileInput();
    expect(input).toHaveAttribute('type', 'file');
    expect(input).toHaveAttribute('multiple');
    const click = vi.spyOn(input, 'click');
    const zone = screen.getByRole('button', { name: /choose csv files/i });
    zone.focus();
    await userEvent.setup().keyboard('{Enter}');
    expect(click).toHaveBeenCalledTimes(1);
    expect(zone).toHaveAccessibleDescription(/several files at once/);
  });

  it('reads files dropped on the drop zone', async () => {
    renderPage();
    fireEvent.drop(screen.getByRole('button', { name: /choose csv files/i }), {
      dataTransfer: { files: [fileOf('scorecard-2015-12.csv')] },
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Check the import' }),
    ).toBeInTheDocument();
  });

  it('shows a progress bar only when reading takes longer than a moment', async () => {
    renderPage();
    let release: (b: ArrayBuffer) => void = () => {};
    const slow = fileOf('scorecard-2015-12.csv');
    const real = bytesOf('scorecard-2015-12.csv');
    slow.arrayBuffer = () => new Promise((r) => (release = r));
    await userEvent.setup().upload(fileInput(), slow);
    expect(status()).toHaveTextContent('Reading 1 file…');
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    const bar = await screen.findByRole(
      'progressbar',
      { name: 'Reading the files' },
      { timeout: 1000 },
    );
    expect(bar).toHaveAttribute('max', '100');
    // While it reads, the user can stop it.
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeInTheDocument();
    await act(async () =>
      release(real.buffer.slice(real.byteOffset, real.byteOffset + real.byteLength) as ArrayBuffer),
    );
    await screen.findByRole('heading', { level: 1, name: 'Check the import' });
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });
});

describe('Import screen: the report and preview', () => {
  it('reports the scorecard sheet and previews 75 new indicators, then imports on Confirm', async () => {
    renderPage();
    const user = await choose('scorecard-2015-12.csv');
    expect(status()).toHaveTextContent(
      'Read 1 file: no errors. Check what will change, then confirm or cancel.',
    );
    expect(reportValue('scorecard-2015-12.csv', 'Recognised as')).toBe(
      'Scorecard sheet (Performance Summary)',
    );
    expect(reportValue('scorecard-2015-12.csv', 'Rows accepted')).toBe('75 of 75');
    const preview = screen.getByRole('region', { name: 'What will change' });
    expect(preview).toHaveTextContent('75 new indicators');
    expect(preview).toHaveTextContent(/including the new months .*Oct-15, Nov-15, Dec-15/);
    expect(preview).toHaveTextContent('0 revised values');
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Confirm import' }));
    const ws = useWorkspaceStore.getState().workspace;
    expect(ws.indicators).toHaveLength(75);
    expect(ws.imports.map((r) => r.file)).toEqual(['scorecard-2015-12.csv']);
    expect(status()).toHaveTextContent('Imported 1 file, 75 rows.');
    expect(screen.getByRole('heading', { level: 1, name: 'Import your files' })).toHaveFocus();
    const loaded = screen.getByRole('region', { name: 'Loaded files' });
    expect(within(loaded).getByRole('listitem')).toHaveTextContent(
      /scorecard-2015-12\.csv – Scorecard sheet \(Performance Summary\), 75 rows/,
    );
    expect(screen.getByRole('link', { name: 'See the scorecard' })).toHaveAttribute('href', '/');
  });

  it('a bad cell is listed with file, line, column and what to do; the rest is imported', async () => {
    renderPage();
    const user = await choose('catalogue-2015.csv', 'edge/bad-number.csv');
    expect(status()).toHaveTextContent('Read 2 files: 1 error.');
    expect(reportValue('bad-number.csv', 'Rows accepted')).toBe('5 of 6');
    expect(reportValue('bad-number.csv', 'Problems')).toBe('1 error, 0 warnings');
    const problems = screen.getByRole('table', { name: 'Problems in bad-number.csv' });
    const [, row] = within(problems).getAllByRole('row');
    expect(
      within(row!)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual([
      'Error',
      'bad-number.csv',
      '4',
      'value',
      expect.stringMatching(/"4o\.2" is not a number\. Correct the cell/),
    ]);
    expect(reportValue('catalogue-2015.csv', 'Problems')).toBe('None');

    // An error remains: Confirm asks for a second step before anything changes.
    const confirmButton = screen.getByRole('button', { name: 'Confirm import' });
    expect(confirmButton).toHaveAccessibleDescription(
      'Import all 2 files. The row or cell with 1 error in bad-number.csv will be left out; the rest is imported.',
    );
    await user.click(confirmButton);
    expect(useWorkspaceStore.getState().workspace.indicators).toEqual([]);
    const box = screen.getByRole('checkbox', { name: 'I understand the 1 error will be left out' });
    expect(box).toHaveFocus();
    expect(box).toHaveAccessibleDescription(
      /Tick the box to say you understand, or cancel and fix the files\./,
    );
    await user.click(box);
    await user.click(confirmButton);
    const ws = useWorkspaceStore.getState().workspace;
    expect(
      ws.observations
        .filter((o) => o.provenance.file === 'bad-number.csv')
        .map((o) => `${o.indicatorId} ${o.period}`),
    ).toEqual(['2.1 2015-07', '2.1 2015-08', '2.3 2015-09', '2.5 2015-08', '2.5 2015-09']);
  });

  it('re-importing a month lists every revised value as "Dec-15: before becomes after"', async () => {
    importConfirmed([
      parseFile(
        'scorecard-2015-12.csv',
        bytesOf('scorecard-2015-12.csv'),
        '2016-01-10T09:00:00.000Z',
      ),
    ]);
    renderPage();
    await choose('edge/revised-2015-12.csv');
    const table = screen.getByRole('table', { name: 'Revised values' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.textContent);
    expect(rows).toContain('2.1Number of contactsDec-15: 1,041 becomes 1,052');
    expect(
      rows.some((r) => r?.startsWith('2.8') && r.includes('Nov-15: 28.2% becomes 28.4%')),
    ).toBe(true);
    expect(rows.join('\n')).not.toContain('Nov-15: 1,029');
    expect(screen.getByRole('region', { name: 'What will change' })).toHaveTextContent(
      '0 new indicators',
    );
  });

  it('Cancel changes nothing and says so', async () => {
    renderPage();
    const user = await choose('scorecard-2015-12.csv');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(useWorkspaceStore.getState().workspace.indicators).toEqual([]);
    expect(status()).toHaveTextContent('Import cancelled: nothing was changed.');
    expect(screen.getByRole('heading', { level: 1, name: 'Import your files' })).toHaveFocus();
  });

  it('a file with nothing importable cannot be confirmed', async () => {
    renderPage();
    const user = userEvent.setup();
    await user.upload(
      fileInput(),
      new File(['hello,world\n1,2\n'], 'notes.csv', { type: 'text/csv' }),
    );
    await screen.findByRole('heading', { level: 1, name: 'Check the import' });
    expect(reportValue('notes.csv', 'Recognised as')).toBe('Not recognised');
    expect(screen.getByRole('button', { name: 'Confirm import' })).toBeDisabled();
    expect(screen.getByText(/Nothing in these files can be imported/)).toBeInTheDocument();
  });

  it('over the example, warns that confirming replaces it', async () => {
    workspaceLoaded(buildExampleWorkspace('2016-01-18T09:00:00.000Z'));
    renderPage();
    await choose('edge/revised-2015-12.csv');
    expect(
      screen.getByText(/Confirming replaces the example with your own data/),
    ).toBeInTheDocument();
    // Previewed against an empty workspace: everything is new, nothing "revised".
    expect(screen.queryByRole('table', { name: 'Revised values' })).not.toBeInTheDocument();
  });
});

describe('Import screen: loaded files and undo', () => {
  it('removes a loaded file, and undoes the last step', async () => {
    renderPage();
    const user = await choose('scorecard-2015-12.csv');
    await user.click(screen.getByRole('button', { name: 'Confirm import' }));
    expect(useWorkspaceStore.getState().workspace.indicators).toHaveLength(75);

    await user.click(screen.getByRole('button', { name: 'Remove scorecard-2015-12.csv' }));
    expect(useWorkspaceStore.getState().workspace.imports).toEqual([]);
    expect(status()).toHaveTextContent('Removed scorecard-2015-12.csv.');
    expect(screen.getByText('No files loaded yet.')).toBeInTheDocument();

    await user.click(
      screen.getByRole('button', { name: 'Undo: Removal of scorecard-2015-12.csv' }),
    );
    expect(useWorkspaceStore.getState().workspace.imports.map((r) => r.file)).toEqual([
      'scorecard-2015-12.csv',
    ]);
    expect(status()).toHaveTextContent('Undone: Removal of scorecard-2015-12.csv.');

    await user.click(screen.getByRole('button', { name: 'Undo: Import of scorecard-2015-12.csv' }));
    expect(useWorkspaceStore.getState().workspace.indicators).toEqual([]);
    expect(screen.queryByRole('button', { name: /^Undo/ })).not.toBeInTheDocument();
  });
});

describe('progressWords: what the progress bar says', () => {
  it.each([
    [null, 'Reading the files'],
    [
      { file: 'big.csv', fileIndex: 0, fileCount: 1, stage: 'reading', percent: 42, rows: 420000 },
      'Reading big.csv: 42%, 420,000 rows',
    ],
    [
      { file: 'b.csv', fileIndex: 1, fileCount: 2, stage: 'checking', percent: 75, rows: 1 },
      'Checking b.csv (file 2 of 2): 75%, 1 row',
    ],
    [
      { file: 'b.csv', fileIndex: 1, fileCount: 2, stage: 'comparing', percent: 100, rows: 1000 },
      'Comparing 1,000 rows with your workspace',
    ],
  ] as const)('%o: %s', (progress, words) => {
    expect(progressWords(progress)).toBe(words);
  });
});
