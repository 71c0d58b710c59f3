/**
 * Issue 4 in a real browser: meeting mode, the committee pack printed to PDF by Chromium, and the
 * scorecard CSV export read back by our own importer.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, baseURL, openPage, sharedBrowser } from './browser';

const browser = sharedBrowser();

const heading = (page: Page) => page.locator('main h1').first();

const DOT_WORDS = [
  'Improving',
  'Worsening',
  'No change',
  'Increasing',
  'Decreasing',
  'Not comparable',
  'New',
];
const RAG_WORDS = ['Red', 'Amber', 'Green', 'No target', 'No data', 'Target tbc'];

const scorecardTable = (page: Page) =>
  page
    .locator('table')
    .filter({ has: page.locator('caption') })
    .first();
const rowOf = (page: Page, id: string) =>
  scorecardTable(page)
    .locator('tbody tr')
    .filter({ has: page.locator(`td.id:text-is("${id}")`) });

/** The DOT and RAG words shown in a scorecard row (from its DOT and RAG cells). */
async function statusOf(page: Page, id: string): Promise<{ dot: string; rag: string }> {
  const row = rowOf(page, id);
  const dot = (await row.locator('.dot__word').innerText()).trim();
  const rag = (await row.locator('.rag-tag').first().innerText()).trim();
  return { dot, rag };
}

describe('meeting mode', () => {
  it('moves with the arrow keys and leaves with Escape', async () => {
    const { page, context, errors } = await openPage(browser(), '/meeting/2.1');
    await expect.poll(() => heading(page).innerText()).toMatch(/^2\.1 Number of contacts/);
    await expect.poll(() => page.getByText(/^1 of \d+$/).isVisible()).toBe(true);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => heading(page).innerText()).toMatch(/^2\.2 /);
    expect(
      await page.getByRole('status').filter({ hasText: 'Indicator 2 of' }).innerText(),
    ).toContain('2.2');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => heading(page).innerText()).toMatch(/^2\.1 /);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => heading(page).innerText()).toMatch(/^2\.1 /);
    await page.keyboard.press('Escape');
    await expect.poll(() => new URL(page.url()).pathname).toBe('/');
    await scorecardTable(page).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens from the navigation at the first indicator', async () => {
    const { page, context } = await openPage(browser(), '/');
    await scorecardTable(page).waitFor();
    await page.getByRole('link', { name: 'Meeting mode' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/meeting/2.1');
    await context.close();
  });

  it('has no axe violations', async () => {
    const { page, context } = await openPage(browser(), '/meeting/2.8');
    await expect.poll(() => heading(page).innerText()).toMatch(/^2\.8 /);
    await page.locator('.recharts-surface').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('committee pack', () => {
  it('prints to PDF with the scorecard first and one indicator per page', async () => {
    const { page, context, errors } = await openPage(browser(), '/indicator/2.8');
    // A realistic commentary (about 150 words) must still leave 2.8 on one page.
    const commentary = (
      'Re-referrals rose again because two large sibling groups were referred a second time ' +
      'after earlier closures, and the service is auditing the decisions made at the front door. '
    ).repeat(5);
    await page.getByLabel('Performance analysis for December 2015').fill(commentary);
    await page.getByRole('button', { name: 'Save commentary' }).click();
    await page.getByRole('link', { name: 'Print pack' }).click();
    await page.getByRole('group', { name: 'Sections to include' }).waitFor();
    await page.getByRole('button', { name: 'Clear all sections' }).click();
    await page.getByRole('checkbox', { name: /^CONTACT & REFERRAL \(MASH\)/ }).check();
    const indicators = await page.locator('article.pack-indicator').count();
    expect(indicators).toBeGreaterThanOrEqual(5);
    await expect
      .poll(() => page.getByRole('article', { name: /^2\.8 / }).innerText())
      .toContain('auditing the decisions');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.pack-controls').isVisible()).toBe(false);
    expect(await page.locator('.site-header').isVisible()).toBe(false);

    // Nothing is wider than A4 landscape inside its margins (273 mm), or Chromium would shrink
    // the whole pack to fit and every page would print smaller than designed.
    await page.setViewportSize({ width: 1031, height: 700 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      1031,
    );

    const pdfPages = async () => {
      const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
      const text = pdf.toString('latin1');
      expect(text.startsWith('%PDF-')).toBe(true);
      return text.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
    };
    // The front matter alone (indicator pages left out: cover, contents, RAG summary and the
    // section's one scorecard page), then the whole pack: exactly one more page per indicator,
    // so an indicator that spilled onto a second sheet fails here. The key messages print on
    // their own page before the summary (issue 13): counted in looking-ahead.e2e.ts and
    // pack.e2e.ts, left out here.
    await page.addStyleTag({ content: '.pack-key-messages { display: none !important; }' });
    const hide = await page.addStyleTag({
      content: 'article.pack-indicator { display: none !important; }',
    });
    const summaryPages = await pdfPages();
    expect(summaryPages).toBe(4);
    await hide.evaluate((el) => (el as Element).remove());
    expect(await pdfPages()).toBe(summaryPages + indicators);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('has no axe violations on screen', async () => {
    const { page, context } = await openPage(browser(), '/pack');
    await page.getByRole('group', { name: 'Sections to include' }).waitFor();
    await page.getByRole('button', { name: 'Clear all sections' }).click();
    await page.getByRole('checkbox', { name: /^ASSESSMENTS/ }).check();
    await page.locator('article.pack-indicator .recharts-surface').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('exports a CSV that our importer reads back with the same DOT and RAG', async () => {
    const ids = ['2.1', '2.3', '2.5', '2.8', '3.3', '6.11', '7.5', '11.4', '11.6', '12.1'];
    const { page, context } = await openPage(browser(), '/');
    await scorecardTable(page).waitFor();
    const before = new Map<string, { dot: string; rag: string }>();
    for (const id of ids) before.set(id, await statusOf(page, id));
    for (const s of before.values()) {
      expect(DOT_WORDS).toContain(s.dot);
      expect(RAG_WORDS).toContain(s.rag);
    }

    await page.getByRole('link', { name: 'Print pack' }).click();
    await page.getByRole('group', { name: 'Sections to include' }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download scorecard CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('scorecard-2015-12.csv');
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.replace(/^\uFEFF/, '').split('\r\n')[0]).toMatch(
      /^No\.,Section,Indicator,Good perf is,Data note,Oct-15,Nov-15,Dec-15,YTD,YTD note,DOT,RAG,Red,Amber,Green,2013\/14,2014\/15,/,
    );
    expect(csv).toContain(`"'+/-5 of 158.8"`);

    await page.goto(baseURL() + '/');
    await scorecardTable(page).waitFor();
    await page.getByRole('button', { name: /start with my own data/i }).click();
    const confirm = page
      .getByRole('button', { name: /yes|clear|remove the example|start/i })
      .last();
    if (await confirm.isVisible().catch(() => false)) await confirm.click();
    await page.goto(baseURL() + '/import');
    await page.getByLabel('CSV files to import').setInputFiles({
      name: 'scorecard-2015-12.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv, 'utf8'),
    });
    await page.getByRole('heading', { name: 'Check the import' }).waitFor();
    await page.getByRole('button', { name: 'Confirm import' }).click();
    await page.getByRole('link', { name: 'Scorecard', exact: true }).click();
    await scorecardTable(page).waitFor();
    await expect.poll(() => page.getByText(/example/i).count()).toBe(0);
    for (const id of ids) expect(await statusOf(page, id), `row ${id}`).toEqual(before.get(id));
    await context.close();
  });
});
