/**
 * Issue 10, the scorecard that reads like the printed one, on a 1366x768 laptop in Chromium:
 * the first indicator row is on the first screen, names take at most two lines, and nothing
 * scrolls sideways, even once every benchmark is out of date; search and sort in the address.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { axeViolations, baseURL, fixturePath, sharedBrowser } from './browser';
import { indicatorRows, rowOf, scorecardTable, spillingCells } from './scorecard-page';

const browser = sharedBrowser();

const LAPTOP = { width: 1366, height: 768 };

async function openLaptop(path = '/'): Promise<Page> {
  const context = await browser().newContext({ viewport: LAPTOP });
  const page = await context.newPage();
  await page.goto(baseURL() + path);
  await scorecardTable(page).waitFor();
  return page;
}

const documentWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

/** Lines each indicator name takes on screen: its height over its line height. */
const nameLines = (page: Page) =>
  page.locator('table.scorecard .indicator-name').evaluateAll((links) =>
    links.map((link) => {
      const style = getComputedStyle(link);
      const lineHeight = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.4;
      return {
        name: link.textContent ?? '',
        lines: Math.round(link.getBoundingClientRect().height / lineHeight),
      };
    }),
  );

describe('the scorecard at 1366x768', () => {
  it('shows the first indicator row on first load, names in two lines at most, no sideways scroll', async () => {
    const page = await openLaptop();
    const first = indicatorRows(page).first();
    const box = await first.boundingBox();
    expect(box).not.toBeNull();
    // The whole of the first row (2.1 Number of contacts) is inside the first screen.
    expect(box!.y + box!.height).toBeLessThanOrEqual(LAPTOP.height);
    expect(await first.locator('td.id').innerText()).toBe('2.1');

    const lines = await nameLines(page);
    expect(lines).toHaveLength(75);
    expect(lines.filter((l) => l.lines > 2)).toEqual([]);
    // Long names are cut on screen, not in the page: 2.4's whole name is its link's text and title.
    const long =
      'Rate of referrals per 10,000 population aged under 18 - rolling 12 month performance';
    const link = rowOf(page, '2.4').getByRole('link', { name: long });
    expect(await link.getAttribute('title')).toBe(long);
    expect(lines.find((l) => l.name === long)?.lines).toBe(2);

    expect(await documentWidth(page)).toBeLessThanOrEqual(LAPTOP.width);
    // The columns have set widths (decisions.md): every figure and word fits in its own cell.
    expect(await spillingCells(page)).toEqual([]);
    // The signal columns are there, and so are the benchmark columns at the right.
    const headers = await scorecardTable(page).locator('thead th').allInnerTexts();
    expect(headers.join(' | ')).toMatch(/Variation \| Assurance/);
    expect(headers.join(' | ')).toMatch(/Top\s+quartile/);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('does not scroll sideways once the benchmarks are out of date', async () => {
    const page = await openLaptop();
    // The December 2015 report with one more figure, for May 2017: the scorecard opens at May
    // 2017, when the 2014/15 benchmarks are older than the latest two financial years (2017/18
    // and 2016/17) and every benchmark column says "out of date" (the widest they get).
    const folder = mkdtempSync(join(tmpdir(), 'layout-1366-'));
    const later = join(folder, 'contacts-may-2017.csv');
    writeFileSync(later, 'indicator_id,period,value\n2.1,2017-05,1012\n', 'utf8');
    await page.goto(baseURL() + '/import');
    await page
      .getByLabel('CSV files to import')
      .setInputFiles([
        ...['catalogue-2015.csv', 'scorecard-2015-12.csv', 'benchmarks-2015.csv'].map(fixturePath),
        later,
      ]);
    await page.getByRole('heading', { level: 1, name: 'Check the import' }).waitFor();
    await page.getByRole('button', { name: 'Confirm import' }).click();
    await page.getByRole('status').filter({ hasText: 'Imported' }).first().waitFor();
    await page.getByRole('link', { name: 'Scorecard', exact: true }).click();
    await scorecardTable(page).waitFor();
    await expect
      .poll(() => scorecardTable(page).locator('caption').innerText())
      .toContain('May 2017');
    // The four benchmark columns say "(2014/15, out of date)" under their names.
    const headers = await scorecardTable(page).locator('thead th').allInnerTexts();
    expect(headers.filter((h) => /\(2014\/15,\s+out of date\)/.test(h))).toHaveLength(4);
    expect(await documentWidth(page)).toBeLessThanOrEqual(LAPTOP.width);
    expect(await spillingCells(page)).toEqual([]);
    const lines = await nameLines(page);
    expect(lines.filter((l) => l.lines > 2)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('keeps a search and a sort in the address, and the table follows them', async () => {
    const page = await openLaptop();
    await page.getByRole('searchbox', { name: 'Search' }).fill('8.4');
    await expect.poll(() => page.url()).toContain('q=8.4');
    await expect.poll(() => indicatorRows(page).count()).toBe(1);
    expect(await rowOf(page, '8.4').isVisible()).toBe(true);

    // Reloading the address gives the same table: RAG sort, Reds first (2.5 is the first Red).
    await page.goto(baseURL() + '/?sort=rag');
    await scorecardTable(page).waitFor();
    expect(await page.getByRole('combobox', { name: 'Sort by' }).inputValue()).toBe('rag');
    expect(await indicatorRows(page).first().locator('td.id').innerText()).toBe('2.5');
    expect(await documentWidth(page)).toBeLessThanOrEqual(LAPTOP.width);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});
