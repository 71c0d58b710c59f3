/** Reading a DevTools CPU profile (`Profiler.stop`): where the main thread spent its time. */

export interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
  }[];
  samples?: number[];
  timeDeltas?: number[];
}

/**
 * The `count` functions with the most self time (time on top of the stack), in ms and as a
 * share of the profile, one per line: "  812.4 ms  31.0%  indexWorkspace  workspace.ts:120".
 * Functions of the same name at the same place are added together.
 */
export function topFunctions(profile: CpuProfile, count: number): string {
  const frameOf = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const selfMs = new Map<string, number>();
  let totalMs = 0;
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i += 1) {
    const frame = frameOf.get(samples[i] as number);
    const ms = (deltas[i + 1] ?? deltas[i] ?? 0) / 1000;
    totalMs += ms;
    if (!frame) continue;
    const file = frame.url.split('/').pop() ?? '';
    const key = `${frame.functionName || '(anonymous)'}  ${file ? `${file}:${frame.lineNumber + 1}` : ''}`;
    selfMs.set(key, (selfMs.get(key) ?? 0) + ms);
  }
  return [...selfMs.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(
      ([key, ms]) =>
        `${ms.toFixed(1).padStart(9)} ms ${((ms / totalMs) * 100).toFixed(1).padStart(5)}%  ${key}`,
    )
    .join('\n');
}

/** A Chromium trace (`browser.stopTracing()`), as much of it as is read here. */
export interface TraceFile {
  traceEvents: {
    name: string;
    ph: string;
    dur?: number;
    pid: number;
    tid: number;
    args?: { name?: string };
  }[];
}

/** The browser's own work that a CPU profile shows only as "(program)". */
const STEPS: Record<string, string> = {
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  PrePaint: 'pre-paint',
  Paint: 'paint',
  Layerize: 'layerize',
  Commit: 'commit to compositor',
  FunctionCall: 'scripts (calls)',
  EventDispatch: 'events (with their handlers)',
};

/** Time of the renderer's main thread in style, layout, paint and scripts, in ms, one per line. */
export function renderingSteps(trace: TraceFile): string {
  const main = trace.traceEvents.find(
    (e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
  );
  const totals = new Map<string, { ms: number; count: number }>();
  for (const e of trace.traceEvents) {
    const step = STEPS[e.name];
    if (!step || e.ph !== 'X' || (main && (e.pid !== main.pid || e.tid !== main.tid))) continue;
    const t = totals.get(step) ?? { ms: 0, count: 0 };
    t.ms += (e.dur ?? 0) / 1000;
    t.count += 1;
    totals.set(step, t);
  }
  return [...totals]
    .sort((a, b) => b[1].ms - a[1].ms)
    .map(
      ([step, t]) =>
        `  ${t.ms.toFixed(1).padStart(8)} ms  ${String(t.count).padStart(5)}x  ${step}`,
    )
    .join('\n');
}
