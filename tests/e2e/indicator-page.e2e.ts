import { describe, expect, it } from 'vitest';
import { axeViolations, openPage, sharedBrowser } from './browser';

const browser = sharedBrowser();

const NINE_MONTHS = [
  'Apr-15',
  'May-15',
  'Jun-15',
  'Jul-15',
  'Aug-15',
  'Sep-15',
  'Oct-15',
  'Nov-15',
  'Dec-15',
];

describe('the indicator page of the demo', () => {
  it('contacts (2.1) shows all nine months Apr-15 to Dec-15 in its table, and a chart', async () => {
    const { page, context, errors } = await openPage(browser(), '/indicator/2.1');
    await page.getByRole('heading', { level: 1, name: /Number of contacts/ }).waitFor();
    const table = page.getByRole('table', { name: /by month/ }).first();
    const text = await table.innerText();
    const values: Record<string, string> = {};
    for (const line of text.split('\n')) {
      const [month, value] = line.split('\t');
      if (month && NINE_MONTHS.includes(month.trim())) values[month.trim()] = (value ?? '').trim();
    }
    expect(Object.keys(values)).toEqual(NINE_MONTHS);
    for (const m of NINE_MONTHS) expect(values[m], m).toMatch(/^\d{1,3}(,\d{3})*$/);
    expect(values['Dec-15']).toBe('1,041');
    // The chart is drawn (SVG with a line per series) and named for screen readers.
    const chart = page.getByRole('img', { name: /contacts/i }).first();
    await chart.waitFor();
    expect(
      await chart.locator('path.recharts-curve, path.recharts-line-curve').count(),
    ).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says why it is rated as it is, and how it compares', async () => {
    const { page, context } = await openPage(browser(), '/indicator/2.8');
    await page.getByRole('heading', { level: 1 }).waitFor();
    const body = await page.locator('main').innerText();
    expect(body).toContain('Red: 29.3% is at or above the red threshold of 26% (target 23%)');
    expect(body).toMatch(
      /rolling year 29\.3% is 5\.7 points worse than the statistical-neighbour average/,
    );
    // The top-quartile threshold's row says where we stand against it.
    const compare = await page.getByRole('table', { name: /Benchmarks and gaps/ }).innerText();
    expect(compare).toMatch(
      /England top-quartile threshold\s+2014\/15\s+16\.5%\s+Rolling year 29\.3% is 12\.8 points from the top quartile/,
    );
    await context.close();
  });

  it('gives a gap in children where numerator and denominator are known (9.2)', async () => {
    const { page, context } = await openPage(browser(), '/indicator/9.2');
    await page.getByRole('heading', { level: 1 }).waitFor();
    const compare = await page.getByRole('table', { name: /Benchmarks and gaps/ }).innerText();
    expect(compare).toMatch(
      /8 fewer children would need to be counted to reach the statistical-neighbour average/,
    );
    await context.close();
  });

  it('has no axe violations', async () => {
    const { page, context } = await openPage(browser(), '/indicator/2.8');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForTimeout(300);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
