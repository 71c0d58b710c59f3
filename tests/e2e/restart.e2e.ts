import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import {
  baseURL,
  fixturePath,
  launchWithProfile,
  openPage,
  savedRecord,
  sharedBrowser,
} from './browser';

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

describe('leaving the page while a change is being saved', () => {
  const browser = sharedBrowser();

  const editor = (page: Page) => page.getByLabel('Performance analysis for December 2015');
  const savedNotes = async (page: Page) =>
    (
      (await savedRecord<{ commentary: { indicatorId: string; text: string }[] }>(page, 'current'))
        ?.commentary ?? []
    )
      .filter((c) => c.indicatorId === '2.8')
      .map((c) => c.text);

  async function writeNote(page: Page, text: string) {
    await editor(page).fill(text);
    await page.getByRole('button', { name: 'Save commentary' }).click();
  }

  it('asks before leaving while the save waits, saves it once it can, and leaves freely after', async () => {
    const { page, context, errors } = await openPage(browser(), '/indicator/2.8');
    await editor(page).waitFor();
    await expect.poll(() => savedRecord(page, 'current').then(Boolean)).toBe(true);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.type());
      // Stay on the page: the save is still waiting.
      void d.dismiss();
    });

    // Another holder of the save lock (as another tab's long save would) keeps this save waiting.
    await page.evaluate(() => {
      void navigator.locks.request(
        'cs-performance-dashboard-save',
        () =>
          new Promise<void>((release) => {
            (window as unknown as { releaseSave: () => void }).releaseSave = release;
          }),
      );
    });
    const note = 'Written just before the reload.';
    await writeNote(page, note);
    await page.getByText('Commentary saved.').waitFor();
    // Not awaited: the reload waits on the question, which the dialog handler answers.
    void page.evaluate(() => location.reload()).catch(() => undefined);
    await expect.poll(() => dialogs).toEqual(['beforeunload']);
    expect(await editor(page).inputValue()).toBe(note);
    expect(await savedNotes(page)).toEqual([]);

    // The save goes ahead once the lock is free; then the page is left without a question.
    await page.evaluate(() => (window as unknown as { releaseSave: () => void }).releaseSave());
    await expect.poll(() => savedNotes(page)).toEqual([note]);
    await page.getByRole('heading', { level: 1 }).click();
    await page.reload();
    await expect.poll(() => editor(page).inputValue()).toBe(note);
    expect(dialogs).toEqual(['beforeunload']);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a commentary saved and the page reloaded at once is kept', async () => {
    const { page, context, errors } = await openPage(browser(), '/indicator/2.8');
    await editor(page).waitFor();
    await expect.poll(() => savedRecord(page, 'current').then(Boolean)).toBe(true);
    // If the save is still running when the reload starts, the browser asks: the user leaves.
    page.on('dialog', (d) => void d.accept());

    const note = 'Saved, then the page was reloaded straight away.';
    await writeNote(page, note);
    await page.reload();
    await expect.poll(() => editor(page).inputValue()).toBe(note);
    expect(await savedNotes(page)).toEqual([note]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
