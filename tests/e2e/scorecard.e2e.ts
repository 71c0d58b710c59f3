/**
 * Issue 3 in a real browser: the built app, served locally, driven in Debian's Chromium.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  axeViolations,
  baseURL,
  chooseFiles,
  fixturePath,
  openPage,
  sharedBrowser,
  startWithOwnData,
} from './browser';
import { indicatorRows, rowOf, scorecardTable } from './scorecard-page';
import { DOT_WORDS, RAG_WORDS, oracle } from './oracle';

const browser = sharedBrowser();

const fileInput = (page: Page) => page.getByLabel('CSV files to import');

describe('first run', () => {
  it('opens the December 2015 example with the rules DOT and RAG words', async () => {
    const { page, context, errors } = await openPage(browser());
    await expect
      .poll(() =>
        page
          .getByText(/example/i)
          .first()
          .isVisible(),
      )
      .toBe(true);
    await scorecardTable(page).waitFor();
    expect(await indicatorRows(page).count()).toBe(75);
    for (const id of ['2.5', '2.8', '6.10', '7.5', '11.4', '11.6', '12.1', '3.3', '2.3']) {
      const e = oracle(id);
      const text = await rowOf(page, id).innerText();
      expect(text, `row ${id}`).toContain(DOT_WORDS[e.rule_dot]);
      expect(text, `row ${id}`).toContain(RAG_WORDS[e.rule_rag]);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lists the rows where the printed report disagrees with the rules', async () => {
    const { page, context } = await openPage(browser());
    await scorecardTable(page).waitFor();
    const panel = page.getByRole('region', { name: /differs from ours/i });
    const text = await panel.innerText();
    for (const id of ['12.1', '6.7', '9.2']) expect(text).toContain(id);
    await context.close();
  });
});

describe('importing', () => {
  it('uploading the scorecard sheet shows its 75 rows, and reload keeps them', async () => {
    const { page, context, requests } = await openPage(browser());
    await scorecardTable(page).waitFor();
    await startWithOwnData(page);
    await chooseFiles(page, ['scorecard-2015-12.csv']);
    await expect
      .poll(() => page.getByText('Scorecard sheet (Performance Summary)').first().isVisible())
      .toBe(true);
    expect(await page.getByText('75 of 75').first().isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Confirm import' }).click();
    await page.getByRole('link', { name: 'Scorecard', exact: true }).click();
    await scorecardTable(page).waitFor();
    expect(await indicatorRows(page).count()).toBe(75);
    expect(await rowOf(page, '2.8').innerText()).toContain(DOT_WORDS[oracle('2.8').rule_dot]);
    await expect.poll(() => page.getByText(/example/i).count()).toBe(0);

    await page.reload();
    await scorecardTable(page).waitFor();
    expect(await indicatorRows(page).count()).toBe(75);
    expect(await rowOf(page, '2.5').innerText()).toContain(RAG_WORDS[oracle('2.5').rule_rag]);

    const origin = new URL(baseURL()).origin;
    expect(
      requests.filter(
        (u) => !u.startsWith(origin) && !u.startsWith('blob:') && !u.startsWith('data:'),
      ),
    ).toEqual([]);
    await context.close();
  });

  it('a Performance Summary as saved from Excel (titles, two header rows) shows its scorecard', async () => {
    const { page, context, errors } = await openPage(browser());
    await scorecardTable(page).waitFor();
    await startWithOwnData(page);
    await chooseFiles(page, ['edge/summary-saved-from-excel.csv']);
    const report = page.getByRole('region', { name: 'summary-saved-from-excel.csv', exact: true });
    await expect.poll(() => report.innerText()).toContain('Scorecard sheet (Performance Summary)');
    const text = await report.innerText();
    expect(text).toContain('Header on lines 5-6; lines 1-3 above it (titles) were not read.');
    expect(text).toContain('75 of 75');
    expect(text).toMatch(/Problems\s*None/);
    await page.getByRole('button', { name: 'Confirm import' }).click();
    await page.getByRole('link', { name: 'Scorecard', exact: true }).click();
    await scorecardTable(page).waitFor();
    expect(await indicatorRows(page).count()).toBe(75);
    const sections = await scorecardTable(page)
      .locator('tbody tr:not(:has(th[scope="row"]))')
      .allTextContents();
    expect(sections.map((t) => t.trim())).toEqual(
      expect.arrayContaining(['CONTACT & REFERRAL (MASH)', 'ASSESSMENTS', 'CIN']),
    );
    for (const id of ['2.5', '2.8', '7.5', '11.4']) {
      const e = oracle(id);
      const row = await rowOf(page, id).innerText();
      expect(row, `row ${id}`).toContain(DOT_WORDS[e.rule_dot]);
      expect(row, `row ${id}`).toContain(RAG_WORDS[e.rule_rag]);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a file with one bad cell reports its line and column and imports the rest', async () => {
    const { page, context } = await openPage(browser());
    await scorecardTable(page).waitFor();
    await startWithOwnData(page);
    await chooseFiles(page, ['catalogue-2015.csv', 'edge/bad-number.csv']);
    const problems = page.getByRole('table', { name: 'Problems in bad-number.csv' });
    // Severity, file, line, column, what to do: the typo "4o.2" is on line 4, column "value".
    const cells = await problems.locator('tbody tr').first().locator('td').allInnerTexts();
    expect(cells.slice(0, 4)).toEqual(['Error', 'bad-number.csv', '4', 'value']);
    expect(cells[4]).toMatch(/"4o\.2" is not a number\. Correct the cell/);
    expect(await problems.locator('tbody tr').count()).toBe(1);
    const report = page.getByRole('region', { name: 'bad-number.csv', exact: true });
    expect(await report.getByText('5 of 6').isVisible()).toBe(true);
    // An error remains: Confirm asks the user to say they understand the row is left out.
    await page.getByRole('checkbox', { name: 'I understand the 1 error will be left out' }).check();
    await page.getByRole('button', { name: 'Confirm import' }).click();
    await page.getByRole('link', { name: 'Scorecard', exact: true }).click();
    await scorecardTable(page).waitFor();
    expect(await rowOf(page, '2.5').innerText()).toContain('80.4%');
    await context.close();
  });

  it('re-importing a revised month shows every revision before confirming', async () => {
    const { page, context } = await openPage(browser());
    await scorecardTable(page).waitFor();
    await startWithOwnData(page);
    await chooseFiles(page, ['scorecard-2015-12.csv']);
    await page.getByRole('button', { name: 'Confirm import' }).click();
    await fileInput(page).setInputFiles([fixturePath('edge/revised-2015-12.csv')]);
    await page.getByRole('heading', { name: 'Check the import' }).waitFor();
    const revisions = await page.getByRole('table', { name: 'Revised values' }).innerText();
    expect(revisions).toContain('Dec-15: 1,041 becomes 1,052');
    expect(revisions).toContain('Nov-15: 28.2% becomes 28.4%');
    expect(revisions).not.toContain('Nov-15: 1,029');
    await page.getByRole('button', { name: 'Confirm import' }).click();
    await page.getByRole('button', { name: /undo/i }).waitFor();
    await page.getByRole('link', { name: 'Scorecard', exact: true }).click();
    expect(await rowOf(page, '2.1').innerText()).toContain('1,052');
    await context.close();
  });
});

describe('accessibility (WCAG 2.2 AA, axe-core)', () => {
  it.each([
    ['scorecard', '/'],
    ['import', '/import'],
  ])('the %s screen has no violations', async (_name, path) => {
    const { page, context } = await openPage(browser(), path);
    await page.locator('main h1').first().waitFor();
    await page.waitForTimeout(300);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('the import review has no violations', async () => {
    const { page, context } = await openPage(browser(), '/import');
    await fileInput(page).setInputFiles([fixturePath('edge/bad-number.csv')]);
    await page.getByRole('heading', { name: 'Check the import' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('privacy', () => {
  it('the built page carries the Content-Security-Policy', async () => {
    const html = await (await fetch(baseURL() + '/')).text();
    expect(html).toMatch(
      /<meta http-equiv="Content-Security-Policy" content="default-src 'self'[^"]*connect-src 'self'/,
    );
  });
});
