/**
 * Never lose a council's work (issue 8): a saved workspace that cannot be read is reported, kept,
 * offered as a download and never saved over until the user chooses; two tabs open at once keep
 * both tabs' work.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  axeViolations,
  baseURL,
  fixturePath,
  openPage,
  savedRecord,
  sharedBrowser,
} from './browser';
import { indicatorRows, scorecardTable } from './scorecard-page';

const browser = sharedBrowser();

const exampleHeading = (page: Page) =>
  page.getByRole('heading', { name: 'Example This is example data, not yours' });

async function exampleSaved(page: Page) {
  await scorecardTable(page).waitFor();
  await expect.poll(() => indicatorRows(page).count()).toBe(75);
  await expect
    .poll(async () => (await savedRecord<{ isExample: boolean }>(page, 'current'))?.isExample)
    .toBe(true);
}

/** Runs `body` on the first stored chunk of values, in the page (IndexedDB), and returns its result. */
function onValuesChunk(page: Page, change: 'damage' | 'read'): Promise<unknown> {
  return page.evaluate(
    (what) =>
      new Promise((done, fail) => {
        const open = indexedDB.open('cs-performance-dashboard');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('chunks', 'readwrite');
          const store = tx.objectStore('chunks');
          const all = store.getAll();
          let result: unknown = null;
          all.onsuccess = () => {
            // Values are stored as columns: the first value of the first chunk of values.
            const chunk = (
              all.result as {
                id: string;
                list: string;
                columns: { value: Float64Array; nulls: Uint8Array };
              }[]
            )
              .filter((c) => c.list === 'observations' && !c.id.includes('~'))
              .sort((a, b) => a.id.localeCompare(b.id))[0];
            if (!chunk) return;
            if (what === 'damage') {
              chunk.columns.nulls[0] = 0;
              chunk.columns.value[0] = Infinity;
              store.put(chunk, chunk.id);
            }
            result = chunk.columns.value[0];
          };
          tx.oncomplete = () => {
            db.close();
            done(result);
          };
          tx.onerror = () => fail(tx.error);
        };
      }),
    change,
  );
}

const quarantined = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((done, fail) => {
        const open = indexedDB.open('cs-performance-dashboard');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const count = db.transaction('quarantine').objectStore('quarantine').count();
          count.onsuccess = () => {
            db.close();
            done(count.result);
          };
        };
      }),
  );

describe('a saved workspace that cannot be read', () => {
  it('is reported with what is wrong, kept, offered as a download, and set aside only when the user chooses', async () => {
    const { page, context, errors } = await openPage(browser());
    await exampleSaved(page);
    expect(await onValuesChunk(page, 'damage')).toBe(Infinity);

    await page.reload();
    await page.getByRole('heading', { name: 'Your saved workspace could not be read' }).waitFor();
    expect(await page.locator('main').innerText()).toMatch(
      /\(observations\): item 1: the value is Infinity, not a finite number/,
    );
    expect(await axeViolations(page)).toEqual([]);
    // Nothing is saved over it while the user reads the message.
    await page.waitForTimeout(500);
    expect(await onValuesChunk(page, 'read')).toBe(Infinity);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the unreadable workspace' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^unreadable-workspace-\d{4}-\d\d-\d\d\.json$/);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text).toMatch(/"value": \[\s*"Infinity"/);

    await page.getByRole('button', { name: 'Start again with the example' }).click();
    await exampleSaved(page);
    await expect.poll(() => page.getByRole('alert').first().innerText()).toMatch(/kept aside/);
    expect(await quarantined(page)).toBe(1);
    // The next reload opens the example's saved copy, not the damage again.
    await page.reload();
    await exampleSaved(page);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('two tabs', () => {
  it('an import in tab A and a commentary in tab B: after reloading both, nothing is lost', async () => {
    const context = await browser().newContext({ viewport: { width: 1400, height: 900 } });
    const a = await context.newPage();
    await a.goto(baseURL() + '/');
    await exampleSaved(a);
    const b = await context.newPage();
    await b.goto(baseURL() + '/indicator/2.8');
    await exampleHeading(b).waitFor();

    // Tab A: own data, two files imported.
    await a.getByRole('button', { name: 'Start with my own data' }).click();
    await a.getByRole('button', { name: 'Yes, remove the example' }).click();
    await a.getByRole('heading', { level: 1, name: 'Import your files' }).waitFor();
    await a
      .getByLabel('CSV files to import')
      .setInputFiles(['catalogue-2015.csv', 'detail-monthly-2015.csv'].map(fixturePath));
    await a.getByRole('heading', { level: 1, name: 'Check the import' }).waitFor();
    await a.getByRole('button', { name: 'Confirm import' }).click();
    await a.locator('p.import-status').filter({ hasText: 'Imported 2 files' }).waitFor();

    // Tab B learns of it without a reload: the example is gone, A's data is shown.
    await expect.poll(() => exampleHeading(b).count(), { timeout: 15_000 }).toBe(0);
    const note = 'Written in the second tab while the first one imported.';
    const editor = b.getByLabel('Performance analysis for December 2015');
    await editor.waitFor();
    await editor.fill(note);
    await b.getByRole('button', { name: 'Save commentary' }).click();
    await b.getByText('Commentary saved.').waitFor();

    // Tab A learns of the commentary too; then both reload.
    await a.goto(baseURL() + '/indicator/2.8');
    await b.reload();
    for (const page of [a, b]) {
      await expect
        .poll(() => page.getByLabel('Performance analysis for December 2015').inputValue(), {
          timeout: 15_000,
        })
        .toBe(note);
      expect(await exampleHeading(page).count()).toBe(0);
    }
    await a
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Import', exact: true })
      .click();
    await expect
      .poll(() => a.locator('ul.loaded-files > li strong').allInnerTexts())
      .toEqual(['detail-monthly-2015.csv', 'catalogue-2015.csv']);
    await context.close();
  });
});

describe('defence in depth', () => {
  it('the page and the worker script carry the CSP header, and the worker refuses the network', async () => {
    const { page, context, errors } = await openPage(browser());
    const workerResponse = page.waitForResponse((r) => /parse\.worker[^/]*\.js$/.test(r.url()));
    const pageResponse = await page.reload();
    expect(pageResponse?.headers()['content-security-policy']).toMatch(
      /default-src 'self'.*connect-src 'self'.*frame-ancestors 'none'/,
    );
    await exampleSaved(page);

    // A file read in the worker starts it.
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Import', exact: true })
      .click();
    await page.getByLabel('CSV files to import').setInputFiles(fixturePath('population-2015.csv'));
    await page.getByRole('heading', { level: 1, name: 'Check the import' }).waitFor();
    expect((await workerResponse).headers()['content-security-policy']).toMatch(
      /connect-src 'self'/,
    );
    const [worker] = page.workers();
    if (!worker) throw new Error('the parse worker did not start');
    const tried = await worker.evaluate(async () => {
      const attempt = async (f: () => unknown) => {
        try {
          await f();
          return 'reached';
        } catch (e) {
          return e instanceof Error ? e.message : String(e);
        }
      };
      return {
        fetch: await attempt(() => fetch('/')),
        xhr: await attempt(() => new XMLHttpRequest()),
        webSocket: await attempt(() => new WebSocket('ws://127.0.0.1:9/')),
        eventSource: await attempt(() => new EventSource('/')),
        // Assigning another fetch changes nothing (the property is read-only).
        putBack: await attempt(async () => {
          try {
            (self as unknown as { fetch: unknown }).fetch = () => Promise.resolve('back');
          } catch {
            // strict mode throws; either way fetch stays refused
          }
          return fetch('/');
        }),
      };
    });
    expect(tried).toEqual({
      fetch: 'Network access is refused in the parse worker.',
      xhr: 'Network access is refused in the parse worker.',
      webSocket: 'Network access is refused in the parse worker.',
      eventSource: 'Network access is refused in the parse worker.',
      putBack: 'Network access is refused in the parse worker.',
    });
    expect(errors).toEqual([]);
    await context.close();
  });
});
