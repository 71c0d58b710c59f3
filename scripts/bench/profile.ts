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
