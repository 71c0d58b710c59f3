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

/**
 * The cells whose content spills out of them (wider than the cell, over the next column), by
 * their text: the scorecard's columns have set widths on screen, so content must wrap to fit.
 */
export const spillingCells = (page: Page) =>
  scorecardTable(page)
    .locator('td, th')
    .evaluateAll((cells) =>
      cells
        .filter((cell) => {
          const box = cell.getBoundingClientRect();
          return (
            cell.scrollWidth > cell.clientWidth + 1 ||
            [...cell.querySelectorAll('*')].some((e) => {
              const r = e.getBoundingClientRect();
              return r.width > 0 && (r.right > box.right + 1 || r.left < box.left - 1);
            })
          );
        })
        .map((cell) => (cell.textContent ?? '').trim()),
    );
