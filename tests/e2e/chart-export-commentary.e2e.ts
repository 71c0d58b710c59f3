/**
 * Issue 4 in a real browser: a chart leaves the app as a PNG file, an SVG file and an image on the
 * clipboard (under our Content-Security-Policy), and commentary is saved with the workspace,
 * shown beside next month's editor, in meeting mode and in the pack.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseURL, openPage, sharedBrowser } from './browser';

const browser = sharedBrowser();

const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The export buttons of the first chart ("by month") on the indicator page. */
const exportButton = (page: Page, name: RegExp) => page.getByRole('button', { name }).first();

describe('chart export', () => {
  it('saves the monthly chart as a PNG and an SVG file', async () => {
    const { page, context, errors } = await openPage(browser(), '/indicator/2.8');
    await page.locator('svg.recharts-surface').first().waitFor();

    const [png] = await Promise.all([
      page.waitForEvent('download'),
      exportButton(page, /^Save as PNG/).click(),
    ]);
    expect(png.suggestedFilename()).toMatch(/\.png$/);
    const pngBytes = readFileSync((await png.path())!);
    expect([...pngBytes.subarray(0, 8)]).toEqual(PNG_MAGIC);
    // A real picture: wider than a thumbnail (the chart drawn at twice its size).
    expect(pngBytes.readUInt32BE(16)).toBeGreaterThan(600);
    expect(pngBytes.length).toBeGreaterThan(10_000);

    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      exportButton(page, /^Save as SVG/).click(),
    ]);
    expect(svg.suggestedFilename()).toMatch(/\.svg$/);
    const svgText = readFileSync((await svg.path())!, 'utf8');
    expect(svgText).toMatch(/^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    // The file carries the chart's title and its labelled reference lines.
    expect(svgText).toContain('re-referral');
    expect(svgText).toContain('Target 23%');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('copies the chart to the clipboard as a PNG image', async () => {
    const { page, context, errors } = await openPage(browser(), '/indicator/2.8');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL() });
    await page.locator('svg.recharts-surface').first().waitFor();
    await exportButton(page, /^Copy chart/).click();
    await page.getByText('The chart was copied. Paste it into your document.').first().waitFor();
    const copied = await page.evaluate(async () => {
      const items = await navigator.clipboard.read();
      const item = items[0];
      if (!item) return null;
      const blob = await item.getType('image/png');
      return { types: item.types, size: blob.size };
    });
    expect(copied?.types).toContain('image/png');
    expect(copied?.size).toBeGreaterThan(10_000);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('commentary', () => {
  it('is saved with the workspace and shown next month, in meeting mode and in the pack', async () => {
    const { page, context, errors } = await openPage(browser(), '/indicator/2.8');
    await page.getByRole('heading', { level: 1 }).waitFor();
    const monthPicker = page.getByLabel('As at month end');

    // November's analysis.
    await monthPicker.selectOption({ label: 'November 2015' });
    const novNote = 'Re-referrals rose again: audit of repeat referrals under way.';
    await page.getByLabel('Performance analysis for November 2015').fill(novNote);
    await page.getByRole('button', { name: 'Save commentary' }).click();
    await page.getByText('Commentary saved.').waitFor();

    // December: November's note is shown beside the editor while the new one is written.
    await monthPicker.selectOption({ label: 'December 2015' });
    const previous = page.locator('.commentary-editor__previous');
    await expect.poll(() => previous.innerText()).toContain(novNote);
    const decNote = 'Audit found 40% of repeat referrals were for domestic abuse.';
    await page.getByLabel('Performance analysis for December 2015').fill(decNote);
    await page.getByRole('button', { name: 'Save commentary' }).click();
    await page.getByText('Commentary saved.').waitFor();

    // Kept across a reload (IndexedDB) and shown on the page.
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expect
      .poll(() => page.getByLabel('Performance analysis for December 2015').inputValue())
      .toBe(decNote);

    // Meeting mode, on this indicator's slide.
    await page.goto(baseURL() + '/meeting/2.8');
    await expect.poll(() => page.locator('main').innerText()).toContain(decNote);

    // The pack's page for the indicator.
    await page.goto(baseURL() + '/pack');
    await expect.poll(() => page.locator('main').innerText()).toContain(decNote);
    expect(errors).toEqual([]);
    await context.close();
  });
});
