/**
 * Bare PapaParse in its own module worker, for the benchmark only (never part of the app): the
 * yardstick for `importThroughputRatioToPapaParse`. It does the least any CSV import must do with
 * the same bytes: decode them (UTF-8) and parse every row into fields. Built and served by the
 * benchmark runner (`scripts/bench/run.ts`) from the app's origin, so the page's CSP allows it.
 */
import Papa from 'papaparse';

self.onmessage = (event: MessageEvent<ArrayBuffer>) => {
  const started = performance.now();
  const text = new TextDecoder('utf-8', { fatal: true }).decode(event.data);
  const result = Papa.parse<string[]>(text, { delimiter: ',' });
  self.postMessage({ rows: result.data.length, workerMs: performance.now() - started });
};
