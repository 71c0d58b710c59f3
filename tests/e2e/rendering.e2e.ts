/**
 * Issue 9, rendering: what a first visit loads, and a long scorecard (300 indicators) that paints
 * its first rows first on a month switch, while every row stays in the page (findable, under the
 * sticky header, accessible).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  axeViolations,
  importAndConfirm,
  openPage,
  sharedBrowser,
  startWithOwnData,
} from './browser';
import { catalogueLines, longFormLines } from '../../scripts/bench/generate';

const browser = sharedBrowser();

/** gzip (level 9) of a built file, as Vite and the benchmark count it. */
const gzipBytes = (url: string) =>
  gzipSync(readFileSync(resolve(process.cwd(), 'dist', new URL(url).pathname.slice(1))), {
    level: 9,
  }).length;

describe('a first visit', () => {
  it('loads at most 150 KB of JavaScript (gzip) and no importer, and opens the 75-row example', async () => {
    const { page, context, requests, errors } = await openPage(browser());
    await page
      .getByRole('table', { name: /as at month end December 2015: 75 of 75 indicators/ })
      .waitFor();
    await page.waitForLoadState('networkidle');
    const scripts = requests.filter((u) => u.endsWith('.js'));
    // The example arrives as data made at build time, not as CSV parsed in the page.
    expect(requests.some((u) => /\/assets\/example-workspace-[\w-]+\.json$/.test(u))).toBe(true);
    expect(scripts.filter((u) => /parse-file|demo|csv-export|parse\.worker/.test(u))).toEqual([]);
    const kb = scripts.reduce((n, u) => n + gzipBytes(u), 0) / 1000;
    expect(kb).toBeGreaterThan(50);
    expect(kb).toBeLessThanOrEqual(150);
    expect(errors).toEqual([]);
    await context.close();
  });
});

// 300 indicators (12 sections of 25) x 24 months from April 2020, made as the benchmark makes
// its 500 x 60 workspace. The last row is 12.25, "Number of open cases for measure 12.25".
const INDICATORS = 300;
const catalogue = catalogueLines(INDICATORS).join('\n');
const monthly = [...longFormLines(INDICATORS, 24, 2020)].join('\n');
/** The value the file holds for an indicator and month, as the monthly CSV says it. */
const valueIn = (id: string, month: string) =>
  monthly
    .split('\n')
    .find((l) => l.startsWith(`${id},${month},`))!
    .split(',')[2]!;

async function importLongWorkspace(page: Page) {
  await page.locator('table.scorecard').waitFor();
  await startWithOwnData(page);
  await importAndConfirm(page, [
    { name: 'catalogue-300.csv', mimeType: 'text/csv', buffer: Buffer.from(catalogue) },
    { name: 'monthly-300x24.csv', mimeType: 'text/csv', buffer: Buffer.from(monthly) },
  ]);
  await page.getByRole('link', { name: 'Scorecard', exact: true }).click();
}

/** The three month cells of an indicator's row (after No., Indicator and Good perf is). */
const monthCells = (page: Page, name: string) =>
  page
    .locator('table.scorecard tbody tr')
    .filter({ has: page.locator('th.indicator a', { hasText: new RegExp(`^${name}$`) }) })
    .locator('td.num')
    .evaluateAll((tds) => tds.slice(0, 3).map((td) => td.textContent));

describe('a scorecard of 300 indicators', () => {
  it('follows a month switch in every row, and every row stays in the page', async () => {
    const { page, context, errors } = await openPage(browser());
    await importLongWorkspace(page);
    const table = page.getByRole('table', { name: /as at month end March 2022: 300 of 300/ });
    await table.waitFor();
    const last = 'Number of open cases for measure 12.25';
    expect(await monthCells(page, last)).toEqual(
      ['2022-01', '2022-02', '2022-03'].map((m) => valueIn('12.25', m)),
    );

    await page
      .getByRole('combobox', { name: 'As at month end' })
      .selectOption({ label: 'September 2021' });
    await page.getByRole('table', { name: /as at month end September 2021/ }).waitFor();
    // The first row at once; the last row, far below the window, once its background render is in.
    expect(await monthCells(page, 'Number of children in measure 1.2')).toEqual(
      ['2021-07', '2021-08', '2021-09'].map((m) => valueIn('1.2', m)),
    );
    await expect
      .poll(() => monthCells(page, last))
      .toEqual(['2021-07', '2021-08', '2021-09'].map((m) => valueIn('12.25', m)));

    // Every row is in the page (none is left out while off screen): find-in-page reaches the last.
    expect(
      await page.evaluate(
        (text) => (window as { find?: (t: string) => boolean }).find?.(text),
        last,
      ),
    ).toBe(true);
    // The header row stays at the top of the window as the rows go by.
    await page.mouse.wheel(0, 4000);
    await expect
      .poll(() =>
        page.locator('table.scorecard thead').evaluate((h) => h.getBoundingClientRect().top),
      )
      .toBe(0);

    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
