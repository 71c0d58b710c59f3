/** Locators of the scorecard screen, shared by the browser tests. */
import type { Page } from 'playwright-core';

export const scorecardTable = (page: Page) => page.locator('table.scorecard');

/** One row per indicator: its row header is the indicator's name (section rows have none). */
export const indicatorRows = (page: Page) =>
  scorecardTable(page)
    .locator('tbody tr')
    .filter({ has: page.locator('th[scope="row"]') });

/** The scorecard row whose number cell (No.) is the id. */
export const rowOf = (page: Page, id: string) =>
  scorecardTable(page)
    .locator('tbody tr')
    .filter({ has: page.locator(`td.id:text-is("${id}")`) });
