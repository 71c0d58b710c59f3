import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { emptyWorkspace } from '@/domain/workspace';
import { useWorkspaceStore, workspaceLoaded, workspaceStoreReset } from '@/state/workspace-store';
import ImportPage from './import-page';

afterEach(cleanup);
beforeEach(() => {
  workspaceStoreReset();
  workspaceLoaded(emptyWorkspace());
});

const fixture = (path: string, name = path.split('/').pop()!) =>
  new File([readFileSync(resolve(process.cwd(), 'fixtures', path))], name);
/** An Excel 97-2003 workbook's first bytes (OLE2 signature), saved under a .xls name. */
const xlsFile = () =>
  new File(
    [new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0x3e, 0, 3, 0])],
    'Scorecard Dec 15.xls',
  );

function renderPage() {
  const router = createMemoryRouter([{ path: '/import', element: <ImportPage /> }], {
    initialEntries: ['/import'],
  });
  render(<RouterProvider router={router} />);
}

/** Files chosen as if dropped (a drop ignores the chooser's file types, so .xls arrives too). */
async function choose(files: File[]) {
  const user = userEvent.setup({ applyAccept: false });
  await user.upload(screen.getByLabelText('CSV files to import'), files);
  await screen.findByRole('heading', { level: 1, name: 'Check the import' });
  return user;
}

describe('the error summary at the top of the import report', () => {
  it('takes focus, lists each error as a link, and each link moves focus to its entry', async () => {
    renderPage();
    const user = await choose([
      fixture('catalogue-2015.csv'),
      fixture('edge/bad-number.csv'),
      xlsFile(),
    ]);
    const summary = screen.getByRole('alert', { name: 'There is a problem' });
    expect(summary).toHaveFocus();
    const links = within(summary).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual([
      expect.stringMatching(/^bad-number\.csv: Line 4, column "value": "4o\.2" is not a number\./),
      expect.stringMatching(
        /^Scorecard Dec 15\.xls: This is an Excel workbook in the old \.xls format .*Save the sheet as CSV/,
      ),
    ]);
    // The line's link: focus on that problem's row in the file's report.
    await user.click(links[0]!);
    const table = screen.getByRole('table', { name: 'Problems in bad-number.csv' });
    expect(within(table).getAllByRole('row')[1]).toHaveFocus();
    // The whole-file error's link: focus on that file's report heading.
    await user.click(links[1]!);
    expect(screen.getByRole('heading', { level: 3, name: 'Scorecard Dec 15.xls' })).toHaveFocus();
    // The workbook is named, not shown as bytes.
    const report = screen.getByRole('region', { name: 'Scorecard Dec 15.xls' });
    expect(report).toHaveTextContent('Not recognised');
    expect(report).not.toHaveTextContent('\uFFFD');
  });

  it('no errors, no summary: focus goes to the heading', async () => {
    renderPage();
    await choose([fixture('catalogue-2015.csv')]);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Check the import' })).toHaveFocus();
  });
});

describe('Confirm in two steps while errors remain', () => {
  it('says which files will not be imported, and imports the good ones once understood', async () => {
    renderPage();
    const user = await choose([
      fixture('catalogue-2015.csv'),
      fixture('detail-monthly-2015.csv'),
      xlsFile(),
      new File(['hello,world\n1,2\n'], 'notes.csv'),
    ]);
    const confirm = screen.getByRole('button', { name: 'Confirm import' });
    expect(confirm).toHaveAccessibleDescription(
      'Import the 2 good files; 2 files will not be imported (Scorecard Dec 15.xls and notes.csv).',
    );
    await user.click(confirm);
    // First click: nothing imported, the reason at the checkbox, focus on it.
    expect(useWorkspaceStore.getState().workspace.indicators).toEqual([]);
    const box = screen.getByRole('checkbox', { name: 'I understand 2 files will not be imported' });
    expect(box).toHaveFocus();
    expect(screen.getByText(/Tick the box to say you understand/)).toBeVisible();
    await user.click(box);
    await user.click(confirm);
    const ws = useWorkspaceStore.getState().workspace;
    expect(ws.imports.map((r) => r.file)).toEqual([
      'catalogue-2015.csv',
      'detail-monthly-2015.csv',
    ]);
    expect(screen.getByRole('status')).toHaveTextContent(
      'Imported 2 files, 755 rows. 2 files with nothing to import were not loaded.',
    );
  });

  it('with nothing to import, Confirm is disabled and says why', async () => {
    renderPage();
    await choose([xlsFile()]);
    const confirm = screen.getByRole('button', { name: 'Confirm import' });
    expect(confirm).toBeDisabled();
    expect(confirm).toHaveAccessibleDescription(/^Nothing in these files can be imported\./);
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
  });
});

describe('an Excel workbook (.xlsx) is read sheet by sheet', () => {
  it('fixtures/import/monthly-2016-01.xlsx: its sheet reported and imported as monthly values', async () => {
    renderPage();
    const user = await choose([
      fixture('catalogue-2015.csv'),
      fixture('import/monthly-2016-01.xlsx'),
    ]);
    const report = screen.getByRole('region', {
      name: 'monthly-2016-01.xlsx, sheet Monthly values',
    });
    const value = (term: string) =>
      within(report).getByText(term, { selector: 'dt' }).nextElementSibling?.textContent;
    expect(value('Recognised as')).toMatch(/^Monthly values/);
    expect(value('Rows accepted')).toBe('3 of 3');
    // Hidden and empty sheets are not reported.
    expect(screen.queryByRole('region', { name: /sheet Lookup|sheet Sheet3/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Confirm import' }));
    const ws = useWorkspaceStore.getState().workspace;
    const jan = ws.observations.filter((o) => o.period === '2016-01');
    expect(jan.map((o) => [o.indicatorId, o.value])).toEqual([
      ['2.1', 905],
      ['9.1', 75.3],
      ['2.8', 24.25],
    ]);
  });
});

describe("the app's own scorecard CSV imported back", () => {
  it('its worked-out columns are named in one information line, not warned about', async () => {
    renderPage();
    const { buildExampleWorkspace } = await import('@/data/demo');
    const { computeScorecard } = await import('@/domain/scorecard');
    const { scorecardToCsv } = await import('@/domain/csv-export');
    const csv = scorecardToCsv(
      computeScorecard(buildExampleWorkspace('2016-01-18T09:00:00.000Z'), '2015-12'),
    );
    await choose([new File([csv], 'scorecard-2015-12-export.csv')]);
    const report = screen.getByRole('region', { name: 'scorecard-2015-12-export.csv' });
    expect(report).toHaveTextContent(
      'The columns Compared with benchmarks, Gap to SN average, Gap to England, Variation and Assurance were written by this app',
    );
    expect(report).not.toHaveTextContent('is not one we read');
  });
});
