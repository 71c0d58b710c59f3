/**
 * Issue 10 (6) and issue 11 (baselines and breaks) in Chromium: the import report's error summary
 * and two-step Confirm, an .xlsx read in the worker (its reader fetched only then), a .xls named
 * as a workbook; and a series break marked on 9.1 changing its verdict and kept after a reload.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  axeViolations,
  baseURL,
  fixturePath,
  openPage,
  sharedBrowser,
  startWithOwnData,
} from './browser';
import { rowOf, scorecardTable } from './scorecard-page';

const browser = sharedBrowser();

/** An Excel 97-2003 workbook's first bytes (the OLE2 signature). */
const xls = {
  name: 'Scorecard Dec 15.xls',
  mimeType: 'application/vnd.ms-excel',
  buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0x3e, 0, 3, 0]),
};

const focusedText = (page: Page) =>
  page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

describe('the import report', () => {
  it('summarises the problems, confirms in two steps, and reads an .xlsx sheet by sheet', async () => {
    const { page, context, errors, requests } = await openPage(browser());
    await scorecardTable(page).waitFor();
    await startWithOwnData(page);
    await page.goto(baseURL() + '/import');
    const before = requests.length;
    await page
      .getByLabel('CSV files to import')
      .setInputFiles([
        fixturePath('catalogue-2015.csv'),
        fixturePath('detail-monthly-2015.csv'),
        fixturePath('import/monthly-2016-01.xlsx'),
        fixturePath('edge/bad-number.csv'),
      ]);
    await page.getByRole('heading', { level: 1, name: 'Check the import' }).waitFor();

    // The workbook's sheet, read in the worker as a CSV file.
    const sheet = page.getByRole('region', { name: 'monthly-2016-01.xlsx, sheet Monthly values' });
    expect(await sheet.innerText()).toMatch(/Recognised as\s+Monthly values/);
    expect(await sheet.innerText()).toMatch(/Rows accepted\s+3 of 3/);
    // The zip reader came in its own file, fetched only now a workbook was dropped.
    // (fflate's chunk is named after its browser build: browser-<hash>.js.)
    const zipReader = (u: string) => /\/assets\/browser-[\w-]+\.js$/.test(u);
    expect(requests.slice(0, before).some(zipReader)).toBe(false);
    expect(requests.slice(before).some(zipReader)).toBe(true);

    // The error summary has focus; its link moves focus to the bad line's row.
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await summary.waitFor();
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
    await summary.getByRole('link', { name: /^bad-number\.csv: Line 4/ }).click();
    expect(await focusedText(page)).toMatch(
      /^Errorbad-number\.csv4valueLine 4, column "value": "4o\.2" is not a number/,
    );
    expect(await axeViolations(page)).toEqual([]);

    // Confirm: what happens, then a second step while an error remains.
    const confirm = page.getByRole('button', { name: 'Confirm import' });
    expect(await page.locator('#import-outcome').innerText()).toBe(
      'Import all 4 files. The row or cell with 1 error in bad-number.csv will be left out; the rest is imported.',
    );
    await confirm.click();
    const box = page.getByRole('checkbox', { name: 'I understand the 1 error will be left out' });
    await page.getByText('Tick the box to say you understand').waitFor();
    expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await box.check();
    await confirm.click();
    await page.getByRole('status').filter({ hasText: 'Imported 4 files' }).waitFor();

    // January 2016 from the workbook is on the scorecard: 9.1 at 75.3%.
    await page.getByRole('link', { name: 'Scorecard', exact: true }).click();
    await scorecardTable(page).waitFor();
    await expect.poll(() => rowOf(page, '9.1').innerText()).toContain('75.3%');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('names a .xls workbook instead of showing its bytes; nothing to import, Confirm disabled', async () => {
    const { page, context } = await openPage(browser());
    await scorecardTable(page).waitFor();
    await page.goto(baseURL() + '/import');
    await page.getByLabel('CSV files to import').setInputFiles([xls]);
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await summary.waitFor();
    expect(await summary.innerText()).toContain(
      'Scorecard Dec 15.xls: This is an Excel workbook in the old .xls format (Excel 97-2003), not a CSV file. Save the sheet as CSV',
    );
    await summary.getByRole('link').click();
    expect(await focusedText(page)).toBe('Scorecard Dec 15.xls');
    expect(await page.getByRole('button', { name: 'Confirm import' }).isDisabled()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('a series break marked on 9.1', () => {
  it('recalculates its limits, changes its verdict on the scorecard, and is kept after a reload', async () => {
    const { page, context, errors } = await openPage(browser(), '/indicator/9.1');
    const section = page.getByRole('region', { name: 'Signal or noise' });
    await section.waitFor();
    // The chart and verdicts render just after the page's first paint.
    await expect.poll(() => section.innerText()).toContain('Special cause improvement');

    await section.getByLabel('First month of the new period').selectOption({ label: 'July 2015' });
    await section.getByRole('radio', { name: 'New recording system' }).check();
    await section.getByRole('button', { name: 'Mark series break' }).click();
    await section
      .getByText(
        'Only 6 months since July 2015 (New recording system): process limits need at least 13 months',
      )
      .first()
      .waitFor();
    // The chart draws the break with its reason.
    await section
      .locator('svg text')
      .filter({ hasText: 'Break: New recording system' })
      .first()
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // Saved: a reload (a new read from IndexedDB) shows the break and the recalculated verdict.
    await page.waitForTimeout(1500);
    await page.reload();
    await section.waitFor();
    await expect
      .poll(() => section.innerText())
      .toContain('Series break from July 2015: New recording system');
    expect(await section.innerText()).toContain('Only 6 months since July 2015');

    // Run length and minimum points are set for every indicator on the Import page.
    await section.getByRole('link', { name: 'change these for every indicator' }).click();
    const heading = page.getByRole('heading', { name: 'Signal or noise settings' });
    await heading.waitFor();
    await expect.poll(() => heading.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(baseURL() + '/');
    await scorecardTable(page).waitFor();
    expect(await rowOf(page, '9.1').innerText()).toContain('No verdict');
    expect(errors).toEqual([]);
    await context.close();
  });
});
