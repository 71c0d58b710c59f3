import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { baseURL, fixturePath, launchWithProfile } from './browser';

const profile = mkdtempSync(join(tmpdir(), 'csp-dashboard-profile-'));
afterAll(() => rmSync(profile, { recursive: true, force: true }));

describe('persistence across a browser restart', () => {
  it('keeps the imported workspace after the browser is closed and opened again', async () => {
    let context = await launchWithProfile(profile);
    let page = context.pages()[0] ?? (await context.newPage());
    await page.goto(baseURL() + '/');
    await page.getByRole('button', { name: /start with my own data/i }).click();
    const confirm = page.getByRole('button', { name: /yes|clear|remove the example/i }).last();
    if (await confirm.isVisible().catch(() => false)) await confirm.click();
    await page.goto(baseURL() + '/import');
    await page.locator('#import-files').setInputFiles([fixturePath('edge/wide-2015.csv')]);
    await page.getByRole('button', { name: 'Confirm import' }).click();
    await page.getByRole('button', { name: /undo/i }).waitFor();
    // Give the save to IndexedDB a moment, then close the whole browser.
    await page.waitForTimeout(1500);
    await context.close();

    context = await launchWithProfile(profile);
    page = context.pages()[0] ?? (await context.newPage());
    await page.goto(baseURL() + '/');
    const table = page.locator('table.scorecard');
    await table.waitFor();
    expect(
      await table
        .locator('tbody tr')
        .filter({ has: page.locator(':scope > :first-child') })
        .count(),
    ).toBeGreaterThanOrEqual(3);
    const text = await table.innerText();
    expect(text).toContain('Indicator 7.1');
    expect(text).not.toMatch(/Number of contacts/);
    expect(await page.getByText(/example data/i).count()).toBe(0);
    await context.close();
  });
});
