/**
 * Gaps compare like with like (SPEC 3.6), in the built app on the December 2015 example.
 * Benchmarks are 2014/15 outturns, so (worked by hand from the fixtures):
 * - 6.7 (High, a flow): the printed year to date 85.1 over 9 months, projected 85.1 x 12 / 9 =
 *   113.5, is 45.7 better than the SN average 67.8; the month's 7.8 (which would be "60.0 worse")
 *   is never compared, so 6.7 (Green) is not among the furthest behind;
 * - 7.7 (High, a percentage): the year to date 20.0% is 5.1 points worse than 25.1%, not the
 *   month's 10.0% (15.1 points worse).
 */

import { describe, expect, it } from 'vitest';
import { openPage, sharedBrowser } from './browser';
import { rowOf, scorecardTable } from './scorecard-page';

const browser = sharedBrowser();

const headlineOf = async (path: string) => {
  const { page, context, errors } = await openPage(browser(), path);
  const headline = page.getByRole('region', { name: 'Headline' }).locator('.headline__sentence');
  await headline.waitFor();
  const text = await headline.innerText();
  await context.close();
  return { text, errors };
};

describe('gaps on the benchmark basis (SPEC 3.6)', () => {
  it("6.7's headline compares the year to date, projected for the year, and says better", async () => {
    const { text, errors } = await headlineOf('/indicator/6.7');
    expect(text).toContain(
      'projected for the year 113.5 (year to date 85.1 in 9 months) is 45.7 better than the statistical-neighbour average of 67.8 (2014/15)',
    );
    expect(text).not.toMatch(/worse than the statistical-neighbour/);
    expect(errors).toEqual([]);
  });

  it("7.7's headline compares the year to date 20.0%, not December's 10.0%", async () => {
    const { text } = await headlineOf('/indicator/7.7');
    expect(text).toContain(
      'year to date 20.0% is 5.1 points worse than the statistical-neighbour average of 25.1% (2014/15)',
    );
    expect(text).not.toContain('15.1 points');
  });

  it('the RAG overview no longer lists 6.7 as furthest behind, and lists 7.7 on its year to date', async () => {
    const { page, context } = await openPage(browser(), '/overview');
    const table = page.getByRole('table', { name: /furthest behind/i });
    await table.waitFor();
    expect(await table.getByRole('link', { name: /^6\.7 / }).count()).toBe(0);
    const adopted = table
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: /^7\.7 / }) });
    const row = await adopted.innerText();
    expect(row).toContain('Year to date 20.0%');
    expect(row).toContain('5.1 points worse');
    expect(row).not.toContain('15.1 points');
    await context.close();
  });

  it("the scorecard's SN average for 6.7 explains the gap on focus, on the same basis", async () => {
    const { page, context } = await openPage(browser(), '/');
    await scorecardTable(page).waitFor();
    const trigger = rowOf(page, '6.7').getByRole('button', { name: '67.8' });
    await trigger.focus();
    const tip = page
      .getByRole('tooltip')
      .filter({ hasText: 'statistical-neighbour average of 67.8' });
    await tip.waitFor();
    expect(await tip.innerText()).toBe(
      'Projected for the year 113.5 (year to date 85.1 in 9 months) against the statistical-neighbour average of 67.8 (2014/15): 45.7 better',
    );
    await context.close();
  });
});
