/**
 * What the benchmark installs in the page before the app's own scripts (playwright's
 * `addInitScript`, which goes through the DevTools protocol and so is not an inline script our
 * CSP would block). It records, in page time (`performance.now()`):
 * - when the user's last `change` (file input, month picker) and `click` happened, in the
 *   capture phase, before the app sees them;
 * - every long task (over 50 ms) on the main thread;
 * - when each IndexedDB write transaction completed (the workspace and its undo history saved);
 * and lets the runner wait until an element with a given text is on screen and painted.
 *
 * `installProbe` is serialised into the page, so it must not refer to anything outside itself.
 */
export interface Probe {
  lastChange: number;
  lastClick: number;
  longTasks: { start: number; duration: number }[];
  idbWrites: number[];
  /** Starts watching for `selector` whose text contains `text`; `watched` resolves at its paint. */
  watch(selector: string, text: string): void;
  watched: Promise<number> | null;
}

export function installProbe(): void {
  const probe: Probe = {
    lastChange: 0,
    lastClick: 0,
    longTasks: [],
    idbWrites: [],
    watched: null,
    watch(selector, text) {
      probe.watched = new Promise<number>((resolve) => {
        const found = () =>
          [...document.querySelectorAll(selector)].some((e) =>
            (e.textContent ?? '').includes(text),
          );
        // After the frame that shows it: the next animation frame runs before paint, a task
        // queued from it runs after.
        const painted = () =>
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0));
        const observer = new MutationObserver(() => {
          if (!found()) return;
          observer.disconnect();
          painted();
        });
        observer.observe(document, { subtree: true, childList: true, characterData: true });
        if (found()) {
          observer.disconnect();
          painted();
        }
      });
    },
  };
  (window as unknown as { __bench: Probe }).__bench = probe;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        probe.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // no long-task timing in this browser: the figure stays empty
  }
  document.addEventListener('change', () => (probe.lastChange = performance.now()), true);
  document.addEventListener('click', () => (probe.lastClick = performance.now()), true);
  const transaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (
    this: IDBDatabase,
    ...args: Parameters<IDBDatabase['transaction']>
  ) {
    const tx = transaction.apply(this, args);
    if (args[1] === 'readwrite')
      tx.addEventListener('complete', () => probe.idbWrites.push(performance.now()));
    return tx;
  };
}
