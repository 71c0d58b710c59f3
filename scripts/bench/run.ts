/**
 * `npm run bench`: the browser benchmark of issue 9. Builds the app, serves the build with
 * `vite preview` on a free port, drives Debian's Chromium with playwright-core through the app's
 * real screens (file input, Confirm, month picker, links) on generated data, and writes the
 * median of several runs per figure to `bench-results.json` (per-run samples and parts to
 * `.bench/bench-details.json`), then prints the figures beside their targets.
 *
 * BENCH_QUICK=1: fewer runs. BENCH_PROFILE=1: instead of the figures, an unminified build is
 * profiled through the DevTools protocol (the example's month switch and indicator pages, month
 * switch on 500 indicators, a 1M-row import; BENCH_ONLY=example,large picks among them) and
 * the profiles are written to `.bench/profiles/` with the functions that cost most.
 * CHROMIUM_PATH overrides /usr/bin/chromium.
 * For a side-by-side comparison on a shared machine: BENCH_DIST=<folder> serves a build made
 * elsewhere (no build here), BENCH_ONLY=sizes,typical,example,large,million runs only those
 * groups; both write `.bench/partial-results.json`, never `bench-results.json`.
 */
import { execSync } from 'node:child_process';
import { once } from 'node:events';
import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, preview, type Plugin } from 'vite';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { BENCH_DATA } from './generate';
import { installProbe, type Probe } from './probe';
import { METRICS, median, resultTable, rounded, type MetricKey } from './report';
import { renderingSteps, topFunctions, type CpuProfile, type TraceFile } from './profile';
import { CHROMIUM_ARGS } from '../chromium-args';

const ROOT = process.cwd();
const WORK = resolve(ROOT, '.bench');
const DATA = join(WORK, 'data');
/** Built JavaScript goes where lint and format checks never look. */
const BUILT = resolve(ROOT, 'node_modules/.cache/cs-bench');
const QUICK = process.env.BENCH_QUICK === '1';
const PROFILE = process.env.BENCH_PROFILE === '1';
const DIST = process.env.BENCH_DIST ? resolve(process.env.BENCH_DIST) : null;
const GROUPS = ['sizes', 'typical', 'example', 'large', 'million'] as const;
const ONLY = process.env.BENCH_ONLY?.split(',').map((g) => g.trim());
const runs = (group: (typeof GROUPS)[number]) => !ONLY || ONLY.includes(group);
const PARTIAL = DIST !== null || ONLY !== undefined;
const RUNS = QUICK
  ? { typical: 2, million: 1, switches: 5, charts: 3 }
  : { typical: 5, million: 3, switches: 11, charts: 7 };
/** The example's own files, in the order the demo imports them (docs/decisions.md). */
const TYPICAL_FILES = [
  'catalogue-2015.csv',
  'detail-monthly-2015.csv',
  'scorecard-2015-12.csv',
  'benchmarks-2015.csv',
].map((f) => resolve(ROOT, 'fixtures', f));
const CHART_INDICATORS = ['2.1', '2.8', '3.3', '6.5'];
const LONG = 300_000;

function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  return execSync('command -v chromium || command -v chromium-browser', {
    encoding: 'utf8',
  }).trim();
}

const log = (text: string) => console.log(`[bench] ${text}`);

/** Writes the generated data sets once; again only when the generator is newer than them. */
async function generateData(): Promise<void> {
  mkdirSync(DATA, { recursive: true });
  const generator = statSync(resolve(ROOT, 'scripts/bench/generate.ts')).mtimeMs;
  for (const set of Object.values(BENCH_DATA)) {
    const path = join(DATA, set.file);
    if (existsSync(path) && statSync(path).mtimeMs > generator) continue;
    log(`generating ${set.file}`);
    const out = createWriteStream(path);
    let chunk: string[] = [];
    for (const line of set.lines()) {
      chunk.push(line);
      if (chunk.length === 20_000) {
        if (!out.write(`${chunk.join('\n')}\n`)) await once(out, 'drain');
        chunk = [];
      }
    }
    out.end(`${chunk.join('\n')}\n`);
    await once(out, 'finish');
  }
}

/** The app (minified as shipped, or not, for readable profiles) and the bare PapaParse worker. */
async function buildAll(outDir: string): Promise<void> {
  if (DIST) {
    log(`serving the build in ${DIST} as it is`);
  } else {
    log(`building the app into ${outDir}`);
    // As `npm start` and the tests build it: a child process, so nothing in this process (Vite's
    // module runner sets NODE_ENV=development, which would bundle React's development build)
    // changes what is built.
    const unminified = PROFILE ? ' --minify false' : '';
    execSync(`npx vite build --outDir "${outDir}" --emptyOutDir${unminified}`, {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, NODE_ENV: 'production' },
    });
  }
  await build({
    root: ROOT,
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir: join(BUILT, 'worker'),
      emptyOutDir: true,
      lib: {
        entry: resolve(ROOT, 'scripts/bench/papaparse.worker.ts'),
        formats: ['es'],
        fileName: () => 'papaparse.worker.js',
      },
    },
  });
}

/** Serves the bare PapaParse worker and `.bench/data/*` under `/__bench/` beside the app (same origin). */
function benchFiles(): Plugin {
  return {
    name: 'bench-files',
    configurePreviewServer(server) {
      server.middlewares.use('/__bench', (req, res, next) => {
        const name = (req.url ?? '').split('?')[0]?.replace(/^\//, '') ?? '';
        const path = join(name.startsWith('worker/') ? BUILT : WORK, name);
        if (!/^(worker|data)\/[\w.-]+$/.test(name) || !existsSync(path)) return next();
        res.setHeader('Content-Type', name.endsWith('.js') ? 'text/javascript' : 'text/csv');
        createReadStream(path).pipe(res);
      });
    },
  };
}

type BenchWindow = Window & { __bench: Probe };

class Session {
  constructor(
    readonly context: BrowserContext,
    readonly page: Page,
  ) {}

  static async open(browser: Browser, url: string): Promise<Session> {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    await context.addInitScript(installProbe);
    const page = await context.newPage();
    page.on('pageerror', (e) => console.warn(`[bench] page error: ${e.message}`));
    await page.goto(url);
    return new Session(context, page);
  }

  /**
   * Does `act` (a user's change or click) and returns the time in ms from that event, as the
   * page saw it, to the frame painted with `selector` containing `text`.
   */
  async timed(
    selector: string,
    text: string,
    from: 'change' | 'click',
    act: () => Promise<unknown>,
    timeoutMs = 60_000,
  ): Promise<{ ms: number; start: number; end: number }> {
    await this.page.evaluate(
      ([s, t]) => {
        const probe = (window as unknown as BenchWindow).__bench;
        probe.lastChange = 0;
        probe.lastClick = 0;
        probe.watch(s as string, t as string);
      },
      [selector, text],
    );
    await act();
    const end = await Promise.race([
      this.page.evaluate(() => (window as unknown as BenchWindow).__bench.watched),
      new Promise<null>((done) => setTimeout(() => done(null), timeoutMs)),
    ]);
    if (end === null || end === undefined)
      throw new Error(`"${text}" did not appear in ${selector} within ${timeoutMs} ms`);
    const start = await this.page.evaluate((f) => {
      const probe = (window as unknown as BenchWindow).__bench;
      return f === 'change' ? probe.lastChange : probe.lastClick;
    }, from);
    if (start === 0) throw new Error(`no ${from} event reached the page`);
    return { ms: end - start, start, end };
  }

  /** Waits until the page has saved (an IndexedDB write after `since`) and been quiet 1.5 s. */
  async settled(since: number): Promise<{ lastWrite: number; maxLongTask: number }> {
    for (let waited = 0; waited < LONG; waited += 250) {
      const state = await this.page.evaluate((t0) => {
        const probe = (window as unknown as BenchWindow).__bench;
        const writes = probe.idbWrites.filter((t) => t > t0);
        const tasks = probe.longTasks.filter((l) => l.start + l.duration > t0);
        const lastTask = Math.max(0, ...tasks.map((l) => l.start + l.duration));
        return {
          now: performance.now(),
          writes: writes.length,
          lastWrite: Math.max(0, ...writes),
          lastTask,
          maxLongTask: Math.max(0, ...tasks.map((l) => l.duration)),
        };
      }, since);
      const quietFor = state.now - Math.max(state.lastWrite, state.lastTask);
      if (state.writes > 0 && quietFor > 1500)
        return { lastWrite: state.lastWrite, maxLongTask: state.maxLongTask };
      await new Promise((done) => setTimeout(done, 250));
    }
    throw new Error('the page did not finish saving');
  }

  async heapMB(): Promise<number> {
    const cdp = await this.context.newCDPSession(this.page);
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    await cdp.detach();
    return usedSize / 1024 / 1024;
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}

const importHeading = (s: Session) =>
  s.page.getByRole('heading', { level: 1, name: 'Import your files' }).waitFor();

/** Chooses files on the Import screen; returns the time to the painted review. */
function readFiles(s: Session, files: string[]) {
  return s.timed(
    'h1',
    'Check the import',
    'change',
    () => s.page.getByLabel('CSV files to import').setInputFiles(files, { timeout: LONG }),
    LONG,
  );
}

function confirmImport(s: Session, files: number) {
  return s.timed(
    '[role=status]',
    `Imported ${files} ${files === 1 ? 'file' : 'files'}`,
    'click',
    () => s.page.getByRole('button', { name: 'Confirm import' }).click({ timeout: LONG }),
    LONG,
  );
}

function openScorecard(s: Session) {
  return s.timed('table.scorecard caption', 'Performance summary', 'click', () =>
    s.page.getByRole('link', { name: 'See the scorecard' }).click(),
  );
}

/** The example's 4 files chosen, reviewed, confirmed, and the scorecard opened and painted. */
async function typicalImport(browser: Browser, base: string) {
  const s = await Session.open(browser, `${base}/import`);
  await importHeading(s);
  const read = await readFiles(s, TYPICAL_FILES);
  const confirm = await confirmImport(s, TYPICAL_FILES.length);
  const paint = await openScorecard(s);
  await s.close();
  return {
    total: read.ms + confirm.ms + paint.ms,
    read: read.ms,
    confirm: confirm.ms,
    paint: paint.ms,
  };
}

/** Bare PapaParse on the 1M-row bytes in its own module worker, in the page. */
function papaParse(s: Session, file: string): Promise<{ ms: number; rows: number }> {
  return s.page.evaluate(async (name) => {
    const bytes = await (await fetch(`/__bench/data/${name}`)).arrayBuffer();
    const started = performance.now();
    const worker = new Worker('/__bench/worker/papaparse.worker.js', { type: 'module' });
    const result = await new Promise<{ rows: number }>((done, fail) => {
      worker.onmessage = (e: MessageEvent<{ rows: number }>) => done(e.data);
      worker.onerror = (e) => fail(new Error(e.message));
      worker.postMessage(bytes, [bytes]);
    });
    const ms = performance.now() - started;
    worker.terminate();
    return { ms, rows: result.rows };
  }, file);
}

/** A 1M-row file through the real Import screen, with bare PapaParse on the same bytes first. */
async function millionRows(browser: Browser, base: string) {
  const s = await Session.open(browser, `${base}/import`);
  await importHeading(s);
  const papa = await papaParse(s, BENCH_DATA.million.file);
  const read = await readFiles(s, [join(DATA, BENCH_DATA.million.file)]);
  const confirm = await confirmImport(s, 1);
  const saved = await s.settled(read.start);
  const heap = await s.heapMB();
  await s.close();
  return {
    importMs: read.ms + confirm.ms,
    readMs: read.ms,
    confirmMs: confirm.ms,
    savedMs: saved.lastWrite - read.start,
    maxLongTaskMs: saved.maxLongTask,
    papaMs: papa.ms,
    papaRows: papa.rows,
    ratio: papa.ms / read.ms,
    heapMB: heap,
  };
}

/** Switches "As at month end" `count` times (after one untimed switch) on the open scorecard. */
async function monthSwitches(s: Session, count: number): Promise<number[]> {
  // Found by its label once, then by id: a role query walks the whole page's accessibility
  // tree each time, which on 500 rows would fill the main thread (and the profile) with
  // playwright's own work.
  const id = await s.page
    .getByRole('combobox', { name: 'As at month end' })
    .getAttribute('id', { timeout: LONG });
  const picker = s.page.locator(`select[id="${id}"]`);
  const months = await picker
    .locator('option')
    .evaluateAll((os) =>
      os.map((o) => ({ value: (o as HTMLOptionElement).value, label: o.textContent ?? '' })),
    );
  if (months.length < 2) throw new Error('the month picker has fewer than two months');
  const samples: number[] = [];
  for (let i = 0; i <= count; i += 1) {
    const month = months[(i % (months.length - 1)) + 1] ?? months[1];
    const target = i % 2 === 0 ? month : months[0];
    if (!target) continue;
    const { ms } = await s.timed(
      'table.scorecard caption',
      `month end ${target.label}:`,
      'change',
      () => picker.selectOption(target.value),
    );
    if (i > 0) samples.push(ms);
  }
  return samples;
}

/** From a scorecard link to the indicator page's monthly chart painted, after a first visit. */
async function indicatorCharts(s: Session, count: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i <= count; i += 1) {
    const id = CHART_INDICATORS[i % CHART_INDICATORS.length] ?? '2.1';
    const { ms } = await s.timed('.indicator-chart path.recharts-line-curve', '', 'click', () =>
      s.page.locator(`table.scorecard a[href="/indicator/${encodeURIComponent(id)}"]`).click(),
    );
    if (i > 0) samples.push(ms);
    await s.page.goBack();
    await s.page.locator('table.scorecard caption').waitFor();
  }
  return samples;
}

/** The 500 indicators x 60 months workspace, imported through the Import screen (untimed). */
async function largeWorkspace(browser: Browser, base: string): Promise<Session> {
  const s = await Session.open(browser, `${base}/import`);
  await importHeading(s);
  const files = [BENCH_DATA.largeCatalogue.file, BENCH_DATA.largeMonthly.file];
  await readFiles(
    s,
    files.map((f) => join(DATA, f)),
  );
  await confirmImport(s, files.length);
  await openScorecard(s);
  return s;
}

/** gzip sizes in KB (1,000 bytes, as Vite reports them) of JS files in the build. */
function gzipKB(outDir: string, files: string[]): number {
  const bytes = files.reduce(
    (n, f) => n + gzipSync(readFileSync(join(outDir, f)), { level: 9 }).length,
    0,
  );
  return bytes / 1000;
}

/** The JS a first visit loads (from the page's requests) and all JS in the build. */
async function jsSizes(browser: Browser, base: string, outDir: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const scripts = new Set<string>();
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.endsWith('.js')) scripts.add(path.replace(/^\//, ''));
  });
  await page.goto(base);
  await page.locator('table.scorecard caption').waitFor();
  await page.waitForLoadState('networkidle');
  await context.close();
  const all = readdirSync(join(outDir, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => `assets/${f}`);
  return {
    initial: gzipKB(
      outDir,
      [...scripts].filter((f) => all.includes(f)),
    ),
    initialFiles: [...scripts],
    total: gzipKB(outDir, all),
  };
}

async function measure(browser: Browser, base: string, outDir: string) {
  const results: Partial<Record<MetricKey, number>> = {};
  const details: Record<string, unknown> = {};

  if (runs('sizes')) {
    log('JS sizes');
    const sizes = await jsSizes(browser, base, outDir);
    results.initialJsGzipKB = sizes.initial;
    results.totalJsGzipKB = sizes.total;
    details.initialJsFiles = sizes.initialFiles;
  }

  if (runs('typical')) {
    log(`typical upload, ${RUNS.typical} runs`);
    const typical = [];
    for (let i = 0; i < RUNS.typical; i += 1) typical.push(await typicalImport(browser, base));
    results.typicalImportToPaintMs = median(typical.map((t) => t.total));
    details.typical = typical;
  }

  if (runs('example')) {
    log('the example: month switches and indicator charts');
    const example = await Session.open(browser, base);
    await example.page.locator('table.scorecard caption').waitFor();
    const switches = await monthSwitches(example, RUNS.switches);
    results.monthSwitchMs = median(switches);
    details.monthSwitch = switches;
    await example.page
      .getByRole('combobox', { name: 'As at month end' })
      .selectOption({ index: 0 });
    const charts = await indicatorCharts(example, RUNS.charts);
    results.indicatorChartMs = median(charts);
    details.indicatorChart = charts;
    await example.close();
  }

  if (runs('large')) {
    log('500 indicators x 60 months: month switches');
    const large = await largeWorkspace(browser, base);
    const largeSwitches = await monthSwitches(large, RUNS.switches);
    results.monthSwitchLargeMs = median(largeSwitches);
    details.monthSwitchLarge = largeSwitches;
    await large.close();
  }

  if (runs('million')) {
    log(`1,000,000 rows, ${RUNS.million} runs (each takes a while)`);
    const million = [];
    for (let i = 0; i < RUNS.million; i += 1) {
      million.push(await millionRows(browser, base));
      log(
        `  run ${i + 1}: ${JSON.stringify(million.at(-1), (_, v) => (typeof v === 'number' ? Math.round(v * 100) / 100 : v))}`,
      );
    }
    results.millionRowImportMs = median(million.map((m) => m.importMs));
    results.millionRowMaxLongTaskMs = median(million.map((m) => m.maxLongTaskMs));
    results.importThroughputRatioToPapaParse = median(million.map((m) => m.ratio));
    results.heapAfterMillionRowsMB = median(million.map((m) => m.heapMB));
    details.million = million;
  }
  return { results, details };
}

/** Profiles (main thread) of a month switch on 500 indicators and of a 1M-row import. */
async function profile(browser: Browser, base: string) {
  const dir = join(WORK, 'profiles');
  mkdirSync(dir, { recursive: true });
  const record = async (s: Session, name: string, act: () => Promise<unknown>) => {
    const cdp = await s.context.newCDPSession(s.page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    await cdp.send('Profiler.start');
    // The rendering steps ("(program)" in a CPU profile) are only in a trace.
    await browser.startTracing(s.page, { categories: ['devtools.timeline'] });
    await act();
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as TraceFile;
    const { profile: cpu } = await cdp.send('Profiler.stop');
    await cdp.detach();
    writeFileSync(join(dir, `${name}.cpuprofile`), JSON.stringify(cpu));
    writeFileSync(join(dir, `${name}.trace.json`), JSON.stringify(trace));
    console.log(`\n${name} (main thread), most self time:\n${topFunctions(cpu as CpuProfile, 15)}`);
    console.log(`${name}, rendering steps on the main thread:\n${renderingSteps(trace)}`);
  };
  if (runs('example')) {
    const example = await Session.open(browser, base);
    await example.page.locator('table.scorecard caption').waitFor();
    await record(example, 'month-switch-example', () => monthSwitches(example, 5));
    await example.page
      .getByRole('combobox', { name: 'As at month end' })
      .selectOption({ index: 0 });
    await record(example, 'indicator-chart-example', () => indicatorCharts(example, 4));
    await example.close();
  }
  if (runs('large')) {
    const large = await largeWorkspace(browser, base);
    await record(large, 'month-switch-500x60', () => monthSwitches(large, 3));
    await large.close();
  }
  if (runs('million')) {
    const s = await Session.open(browser, `${base}/import`);
    await importHeading(s);
    await record(s, 'import-1m-rows', async () => {
      const read = await readFiles(s, [join(DATA, BENCH_DATA.million.file)]);
      await confirmImport(s, 1);
      await s.settled(read.start);
    });
    await s.close();
  }
  log(`profiles written to ${dir} (open them in Chromium DevTools, Performance panel)`);
}

export async function main(): Promise<void> {
  if (ONLY?.some((g) => !(GROUPS as readonly string[]).includes(g)))
    throw new Error(`BENCH_ONLY takes ${GROUPS.join(', ')}`);
  const outDir = DIST ?? (PROFILE ? join(BUILT, 'dist-profile') : resolve(ROOT, 'dist'));
  await generateData();
  await buildAll(outDir);
  const server = await preview({
    root: ROOT,
    logLevel: 'warn',
    plugins: [benchFiles()],
    build: { outDir },
    preview: { port: 0, strictPort: false, host: '127.0.0.1', open: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('The preview server has no port.');
  const base = `http://127.0.0.1:${address.port}`;
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
  });
  try {
    if (PROFILE) {
      await profile(browser, base);
      return;
    }
    const started = Date.now();
    const loadBefore = loadavg()[0];
    const { results, details } = await measure(browser, base, outDir);
    const figures = Object.fromEntries(
      METRICS.map((m) => [m.key, rounded(m.key, results[m.key] ?? Number.NaN)]),
    );
    const resultsFile = PARTIAL
      ? join(WORK, 'partial-results.json')
      : resolve(ROOT, 'bench-results.json');
    writeFileSync(resultsFile, `${JSON.stringify(figures, null, 2)}\n`);
    const meta = {
      date: new Date().toISOString(),
      cores: cpus().length,
      // Other jobs on a shared machine slow every figure: the 1-minute load before and after.
      loadAverage: [loadBefore, loadavg()[0]].map((l) => Math.round((l ?? 0) * 10) / 10),
      chromium: browser.version(),
      quick: QUICK,
      runs: RUNS,
      build: DIST ?? outDir,
      only: ONLY ?? 'all',
      seconds: Math.round((Date.now() - started) / 1000),
    };
    writeFileSync(
      join(WORK, 'bench-details.json'),
      `${JSON.stringify({ meta, details }, null, 2)}\n`,
    );
    console.log(`\n${resultTable(figures)}\n`);
    log(
      `${meta.date}, ${meta.cores} cores (load ${meta.loadAverage.join(' -> ')}), Chromium ${meta.chromium}, ${meta.seconds} s`,
    );
    log(`written ${resultsFile} (medians) and .bench/bench-details.json (every run)`);
  } finally {
    await browser.close();
    await server.close();
  }
}
