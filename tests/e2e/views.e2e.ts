/**
 * Views (themed scorecards), in a real browser: a view made from the catalogue's tags and one made
 * by picking rows; each shown on the scorecard, the RAG overview, meeting mode and the pack, with
 * the same figures as the full scorecard; the view in the address (bookmarkable, kept by the
 * navigation); issued "as it currently stands"; kept after a reload.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, importAndConfirm, openPage, sharedBrowser } from './browser';
import { indicatorRows, rowOf, scorecardTable } from './scorecard-page';
import { expected, readFixtureCsv } from './oracle';

const browser = sharedBrowser();

interface TaggedRow {
  id: string;
  tags: string;
}
/** The ids tagged "LSCB key" in the fixture, in catalogue (scorecard) order. */
const lscbKey = readFixtureCsv<TaggedRow>('views/catalogue-tags-2015.csv')
  .filter((r) => r.tags.split(';').some((t) => t.trim() === 'LSCB key'))
  .map((r) => r.id);
/** What the oracle says those rows are rated. */
const ragOf = new Map(expected.map((e) => [e.id, e.rule_rag]));

const visibleIds = (page: Page) => indicatorRows(page).locator('td.id').allInnerTexts();

/**
 * The example's files with the tagged catalogue in place of its own (importing over the example
 * starts the user's own data, so all of them, in the demo's order).
 */
async function importCatalogueWithTags(page: Page) {
  await page.getByRole('link', { name: 'Import', exact: true }).click();
  await importAndConfirm(page, [
    'views/catalogue-tags-2015.csv',
    'detail-monthly-2015.csv',
    'scorecard-2015-12.csv',
    'benchmarks-2015.csv',
  ]);
}

async function makeView(
  page: Page,
  title: string,
  audience: string,
  pick: { tags?: string[]; ids?: string[] },
) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Views' }).click();
  await page.getByRole('button', { name: 'Make a view' }).click();
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('For (audience)').fill(audience);
  for (const tag of pick.tags ?? [])
    await page
      .getByRole('group', { name: 'Indicators tagged' })
      .getByLabel(tag, { exact: true })
      .check();
  for (const id of pick.ids ?? [])
    await page
      .getByRole('group', { name: /Indicators picked/ })
      .getByRole('checkbox', { name: new RegExp(`^${id.replace('.', '\\.')} `) })
      .check();
  await page.getByRole('button', { name: 'Save the view' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: `Saved the view "${title}".` })
    .waitFor();
}

describe('views: themed scorecards from the same data', () => {
  it('a view from tags and one from picked rows, on every screen, issued, kept after reload', async () => {
    const { context, page, errors } = await openPage(browser(), '/');
    await scorecardTable(page).waitFor();
    await importCatalogueWithTags(page);

    await makeView(page, 'Safeguarding board: key indicators', 'Safeguarding board', {
      tags: ['LSCB key'],
    });
    await makeView(page, 'Child sexual exploitation', 'Improving Lives Select Commission', {
      ids: ['11.9', '6.8'],
    });
    expect(await axeViolations(page)).toEqual([]);

    // Scorecard of the board's view: its rows only, in scorecard order, same RAG as the full one.
    await page.getByRole('link', { name: 'Safeguarding board: key indicators' }).click();
    await page.waitForURL(/\?view=safeguarding-board-key-indicators/);
    await scorecardTable(page).waitFor();
    expect(await visibleIds(page)).toEqual(lscbKey);
    expect(await page.getByText(/Showing \d+ of \d+ indicators/).innerText()).toBe(
      `Showing ${lscbKey.length} of ${lscbKey.length} indicators.`,
    );
    const reds = lscbKey.filter((id) => ragOf.get(id) === 'red');
    expect(reds.length).toBeGreaterThan(0);
    await expect
      .poll(() => page.locator('ul.rag-counts').innerText())
      .toMatch(new RegExp(`${reds.length}\\s*Red`));
    for (const id of reds) expect(await rowOf(page, id).innerText()).toMatch(/Red/);
    await expect
      .poll(() => page.locator('.view-heading').innerText())
      .toMatch(
        /Safeguarding board: key indicators · for Safeguarding board · \d+ indicators · Draft/,
      );

    // The navigation keeps the view: the RAG overview lists only its reds.
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'RAG overview' })
      .click();
    await page.waitForURL(/\/overview\?view=safeguarding-board-key-indicators/);
    await page
      .getByRole('heading', { name: new RegExp(`^Red: ${reds.length} indicator`) })
      .waitFor();

    // Meeting mode follows the view: "1 of N" and only the view's indicators.
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Meeting mode' })
      .click();
    await page.waitForURL(new RegExp(`/meeting/${encodeURIComponent(lscbKey[0]!)}\\?view=`));
    await page.getByText(`1 of ${lscbKey.length}`).waitFor();
    await page.keyboard.press('Escape');
    await page.waitForURL(/\/\?view=safeguarding-board-key-indicators/);

    // The other view: picked rows, in the order picked (a subset of two sections).
    await page.getByLabel('Showing').selectOption({ label: 'Child sexual exploitation' });
    await page.waitForURL(/\?view=child-sexual-exploitation/);
    await expect.poll(() => visibleIds(page)).toEqual(['11.9', '6.8']);

    // Issue it as it stands, then the pack carries the view and its issue.
    await page.getByRole('link', { name: 'Manage views' }).click();
    await page
      .getByRole('row', { name: /Child sexual exploitation/ })
      .getByRole('button', { name: /^Issue as it stands \(December 2015\)/ })
      .click();
    await page
      .getByRole('status')
      .filter({ hasText: /Issue 1, as at December 2015, produced/ })
      .waitFor();
    // Within the app (no page load), as a user's link would: the save runs in the background.
    await page.evaluate((to) => {
      history.pushState(null, '', to);
      dispatchEvent(new PopStateEvent('popstate'));
    }, '/pack?view=child-sexual-exploitation');
    await page.locator('.pack-title').waitFor();
    expect(await page.locator('.pack-title').innerText()).toMatch(
      /Child sexual exploitation · for Improving Lives Select Commission · 2 indicators · Issue 1, as at December 2015, produced/,
    );
    expect(await page.locator('article.pack-indicator').count()).toBe(2);

    // A reload keeps both views and the issue.
    await page.goto(page.url().replace(/\/pack.*$/, '/views'));
    await page.reload();
    await page.getByRole('table').filter({ hasText: 'Child sexual exploitation' }).waitFor();
    expect(await page.getByRole('row', { name: /Child sexual exploitation/ }).innerText()).toMatch(
      /Issue 1, as at December 2015/,
    );
    expect(await page.getByRole('row', { name: /Safeguarding board/ }).innerText()).toMatch(
      /Draft/,
    );
    expect(errors).toEqual([]);
    await context.close();
  });
});
