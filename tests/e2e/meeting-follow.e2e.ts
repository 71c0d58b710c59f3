/**
 * Issue 10, meeting mode a councillor can follow on an ordinary projector, in Chromium: it follows
 * the scorecard's filter (RAG = Red opens at the first Red, "1 of 13"), jumps to an indicator
 * asked about, goes to the first and last with Home and End, skips the rows with no target, and
 * is readable at 1024x768 and 1280x720 (text, axis labels, every month, the scale in words).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, baseURL, sharedBrowser } from './browser';
import { scorecardTable } from './scorecard-page';

const browser = sharedBrowser();

async function open(path: string, viewport = { width: 1366, height: 768 }): Promise<Page> {
  const context = await browser().newContext({ viewport });
  const page = await context.newPage();
  await page.goto(baseURL() + path);
  return page;
}

const heading = (page: Page) => page.locator('main h1').first();
const position = (page: Page) => page.locator('.meeting__position').innerText();

// fixtures/expected-2015-12.csv: 13 Reds, in sheet order 2.5, 2.7, 2.8, 4.3, 5.3, 6.3, 6.4,
// 6.5, 7.14, 8.4, 10.1, 10.3, 12.1; 24 rows rated No target, so 51 rows have a target.
describe('meeting mode follows the scorecard', () => {
  it('opens at the first Red, "1 of 13", from the scorecard filtered to Red; jumps to 8.4; Home and End', async () => {
    const page = await open('/');
    await scorecardTable(page).waitFor();
    await page.getByRole('button', { name: '13 Red' }).click();
    await expect.poll(() => page.url()).toContain('rag=red');
    await page.getByRole('link', { name: 'Present these 13 in a meeting' }).click();
    await expect.poll(() => heading(page).innerText()).toMatch(/^2\.5 /);
    expect(await position(page)).toBe('1 of 13');
    expect(page.url()).toMatch(/\/meeting\/2\.5\?rag=red$/);

    // "Show us 8.4": typed in the Go to box, Enter.
    const box = page.getByRole('combobox', { name: 'Go to' });
    await box.fill('8.4');
    await box.press('Enter');
    await expect.poll(() => heading(page).innerText()).toMatch(/^8\.4 /);
    expect(await position(page)).toBe('10 of 13');
    // The list offers the 13 Reds only.
    expect(await page.locator('datalist option').count()).toBe(13);

    await page.locator('body').press('End');
    await expect.poll(() => heading(page).innerText()).toMatch(/^12\.1 /);
    expect(await position(page)).toBe('13 of 13');
    await page.locator('body').press('Home');
    await expect.poll(() => heading(page).innerText()).toMatch(/^2\.5 /);
    expect(await axeViolations(page)).toEqual([]);

    // Escape goes back to the scorecard, still filtered to Red.
    await page.locator('body').press('Escape');
    await scorecardTable(page).waitFor();
    expect(page.url()).toMatch(/\/\?rag=red$/);
    await page.context().close();
  });

  it('the Meeting mode link in the navigation follows the scorecard too', async () => {
    const page = await open('/?rag=red');
    await scorecardTable(page).waitFor();
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Meeting mode' })
      .click();
    await expect.poll(() => heading(page).innerText()).toMatch(/^2\.5 /);
    expect(await position(page)).toBe('1 of 13');
    await page.context().close();
  });

  it('skips the rows with no target when asked, and keeps that in the address', async () => {
    const page = await open('/meeting/2.1');
    await expect.poll(() => heading(page).innerText()).toMatch(/^2\.1 /);
    expect(await position(page)).toBe('1 of 75');
    // The box follows the address (a navigation), so it is ticked once the address has changed:
    // a click, then its state polled (Playwright's check() looks at once and can see it unticked).
    const skip = page.getByRole('checkbox', { name: 'Skip indicators with no target' });
    await skip.click();
    await expect.poll(() => skip.isChecked()).toBe(true);
    // 2.1 and 2.2 have no target: the meeting moves to 2.3 (Target tbc), "1 of 51".
    await expect.poll(() => heading(page).innerText()).toMatch(/^2\.3 /);
    expect(await position(page)).toBe('1 of 51');
    expect(page.url()).toContain('skip=no-target');
    await page.locator('body').press('ArrowRight');
    // 2.4 has no target either: the next is 2.5.
    await expect.poll(() => heading(page).innerText()).toMatch(/^2\.5 /);
    await page.reload();
    await expect.poll(() => heading(page).innerText()).toMatch(/^2\.5 /);
    expect(await position(page)).toBe('2 of 51');
    await page.context().close();
  });
});

/** Font sizes in px of the slide's text and of the chart's axis labels. */
async function sizes(page: Page) {
  return page.evaluate(() => {
    const px = (el: Element) => parseFloat(getComputedStyle(el).fontSize);
    const text = [
      'main h1',
      '.meeting__headline',
      '.meeting__facts dt',
      '.meeting__facts dd',
      '.meeting__reason',
      '.meeting__commentary p',
    ].flatMap((s) => [...document.querySelectorAll(s)].map((el) => ({ s, px: px(el) })));
    const axis = [
      ...document.querySelectorAll('.meeting__chart .recharts-cartesian-axis-tick-labels text'),
    ];
    return {
      text,
      axis: axis.map(px),
      months: [
        ...document.querySelectorAll('.meeting__chart .recharts-xAxis-tick-labels text'),
      ].map((t) => t.textContent),
      xTitle: [...document.querySelectorAll('.meeting__chart .recharts-label')]
        .map((t) => t.textContent)
        .join(' | '),
      yTicks: [
        ...document.querySelectorAll('.meeting__chart .recharts-yAxis-tick-labels text'),
      ].map((t) => t.textContent),
      scrollWidth: document.documentElement.scrollWidth,
      scrollHeight: document.documentElement.scrollHeight,
    };
  });
}

const ALL_MONTHS = 'Apr May Jun Jul Aug Sep Oct Nov Dec Jan Feb Mar'.split(' ');

describe('meeting mode on a projector', () => {
  it.each([
    [1024, 768],
    [1280, 720],
  ])(
    'at %dx%d: 24px text, 18px axis labels, the months, and the scale in words',
    async (width, height) => {
      const page = await open('/meeting/2.8', { width, height });
      await expect.poll(() => heading(page).innerText()).toMatch(/^2\.8 /);
      await page.locator('.meeting__chart .recharts-yAxis').waitFor();
      const s = await sizes(page);
      expect(s.text.length).toBeGreaterThan(10);
      expect(s.text.filter((t) => t.px < 24)).toEqual([]);
      // The month labels and at least three value labels.
      expect(s.axis.length).toBeGreaterThanOrEqual(s.months.length + 3);
      expect(s.axis.filter((px) => px < 18)).toEqual([]);
      // Every month is labelled, or (where twelve would not fit) the axis names the months and
      // labels them at an even step from April.
      if (s.months.length < 12) {
        expect(s.xTitle).toContain('April to March');
        const step = ALL_MONTHS.indexOf(s.months[1] ?? '');
        expect(step).toBeGreaterThan(0);
        expect(s.months).toEqual(ALL_MONTHS.filter((_, i) => i % step === 0));
      } else {
        expect(s.months).toEqual(ALL_MONTHS);
      }
      // 2.8 runs 23.4% to 29.3% with the 23% target, SN 23.6% and England 24%: the axis runs
      // 22% to 30%, not from 0, and says so.
      expect(s.yTicks[0]).toBe('22%');
      expect(s.yTicks[s.yTicks.length - 1]).toBe('30%');
      expect(await page.locator('.meeting__scale').innerText()).toBe(
        'Scale: 22% to 30%, not from zero',
      );
      expect(s.scrollWidth).toBeLessThanOrEqual(width);
      expect(s.scrollHeight).toBeLessThanOrEqual(height);
      expect(await axeViolations(page)).toEqual([]);
      await page.context().close();
    },
  );
});
