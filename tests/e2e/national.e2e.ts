/**
 * Comparisons with published national data (SPEC 2.5) in a real browser, from the real DfE files
 * in fixtures/national: the council's own data with the c1 referrals file and the 2025
 * statistical-neighbour model; Rotherham (372) chosen on the Import screen; 2.8 re-referrals
 * mapped to rereferral_percent on its page; the rank sentence and the neighbours' table; the
 * derived SN average and England on the scorecard; both choices kept after a reload; axe.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  axeViolations,
  baseURL,
  importAndConfirm,
  openPage,
  savedRecord,
  sharedBrowser,
  startWithOwnData,
} from './browser';
import { rowOf, scorecardTable } from './scorecard-page';

const browser = sharedBrowser();

const C1 = 'national/c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv';
const NEIGHBOURS = 'national/sn_model_2025_wide.csv';
/** The file has one category, so the choice is labelled by the measure alone. */
/** rereferral_percent, as the picker names it. */
const MEASURE = 'Re-referrals within 12 months (%)';

const select = (page: Page, name: string) => page.getByRole('combobox', { name, exact: true });
const nationalSection = (page: Page) =>
  page.getByRole('region', { name: 'Compared with published national data' });
const comparisonTable = (page: Page) =>
  nationalSection(page).getByRole('table', { name: /Rotherham and its statistical neighbours/ });

/** The national settings as the app saved them in this browser's IndexedDB. */
async function savedSettings(page: Page) {
  const ws = await savedRecord<{
    ownLa?: string | null;
    nationalMappings?: { measure: string }[];
  }>(page, 'current');
  return {
    ownLa: ws?.ownLa ?? null,
    measures: (ws?.nationalMappings ?? []).map((m) => m.measure),
  };
}

/** The value cell of a row of the comparison table, by its row header. */
async function tableValue(page: Page, rowHeader: string): Promise<string> {
  const row = comparisonTable(page)
    .locator('tr')
    .filter({ has: page.getByRole('rowheader', { name: rowHeader, exact: true }) });
  return (await row.locator('td').first().innerText()).trim();
}

/** The header and 2.8's cell of the scorecard column whose header starts with `start`. */
async function scorecardColumn(page: Page, start: string) {
  const headers = (await scorecardTable(page).locator('thead th').allInnerTexts()).map((t) =>
    t.replace(/\s+/g, ' ').trim(),
  );
  const index = headers.findIndex((h) => h.startsWith(start));
  if (index < 0) throw new Error(`no column ${start} in ${headers.join(' | ')}`);
  const cell = await rowOf(page, '2.8').locator(':scope > *').nth(index).innerText();
  return { header: headers[index]!, cell: cell.replace(/\s+/g, ' ').trim() };
}

describe('comparisons with published national data', () => {
  it('own LA on the Import screen, a measure on the indicator page, the scorecard, a reload', async () => {
    const { page, context, errors } = await openPage(browser());
    await startWithOwnData(page);
    await importAndConfirm(page, ['catalogue-2015.csv', 'detail-monthly-2015.csv', C1, NEIGHBOURS]);

    // The Import screen: the setting, and the files it reads.
    const settings = page.getByRole('region', { name: 'Comparisons with published national data' });
    await settings.waitFor();
    const files = await settings.getByRole('listitem').allInnerTexts();
    expect(files.join('\n')).toMatch(
      /c1_children_in_need_referrals_and_rereferrals_2013_to_2025\.csv: published national data, \d+ measures, 2012\/13 to 2024\/25/,
    );
    expect(files.join('\n')).toMatch(
      /sn_model_2025_wide\.csv: statistical neighbours of 15\d local authorities/,
    );
    expect(await select(page, 'Your local authority').inputValue()).toBe('');
    await select(page, 'Your local authority').selectOption({ label: 'Rotherham (372)' });
    await page
      .locator('p.import-status')
      .filter({ hasText: 'Your local authority is now Rotherham (372).' })
      .waitFor();
    await expect.poll(() => savedSettings(page)).toEqual({ ownLa: '372', measures: [] });

    // The indicator page: choose the published measure.
    await page.goto(`${baseURL()}/indicator/2.8`);
    await nationalSection(page).waitFor();
    expect(await select(page, 'Published measure').inputValue()).toBe('');
    await select(page, 'Published measure').selectOption({ label: MEASURE });
    await comparisonTable(page).waitFor();

    // Expected figures worked out from the CSVs by hand (a short script over the two files, not
    // this code): Rotherham's ten 2025-model neighbours, the mean of those with a value, the rank
    // as 1 + the LAs with a strictly lower (better) rate among those with a figure.
    // December 2015: the latest published year that had ended is 2014/15 (the printed report's
    // "LATEST BENCHMARKING - 2014/15"), though the file also holds 2015/16 onwards.
    const section = () => nationalSection(page).innerText();
    await expect
      .poll(section)
      .toContain(
        "In 2014/15 Rotherham's published figure was 21.8%: joint 83rd of 149 local authorities, third quartile; statistical-neighbour average 22.4%, England 24.2%.",
      );
    expect(await section()).not.toContain('2015/16');
    expect(await tableValue(page, 'Rotherham (your local authority)')).toBe('21.8%');
    expect(await tableValue(page, 'England')).toBe('24.2%');
    expect(await tableValue(page, 'England top-quartile threshold')).toBe('16.8%');
    expect(await tableValue(page, 'Yorkshire and The Humber (region)')).toMatch(/^\d+\.\d%$/);
    // Ten neighbours, closest first, the best named in words.
    const rowHeaders = await comparisonTable(page).getByRole('rowheader').allInnerTexts();
    expect(rowHeaders.slice(1, 11)).toEqual([
      'Barnsley',
      'Tameside',
      'Doncaster',
      'Wakefield',
      'Telford and Wrekin',
      'Dudley',
      'Redcar and Cleveland',
      'Sunderland',
      'Gateshead',
      'County Durham',
    ]);
    expect(rowHeaders[11]).toBe('Statistical-neighbour average');
    const best = comparisonTable(page)
      .locator('tr')
      .filter({ hasText: 'Best statistical neighbour' });
    expect(await best.count()).toBe(1);
    expect(await best.innerText()).toMatch(/^Tameside\s+15\.4%/);

    // The year picker offers only ended years: 2013/14 is Rotherham's 22.5%, England 23.5%.
    await select(page, 'Year of published figures').selectOption('2013/14');
    await expect.poll(section).toContain("In 2013/14 Rotherham's published figure was 22.5%");
    expect(await tableValue(page, 'England')).toBe('23.5%');
    await select(page, 'Year of published figures').selectOption('2014/15');
    await expect.poll(section).toContain('In 2014/15');

    expect(await axeViolations(page)).toEqual([]);

    // The scorecard: 2.8's SN average and England come from the published data, with their year.
    await expect
      .poll(() => savedSettings(page))
      .toEqual({
        ownLa: '372',
        measures: ['rereferral_percent'],
      });
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Scorecard', exact: true })
      .click();
    await scorecardTable(page).waitFor();
    const sn = await scorecardColumn(page, 'SN average');
    expect(`${sn.header} ${sn.cell}`).toContain('2014/15');
    expect(sn.cell).toContain('22.4%');
    const england = await scorecardColumn(page, 'England');
    expect(`${england.header} ${england.cell}`).toContain('2014/15');
    expect(england.cell).toContain('24.2%');

    // Both choices survive a reload.
    await page.reload();
    await scorecardTable(page).waitFor();
    expect((await scorecardColumn(page, 'England')).cell).toContain('24.2%');
    await page.goto(`${baseURL()}/indicator/2.8`);
    await comparisonTable(page).waitFor();
    expect(
      await select(page, 'Published measure').evaluate(
        (el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent,
      ),
    ).toBe(MEASURE);
    expect(await section()).toContain("In 2014/15 Rotherham's published figure was 21.8%");
    // Meeting mode says where the council stands nationally.
    await page.goto(`${baseURL()}/meeting/2.8`);
    await expect
      .poll(() => page.locator('main').innerText())
      .toMatch(/Nationally\s+joint 83rd of 149 local authorities, third quartile \(2014\/15\)/);
    await page.goto(`${baseURL()}/import`);
    expect(await select(page, 'Your local authority').inputValue()).toBe('372');
    expect(await axeViolations(page)).toEqual([]);

    expect(errors).toEqual([]);
    await context.close();
  });
});
