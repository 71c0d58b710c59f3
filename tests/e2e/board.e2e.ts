/**
 * The safeguarding board's view (issue 12) in a real browser: the December 2015 report with the
 * partner agencies' catalogue and returns of fixtures/board/ imported through the Import screen.
 * The tracker shows Health late and LADO awaiting; the scorecard and meeting mode say "Awaiting
 * data from Health (due 20 Jan)" and mark the rows on the board's RAG; a template downloaded for
 * Health, filled in and imported, turns Health's December to received; the CP-plan breakdown
 * renders with its table, against March 2014 and England; axe on each screen.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, baseURL, importAndConfirm, openPage, sharedBrowser } from './browser';
import { rowOf, spillingCells } from './scorecard-page';

const browser = sharedBrowser();
let page: Page;
beforeAll(async () => {
  ({ page } = await openPage(browser()));
  await importFiles(page, [
    'catalogue-2015.csv',
    'detail-monthly-2015.csv',
    'scorecard-2015-12.csv',
    'benchmarks-2015.csv',
    'board/catalogue-board.csv',
    'board/benchmarks-board.csv',
    'board/police-2015-12.csv',
    'board/health-2015-11.csv',
    'board/lado-2015-09.csv',
    'board/breakdown-cp-duration.csv',
    'board/d5-cpps-by-duration-england.csv',
    'board/breakdown-referral-source.csv',
  ]);
});
async function importFiles(p: Page, files: string[]) {
  await p.getByRole('link', { name: 'Import', exact: true }).click();
  await importAndConfirm(p, files);
}

const nav = (p: Page, name: string) =>
  p.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).click();

async function openTracker(p: Page) {
  await nav(p, 'Completeness');
  await p.getByRole('heading', { level: 1, name: "Completeness of partners' data" }).waitFor();
  // The board meets on 25 January 2016: December's monthly returns were due on the 20th.
  await p.getByLabel('Checked on', { exact: true }).fill('2016-01-25');
}

const agencyRow = (p: Page, name: string) =>
  p
    .getByRole('table', { name: /Returns due at each month's end/ })
    .getByRole('row')
    .filter({ has: p.getByRole('rowheader', { name, exact: true }) });

describe("the board's completeness tracker", () => {
  it('shows Health late by 5 days, LADO awaiting and Police received, as at December 2015', async () => {
    await openTracker(page);
    const table = page.getByRole('table', { name: /Returns due at each month's end/ });
    await expect
      .poll(() => table.textContent())
      .toContain('July 2015 to December 2015, as checked on 25 Jan 2016');
    const cells = (name: string) => agencyRow(page, name).getByRole('cell').allInnerTexts();
    expect((await cells('Health')).at(-1)).toMatch(/^Late\s+0 of 2; due 20 Jan 2016, 5 days late$/);
    expect((await cells('LADO')).at(-1)).toMatch(/^Awaiting\s+0 of 2; due 30 Jan 2016$/);
    expect((await cells('Police')).at(-1)).toMatch(/^Received\s+2 of 2$/);
    // LADO returns quarterly: nothing is due at the end of October.
    expect((await cells('LADO'))[3]).toBe('Not due');

    const outstanding = page.getByRole('region', { name: 'Outstanding returns' }).or(
      page.locator('section', {
        has: page.getByRole('heading', { name: 'Outstanding returns' }),
      }),
    );
    const items = await outstanding.getByRole('listitem').allInnerTexts();
    expect(items[0]).toMatch(
      /^Health, December 2015: 5 days late \(due 20 Jan 2016\)\. Missing: H1 /,
    );
    expect(items[1]).toMatch(/^LADO, Oct-Dec 2015: awaiting, due 30 Jan 2016\./);
    // How each agency is doing in December: Police's P2 Amber (on the two tests), P1 no target;
    // Health's two figures not in (No data); the council's 75 indicators.
    const rag = page.getByRole('table', { name: /^RAG by agency as at December 2015/ });
    const ragRow = (name: string) =>
      rag
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name, exact: true }) })
        .getByRole('cell')
        .allInnerTexts();
    expect(await rag.getByRole('columnheader').allInnerTexts()).toEqual([
      'Agency',
      'Red',
      'Amber',
      'Green',
      'No data',
      'No target',
      'Target tbc',
      'Indicators',
    ]);
    expect(await ragRow('Police')).toEqual(['0', '1', '0', '0', '1', '0', '2']);
    expect(await ragRow('Health')).toEqual(['0', '0', '0', '2', '0', '0', '2']);
    expect((await ragRow("Children's social care")).at(-1)).toBe('75');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('gives Health a template that imports back and turns December to received', async () => {
    await openTracker(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the Health template' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('return-health-2015-12.csv');
    const text = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
    const lines = text.trim().split(/\r\n/);
    expect(lines).toEqual([
      'indicator_id,indicator,period,value,numerator,denominator,note,agency',
      'H1,% of initial health assessments within 20 working days,2015-12,,,,,Health',
      'H2,% of looked-after children with an up-to-date dental check,2015-12,,,,,Health',
    ]);
    // Health fills it in: 28 of 33 assessments on time; dental checks 89.9%.
    const filled = [
      lines[0],
      lines[1]!.replace(',,,,,Health', ',,28,33,,Health'),
      lines[2]!.replace(',,,,,Health', ',89.9,,,,Health'),
    ];
    const file = join(mkdtempSync(join(tmpdir(), 'board-')), 'health-return-2015-12.csv');
    writeFileSync(file, filled.join('\r\n'));
    await importFiles(page, [file]);

    await openTracker(page);
    await expect
      .poll(async () => (await agencyRow(page, 'Health').getByRole('cell').allInnerTexts()).at(-1))
      .toMatch(/^Received\s+2 of 2$/);
    // Undo the return, so the next tests see Health's December missing again.
    await nav(page, 'Import');
    await page.getByRole('button', { name: 'Undo: Import of health-return-2015-12.csv' }).click();
    await openTracker(page);
    await expect
      .poll(async () => (await agencyRow(page, 'Health').getByRole('cell').allInnerTexts()).at(-1))
      .toMatch(/^Late/);
  });
});

describe("the file's agency with each value", () => {
  it('is kept through the import worker and in the exported workspace, with the markers and breakdowns', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export workspace' }).click(),
    ]);
    const file = JSON.parse(readFileSync((await download.path())!, 'utf8')) as {
      workspace: {
        observations: { indicatorId: string; period: string; provenance: { agency?: string } }[];
        markers: { indicatorId: string; marker: string; agency: string }[];
        breakdowns: unknown[];
      };
    };
    const { observations, markers, breakdowns } = file.workspace;
    const agencyOf = (id: string, period: string) =>
      observations.find((o) => o.indicatorId === id && o.period === period)?.provenance.agency;
    expect([
      agencyOf('P1', '2015-12'),
      agencyOf('H1', '2015-11'),
      agencyOf('2.1', '2015-12'),
    ]).toEqual(['police', 'health', undefined]);
    expect(markers.map((m) => [m.indicatorId, m.marker, m.agency])).toEqual([['L2', 'c', 'lado']]);
    expect(breakdowns).toHaveLength(28);
  });
});

describe('the scorecard and meeting mode', () => {
  it('say "Awaiting data from Health (due 20 Jan)" instead of a dash, and mark the board RAG', async () => {
    await nav(page, 'Scorecard');
    const h1 = rowOf(page, 'H1');
    await expect.poll(() => h1.textContent()).toContain('Awaiting data from Health (due 20 Jan)');
    expect(await rowOf(page, 'L1').textContent()).toContain('Awaiting data from LADO (due 30 Jan)');
    // The chosen month's column is wide enough to say so, and "Not comparable" (their DOT) wraps
    // in its column: nothing spills over the next one.
    expect(await spillingCells(page)).toEqual([]);
    // P2 is rated on the board's two tests; its December figure is in.
    const p2 = rowOf(page, 'P2');
    expect(await p2.textContent()).not.toContain('Awaiting');
    await p2.getByRole('button', { name: 'Board RAG' }).focus();
    await expect
      .poll(() =>
        page.getByRole('tooltip').filter({ hasText: "the safeguarding board's two tests" }).count(),
      )
      .toBe(1);
    expect(await rowOf(page, '2.8').getByRole('button', { name: 'Board RAG' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  it("meeting mode says it on the slide, and the indicator's page under its headline", async () => {
    await page.goto(`${baseURL()}/meeting/H1`);
    const slide = page.getByRole('article');
    await expect
      .poll(() => slide.textContent())
      .toContain('Awaiting data from Health (due 20 Jan)');
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`${baseURL()}/indicator/H1`);
    await expect
      .poll(() => page.getByRole('main').textContent())
      .toContain('Awaiting data from Health (due 20 Jan)');
  });
});

describe("a view rated on the board's two tests", () => {
  it('marks every row Board RAG and says so under the heading; the full scorecard keeps the target rule', async () => {
    await page.goto(`${baseURL()}/views`);
    await page.getByRole('button', { name: 'Make a view' }).click();
    await page.getByLabel('Title').fill('Board key indicators');
    await page.getByLabel('For (audience)').fill('Safeguarding board');
    await page.getByLabel(/Rate on the board's two tests/).check();
    await page
      .getByRole('group', { name: 'Indicators tagged' })
      .getByLabel('LSCB key', { exact: true })
      .check();
    await page.getByRole('button', { name: 'Save the view' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved the view' }).waitFor();
    await page.goto(`${baseURL()}/?view=board-key-indicators`);
    await expect
      .poll(() => page.locator('.view-heading').textContent())
      .toContain('Board RAG (local target and England)');
    // H2 (dental checks) is on the target rule in the catalogue; in this view, the two tests.
    await expect
      .poll(() => rowOf(page, 'H2').getByRole('button', { name: 'Board RAG' }).count())
      .toBe(1);
    await page.goto(`${baseURL()}/`);
    await expect.poll(() => rowOf(page, 'P2').textContent()).toContain('Board RAG');
    expect(await rowOf(page, 'H2').getByRole('button', { name: 'Board RAG' }).count()).toBe(0);
  });
});

describe('a breakdown on the indicator page', () => {
  it('shows CP plans by length of time: March 2015 against March 2014 and England, with its table', async () => {
    await page.goto(`${baseURL()}/indicator/6.1`);
    await page.getByRole('heading', { level: 2, name: 'Breakdowns' }).waitFor();
    const table = page.getByRole('table', { name: /by length of time on plan, March 2015/ });
    const row = (category: string) =>
      table
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: category, exact: true }) })
        .getByRole('cell')
        .allInnerTexts();
    // 156 of 426 = 36.6%; March 2014: 113 of 388 = 29.1%; England 2014/15 30.4%: 6.2 points higher.
    expect(await row('3 months or less')).toEqual([
      '156',
      '36.6%',
      '113',
      '29.1%',
      '30.4%',
      '6.2 points higher',
    ]);
    // 19 of 388 a year earlier is not this year's small number; this year's 23 is not either.
    expect(await row('2 years or more')).toEqual([
      '23',
      '5.4%',
      '19',
      '4.9%',
      '2.3%',
      '3.1 points higher',
    ]);
    await expect
      .poll(() =>
        page
          .getByText(
            "The categories add up to 426, 3 more than the indicator's 423 for the period.",
          )
          .count(),
      )
      .toBe(1);
    expect(
      await page
        .getByRole('img', {
          name: /Bar chart of 5 categories of length of time on plan, March 2015 against March 2014 and England/,
        })
        .count(),
    ).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('sets the share ending in no further action beside each referral source', async () => {
    await page.goto(`${baseURL()}/indicator/2.2`);
    const table = page.getByRole('table', { name: /by referral source, December 2015/ });
    await table.waitFor();
    const headers = await table.getByRole('columnheader').allInnerTexts();
    expect(headers.at(-1)).toBe('3.6 % of completed assessments ending in - No further action');
    // Police: 145 of 485 referrals (29.9%); a year earlier 160 of 480 (33.3%); 40 of 105 of the
    // assessments that followed ended in no further action (38.1%). No England figures by source.
    const police = await table
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'Police', exact: true }) })
      .getByRole('cell')
      .allInnerTexts();
    expect(police).toEqual(['145', '29.9%', '160', '33.3%', '38.1%\n40 of 105']);
    expect(await axeViolations(page)).toEqual([]);
  });
});
