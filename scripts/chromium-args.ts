/**
 * The flags every headless Chromium of ours starts with: the browser tests (tests/e2e/browser.ts)
 * and the benchmark (scripts/bench/run.ts). Headless, no sandbox (containers), no GPU, and none of
 * the browser's own background traffic (updates, sync, first-run pages), so a test or a
 * measurement sees only what the app does.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];
