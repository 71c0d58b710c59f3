/**
 * Real Chromium for the browser tests: Debian's `chromium` driven by playwright-core (browser
 * downloads fail on our machines). CHROMIUM_PATH overrides where it is.
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { CHROMIUM_ARGS } from '../../scripts/chromium-args';

export const baseURL = () => inject('baseURL');

function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    try {
      const p = execSync(`command -v ${name}`, { encoding: 'utf8' }).trim();
      if (p) return p;
    } catch {
      // try the next name
    }
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  throw new Error(
    "Chromium not found: install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH.",
  );
}

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}

/**
 * One Chromium for the tests of a file (or of a describe block, when called inside one): launched
 * before them and closed after. Returns the browser, for use inside the tests.
 */
export function sharedBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('The browser is used before it was launched (beforeAll).');
    return browser;
  };
}

/**
 * A browser with a profile on disk, as a user's is: closing it and launching it again on the
 * same folder is a browser restart, with IndexedDB kept.
 */
export async function launchWithProfile(userDataDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
    viewport: { width: 1400, height: 900 },
  });
}

/** A fresh context (empty IndexedDB) and page; records every request the page makes. */
export async function openPage(
  browser: Browser,
  path = '/',
): Promise<{ context: BrowserContext; page: Page; requests: string[]; errors: string[] }> {
  const context = await browser.newContext({
    viewport: { width: 1400, height: 900 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(baseURL() + path);
  return { context, page, requests, errors };
}

/**
 * "Start with my own data", confirmed as a user does: the example is removed and the Import screen
 * opens.
 */
export async function startWithOwnData(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Start with my own data' }).click();
  await page.getByText('Remove the example from this browser?').waitFor();
  await page.getByRole('button', { name: 'Yes, remove the example' }).click();
  await page.getByRole('heading', { level: 1, name: 'Import your files' }).waitFor();
}

export const fixturePath = (name: string) => resolve(process.cwd(), 'fixtures', name);

/** A file made by a test, as Playwright's setInputFiles takes it. */
type FilePayload = { name: string; mimeType: string; buffer: Buffer };

/** Opens the Import screen and chooses fixture files: the review ("Check the import") is shown. */
export async function chooseFiles(page: Page, files: string[]): Promise<void> {
  await page.goto(baseURL() + '/import');
  await page.getByLabel('CSV files to import').setInputFiles(files.map(fixturePath));
  await page.getByRole('heading', { name: 'Check the import' }).waitFor();
}

/**
 * Chooses files on the Import screen (already open, so the undo history in memory is kept):
 * fixtures by name, or files made by the test; confirms, and waits for "Imported n files".
 */
export async function importAndConfirm(page: Page, files: string[] | FilePayload[]): Promise<void> {
  await page
    .getByLabel('CSV files to import')
    .setInputFiles(
      files.map((f) => (typeof f === 'string' ? fixturePath(f) : f)) as string[] | FilePayload[],
    );
  await page.getByRole('heading', { level: 1, name: 'Check the import' }).waitFor();
  await page.getByRole('button', { name: 'Confirm import' }).click();
  const n = files.length;
  await page
    .locator('p.import-status')
    .filter({ hasText: `Imported ${n} ${n === 1 ? 'file' : 'files'}` })
    .waitFor();
}

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core in the page against WCAG 2.2 AA and returns readable violations. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: an inline <script> would be blocked by our CSP.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            opts: object,
          ) => Promise<{
            violations: {
              id: string;
              impact: string;
              help: string;
              nodes: { target: string[] }[];
            }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} at ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
  });
  return violations;
}

/**
 * The workspace the app saved in this browser's IndexedDB, put together from its manifest and
 * chunk records (see src/data/persistence.ts): 'current' (the workspace) or 'history' (the undo
 * steps, `{ description, before }`); undefined when nothing is saved.
 */
export function savedRecord<T>(page: Page, key: 'current' | 'history'): Promise<T | undefined> {
  return page.evaluate(
    (k) =>
      new Promise<T | undefined>((done, fail) => {
        const open = indexedDB.open('cs-performance-dashboard');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('manifest')) {
            db.close();
            return done(undefined);
          }
          const tx = db.transaction(['manifest', 'chunks']);
          const get = tx.objectStore('manifest').get('current');
          const chunks = tx.objectStore('chunks').getAll();
          tx.onerror = () => fail(tx.error);
          tx.oncomplete = () => {
            db.close();
            type Manifest = { lists: Record<string, string[]> } & Record<string, unknown>;
            const manifest = get.result as
              | { current: Manifest; history: { description: string; workspace: Manifest }[] }
              | undefined;
            if (!manifest) return done(undefined);
            const byId = new Map(
              (chunks.result as { id: string; items: unknown[] }[]).map((c) => [c.id, c.items]),
            );
            const assemble = (m: Manifest) => {
              const { lists, ...scalars } = m;
              const ws: Record<string, unknown> = { ...scalars };
              for (const [list, ids] of Object.entries(lists))
                ws[list] = ids.flatMap((id) => byId.get(id) ?? []);
              return ws;
            };
            done(
              (k === 'current'
                ? assemble(manifest.current)
                : manifest.history.map((h) => ({
                    description: h.description,
                    before: assemble(h.workspace),
                  }))) as T,
            );
          };
        };
      }),
    key,
  );
}
