/** A label that wants to sit at `value` on the value axis. */
export interface LabelSlot {
  key: string;
  value: number;
}

/**
 * Moves labels apart so that none overlaps: sorted by value, each label is at least `minGap`
 * (in value units) above the one below it, and the stack is then pulled back inside
 * [min, max] where it can be. Returns where each label should be drawn, by key.
 * Close reference lines (target 23%, SN average 23.6%, England 24%) stay readable this way.
 */
export function spreadLabels(
  slots: readonly LabelSlot[],
  minGap: number,
  min: number,
  max: number,
): Map<string, number> {
  const sorted = [...slots].sort((a, b) => a.value - b.value);
  const placed = sorted.map((s) => s.value);
  for (let i = 1; i < placed.length; i += 1) {
    const below = placed[i - 1] as number;
    if ((placed[i] as number) < below + minGap) placed[i] = below + minGap;
  }
  const top = placed[placed.length - 1];
  if (top !== undefined && top > max) {
    placed[placed.length - 1] = max;
    for (let i = placed.length - 2; i >= 0; i -= 1) {
      const above = placed[i + 1] as number;
      if ((placed[i] as number) > above - minGap) placed[i] = Math.max(min, above - minGap);
    }
  }
  return new Map(sorted.map((s, i) => [s.key, placed[i] as number]));
}
