/**
 * User actions on the workspace in a real browser, so far proved only in jsdom: "Start with my own
 * data" and putting the example back, the scorecard filters (kept in the address), removing a
 * loaded file and undoing it, exporting the workspace to a file and restoring it in another
 * browser, and the print pack's choice of sections with its CSV download.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  fixturePath,
  importAndConfirm,
  openPage,
  savedRecord,
  sharedBrowser,
  startWithOwnData,
} from './browser';
import { indicatorRows, rowOf, scorecardTable } from './scorecard-page';
import { DOT_WORDS, RAG_WORDS, expected, oracle, readFixtureCsv } from './oracle';

interface CatalogueRow {
  id: string;
  section: string;
}

/** The sections of the example's indicators, from the catalogue the example is built from. */
const sectionOf = new Map(
  readFixtureCsv<CatalogueRow>('catalogue-2015.csv').map((r) => [r.id, r.section]),
);
const sections = [...new Set(sectionOf.values())];

/** The ids the oracle says a filter should show, in scorecard (catalogue) order. */
function oracleIds(filter: { section?: string; rag?: string; dot?: string }): string[] {
  return expected
    .filter(
      (e) =>
        (filter.section === undefined || sectionOf.get(e.id) === filter.section) &&
        (filter.rag === undefined || e.rule_rag === filter.rag) &&
        (filter.dot === undefined || e.rule_dot === filter.dot),
    )
    .map((e) => e.id);
}
const browser = sharedBrowser();

const visibleIds = (page: Page) => indicatorRows(page).locator('td.id').allInnerTexts();
const rowTexts = (page: Page) => indicatorRows(page).allInnerTexts();

/** The text of one row's cell under a column header, e.g. the 'Dec-15' value of 2.1. */
async function cellOf(page: Page, id: string, column: string): Promise<string> {
  const headers = (await scorecardTable(page).locator('thead th').allInnerTexts()).map((t) =>
    t.trim(),
  );
  const index = headers.indexOf(column);
  if (index < 0) throw new Error(`no column ${column} in ${headers.join(' | ')}`);
  return (await rowOf(page, id).locator(':scope > *').nth(index).innerText()).trim();
}

const exampleHeading = (page: Page) =>
  page.getByRole('heading', { name: 'Example This is example data, not yours' });
const emptyScorecard = (page: Page) => page.getByRole('heading', { name: 'No monthly values yet' });
const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true });
const importStatus = (page: Page) => page.locator('p.import-status');

/** The saved workspace's example flag and indicator count, or null before the first save. */
async function savedWorkspace(page: Page) {
  const ws = await savedRecord<{ isExample: boolean; indicators: unknown[] }>(page, 'current');
  return ws ? { isExample: ws.isExample, indicators: ws.indicators.length } : null;
}

/** The descriptions of the undo steps saved in IndexedDB, oldest first. */
async function savedHistory(page: Page) {
  const history = await savedRecord<{ description: string }[]>(page, 'history');
  return (history ?? []).map((h) => h.description);
}

/** Opens the example and waits for its 75 rows. */
async function openExample(page: Page) {
  await scorecardTable(page).waitFor();
  await exampleHeading(page).waitFor();
  await expect.poll(() => indicatorRows(page).count()).toBe(75);
}

describe('start with my own data', () => {
  it('removes the example, shows the empty scorecard, and "Put the example back" restores it', async () => {
    const { page, context, errors } = await openPage(browser());
    await openExample(page);
    await startWithOwnData(page);
    expect(await exampleHeading(page).count()).toBe(0);
    await page.getByText('The example has been removed. Import your own files to begin.').waitFor();
    await expect.poll(() => page.locator('.loaded').innerText()).toContain('No files loaded yet.');

    await nav(page, 'Scorecard').click();
    await emptyScorecard(page).waitFor();
    expect(await scorecardTable(page).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Import your files' }).isVisible()).toBe(true);
    expect(
      await page.getByRole('button', { name: 'Open the December 2015 example' }).isVisible(),
    ).toBe(true);

    await page.getByRole('button', { name: 'Put the example back' }).click();
    await exampleHeading(page).waitFor();
    await expect.poll(() => indicatorRows(page).count()).toBe(75);
    expect(await emptyScorecard(page).count()).toBe(0);
    expect(await page.getByText('The example has been removed.').count()).toBe(0);
    expect(await cellOf(page, '2.1', 'Dec-15')).toBe('1,041');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the Import screen offers to undo the removal, which brings the example back', async () => {
    const { page, context } = await openPage(browser());
    await openExample(page);
    await startWithOwnData(page);
    await page.getByRole('button', { name: 'Undo: Removal of the example' }).click();
    await importStatus(page).filter({ hasText: 'Undone: Removal of the example.' }).waitFor();
    // The example's own files are listed again.
    await expect
      .poll(() => page.locator('ul.loaded-files strong').allInnerTexts())
      .toEqual([
        'benchmarks-2015.csv',
        'scorecard-2015-12.csv',
        'detail-monthly-2015.csv',
        'catalogue-2015.csv',
      ]);
    await exampleHeading(page).waitFor();
    await nav(page, 'Scorecard').click();
    await openExample(page);
    await context.close();
  });

  it('stays empty after a reload: the example does not come back by itself', async () => {
    const { page, context } = await openPage(browser());
    await openExample(page);
    await startWithOwnData(page);
    await nav(page, 'Scorecard').click();
    await emptyScorecard(page).waitFor();
    // Wait until the empty workspace is saved in IndexedDB (the app saves after each change).
    await expect.poll(() => savedWorkspace(page)).toEqual({ isExample: false, indicators: 0 });
    await page.reload();
    await emptyScorecard(page).waitFor();
    expect(await exampleHeading(page).count()).toBe(0);
    await context.close();
  });
});

describe('scorecard filters', () => {
  /** The rows shown are exactly the oracle's, each with the oracle's DOT and RAG words. */
  async function expectRows(page: Page, filter: { section?: string; rag?: string; dot?: string }) {
    const ids = oracleIds(filter);
    expect(ids.length, 'the oracle has rows for this filter').toBeGreaterThan(0);
    await expect.poll(() => visibleIds(page)).toEqual(ids);
    expect(await page.locator('p.result-count').innerText()).toBe(
      `Showing ${ids.length} of 75 indicators.`,
    );
    for (const id of ids) {
      const row = rowOf(page, id);
      const dot = (await row.locator('.dot__word').innerText()).trim();
      const rag = (await row.locator('.rag-tag').first().innerText()).trim();
      expect(dot, `DOT of ${id}`).toBe(DOT_WORDS[oracle(id).rule_dot]);
      expect(rag, `RAG of ${id}`).toBe(RAG_WORDS[oracle(id).rule_rag]);
      if (filter.dot) expect(dot, `DOT of ${id}`).toBe(DOT_WORDS[filter.dot]);
      if (filter.rag) expect(rag, `RAG of ${id}`).toBe(RAG_WORDS[filter.rag]);
    }
    if (filter.section) {
      const groups = await scorecardTable(page).locator('th[scope="rowgroup"]').allInnerTexts();
      expect(groups.map((g) => g.trim())).toEqual([filter.section]);
    }
  }
  const select = (page: Page, name: string) => page.getByRole('combobox', { name, exact: true });
  const search = (page: Page) => Object.fromEntries(new URL(page.url()).searchParams);

  it('section, RAG and DOT show only the matching rows, kept in the address and after reload', async () => {
    const { page, context, errors } = await openPage(browser());
    await openExample(page);
    expect(await select(page, 'Section').locator('option').allInnerTexts()).toEqual([
      'All sections',
      ...sections,
    ]);

    await select(page, 'Section').selectOption({ label: 'LAC' });
    await select(page, 'RAG').selectOption({ label: 'Amber' });
    await select(page, 'DOT').selectOption({ label: 'Worsening' });
    await expectRows(page, { section: 'LAC', rag: 'amber', dot: 'worsening' });
    expect(search(page)).toEqual({ section: 'LAC', rag: 'amber', dot: 'worsening' });

    await page.reload();
    await scorecardTable(page).waitFor();
    await expectRows(page, { section: 'LAC', rag: 'amber', dot: 'worsening' });
    expect(await select(page, 'Section').inputValue()).toBe('LAC');
    expect(await select(page, 'RAG').inputValue()).toBe('amber');
    expect(await select(page, 'DOT').inputValue()).toBe('worsening');

    // Across every section: the red rows that are worsening.
    await select(page, 'Section').selectOption({ label: 'All sections' });
    await select(page, 'RAG').selectOption({ label: 'Red' });
    await expectRows(page, { rag: 'red', dot: 'worsening' });
    expect(search(page)).toEqual({ rag: 'red', dot: 'worsening' });

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => indicatorRows(page).count()).toBe(75);
    expect(search(page)).toEqual({});
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a link with the filters in its address opens filtered', async () => {
    const { page, context } = await openPage(
      browser(),
      `/?section=${encodeURIComponent('CONTACT & REFERRAL (MASH)')}&rag=red&dot=worsening`,
    );
    await scorecardTable(page).waitFor();
    await expectRows(page, { section: 'CONTACT & REFERRAL (MASH)', rag: 'red', dot: 'worsening' });
    await context.close();
  });

  it('the RAG count buttons show the oracle counts and toggle the RAG filter', async () => {
    const { page, context } = await openPage(browser());
    await openExample(page);
    const counts = page.getByRole('list', { name: 'RAG counts' });
    const countButton = (rag: string) =>
      counts.getByRole('button', { name: new RegExp(`^\\d+ ${RAG_WORDS[rag]}$`) });
    for (const rag of Object.keys(RAG_WORDS)) {
      const number = await countButton(rag).locator('.rag-count__number').innerText();
      expect(Number(number), `count of ${rag}`).toBe(oracleIds({ rag }).length);
    }

    const red = countButton('red');
    expect(await red.getAttribute('aria-pressed')).toBe('false');
    await red.click();
    await expectRows(page, { rag: 'red' });
    expect(await red.getAttribute('aria-pressed')).toBe('true');
    expect(await select(page, 'RAG').inputValue()).toBe('red');
    expect(search(page)).toEqual({ rag: 'red' });

    // Another count moves the filter to that status.
    await countButton('amber').click();
    await expectRows(page, { rag: 'amber' });
    expect(await red.getAttribute('aria-pressed')).toBe('false');
    expect(await countButton('amber').getAttribute('aria-pressed')).toBe('true');

    // The pressed one pressed again shows every status; the other filters stay.
    await select(page, 'DOT').selectOption({ label: 'Worsening' });
    await expectRows(page, { rag: 'amber', dot: 'worsening' });
    await countButton('amber').click();
    await expectRows(page, { dot: 'worsening' });
    expect(await countButton('amber').getAttribute('aria-pressed')).toBe('false');
    expect(search(page)).toEqual({ dot: 'worsening' });
    await context.close();
  });
});

describe('loaded files', () => {
  it('removing a revised file brings the values it replaced back, and undo (after a reload) removes them again', async () => {
    const { page, context, errors } = await openPage(browser());
    await openExample(page);
    await startWithOwnData(page);
    await importAndConfirm(page, ['catalogue-2015.csv', 'detail-monthly-2015.csv']);
    await importAndConfirm(page, ['edge/revised-2015-12.csv']);
    const loaded = page.locator('ul.loaded-files > li');
    await expect
      .poll(() => loaded.locator('strong').allInnerTexts())
      .toEqual(['revised-2015-12.csv', 'detail-monthly-2015.csv', 'catalogue-2015.csv']);

    await nav(page, 'Scorecard').click();
    await scorecardTable(page).waitFor();
    expect(await cellOf(page, '2.1', 'Dec-15')).toBe('1,052');

    await nav(page, 'Import').click();
    await page.getByRole('button', { name: 'Remove revised-2015-12.csv' }).click();
    await importStatus(page).filter({ hasText: 'Removed revised-2015-12.csv.' }).waitFor();
    await expect
      .poll(() => loaded.locator('strong').allInnerTexts())
      .toEqual(['detail-monthly-2015.csv', 'catalogue-2015.csv']);
    await nav(page, 'Scorecard').click();
    await scorecardTable(page).waitFor();
    expect(await cellOf(page, '2.1', 'Dec-15')).toBe('1,041');

    // The undo survives a reload: the history is saved with the workspace.
    await expect
      .poll(() => savedHistory(page))
      .toEqual(expect.arrayContaining(['Removal of revised-2015-12.csv']));
    await page.reload();
    await scorecardTable(page).waitFor();
    expect(await cellOf(page, '2.1', 'Dec-15')).toBe('1,041');

    await nav(page, 'Import').click();
    await page.getByRole('button', { name: 'Undo: Removal of revised-2015-12.csv' }).click();
    await importStatus(page)
      .filter({ hasText: 'Undone: Removal of revised-2015-12.csv.' })
      .waitFor();
    await expect
      .poll(() => loaded.locator('strong').allInnerTexts())
      .toEqual(['revised-2015-12.csv', 'detail-monthly-2015.csv', 'catalogue-2015.csv']);
    // The next undo offered is the step before: the import of the revised file.
    expect(
      await page.getByRole('button', { name: 'Undo: Import of revised-2015-12.csv' }).isVisible(),
    ).toBe(true);
    await nav(page, 'Scorecard').click();
    await scorecardTable(page).waitFor();
    expect(await cellOf(page, '2.1', 'Dec-15')).toBe('1,052');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('workspace file', () => {
  const restoreInput = (page: Page) => page.getByLabel('Restore from a workspace file');
  const fileMessage = (page: Page) => page.locator('.workspace-file__message');

  it('exported, then restored in another browser, shows the same rows and commentary', async () => {
    const commentary =
      'Re-referrals rose because two sibling groups came back; the front door is auditing them.';
    const first = await openPage(browser());
    const page = first.page;
    await openExample(page);
    await startWithOwnData(page);
    await importAndConfirm(page, [
      'catalogue-2015.csv',
      'detail-monthly-2015.csv',
      'edge/revised-2015-12.csv',
    ]);
    await nav(page, 'Scorecard').click();
    await scorecardTable(page).waitFor();
    await rowOf(page, '2.8').getByRole('link').click();
    await page.getByLabel('Performance analysis for December 2015').fill(commentary);
    await page.getByRole('button', { name: 'Save commentary' }).click();
    await page.getByText('Commentary saved.').waitFor();
    await nav(page, 'Scorecard').click();
    await scorecardTable(page).waitFor();
    const rows = await rowTexts(page);
    expect(rows.length).toBe(75);
    expect(await cellOf(page, '2.1', 'Dec-15')).toBe('1,052');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export workspace' }).click(),
    ]);
    const name = download.suggestedFilename();
    expect(name).toMatch(/^performance-workspace-\d{4}-\d{2}-\d{2}\.json$/);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text).toContain(commentary);
    await first.context.close();

    // A fresh browser context: empty storage, so the example opens.
    const { page: other, context, errors } = await openPage(browser());
    await openExample(other);
    expect(await rowTexts(other)).not.toEqual(rows);
    await restoreInput(other).setInputFiles({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(text, 'utf8'),
    });
    await expect
      .poll(() => fileMessage(other).innerText())
      .toContain(`Restored ${name}: 75 indicators`);
    await expect.poll(() => exampleHeading(other).count()).toBe(0);
    await expect.poll(() => rowTexts(other)).toEqual(rows);
    expect(await cellOf(other, '2.1', 'Dec-15')).toBe('1,052');
    await rowOf(other, '2.8').getByRole('link').click();
    expect(await other.getByLabel('Performance analysis for December 2015').inputValue()).toBe(
      commentary,
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a file that is not a workspace export is refused and the workspace is unchanged', async () => {
    const { page, context, errors } = await openPage(browser());
    await openExample(page);
    const before = await rowTexts(page);

    await restoreInput(page).setInputFiles(fixturePath('catalogue-2015.csv'));
    const alert = page.getByRole('alert').filter({ hasText: 'was not restored' });
    await expect
      .poll(() => alert.innerText())
      .toContain('catalogue-2015.csv was not restored. This file is not a workspace export');
    expect(await page.getByRole('button', { name: 'Undo the restore' }).count()).toBe(0);
    expect(await exampleHeading(page).isVisible()).toBe(true);
    expect(await rowTexts(page)).toEqual(before);

    // JSON, but not ours.
    await restoreInput(page).setInputFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"indicators":[]}', 'utf8'),
    });
    await expect
      .poll(() => alert.innerText())
      .toContain('notes.json was not restored. This JSON file is not a workspace export');
    expect(await exampleHeading(page).isVisible()).toBe(true);
    expect(await rowTexts(page)).toEqual(before);
    expect(await cellOf(page, '2.1', 'Dec-15')).toBe('1,041');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('print pack sections', () => {
  it('one chosen section: only its indicator pages, and only its rows in the CSV', async () => {
    const section = 'ASSESSMENTS';
    const ids = [...sectionOf].filter(([, s]) => s === section).map(([id]) => id);
    expect(ids.length).toBeGreaterThan(1);

    const { page, context, errors } = await openPage(browser(), '/pack');
    const group = page.getByRole('group', { name: 'Sections to include' });
    await group.waitFor();
    await expect.poll(() => page.locator('article.pack-indicator').count()).toBe(75);
    await page.getByRole('button', { name: 'Clear all sections' }).click();
    await expect.poll(() => page.locator('article.pack-indicator').count()).toBe(0);
    expect(await group.getByText('0 of 75 indicators chosen.').isVisible()).toBe(true);

    await group
      .getByRole('checkbox', { name: `${section} (${ids.length} indicators)`, exact: true })
      .check();
    await expect.poll(() => page.locator('article.pack-indicator').count()).toBe(ids.length);
    expect(await group.getByText(`${ids.length} of 75 indicators chosen.`).isVisible()).toBe(true);
    const headings = await page.locator('article.pack-indicator h2').allInnerTexts();
    expect(headings.map((h) => h.split(' ')[0])).toEqual(ids);
    expect(
      (await page.locator('.pack-indicator__section').allInnerTexts()).map((s) => s.trim()),
    ).toEqual(ids.map(() => section));
    const summary = page.getByRole('region', { name: 'Performance summary' });
    expect(await summary.locator('td.id').allInnerTexts()).toEqual(ids);
    expect(
      (await summary.locator('th[scope="rowgroup"]').allInnerTexts()).map((s) => s.trim()),
    ).toEqual([section]);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download scorecard CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('scorecard-2015-12.csv');
    const csv = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(parsed.data.map((r) => r['No.'])).toEqual(ids);
    expect(parsed.data.map((r) => r.Section)).toEqual(ids.map(() => section));
    for (const r of parsed.data) {
      const e = oracle(r['No.'] ?? '');
      expect(r.DOT, `DOT of ${e.id}`).toBe(DOT_WORDS[e.rule_dot]);
      expect(r.RAG?.replace(/ YTD$/, ''), `RAG of ${e.id}`).toBe(RAG_WORDS[e.rule_rag]);
    }
    await page
      .getByRole('status')
      .filter({ hasText: `Downloaded scorecard-2015-12.csv: ${ids.length} indicators.` })
      .waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
