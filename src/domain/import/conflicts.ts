import type { Observation, ParsedFile } from '@/domain/types';
import { sameReading } from '@/domain/workspace';

/**
 * Files chosen together that give different values for the same indicator and period: every
 * reading in the order the files were chosen, and the one that will be used (the last: later
 * files win, as `mergeImport` applies them).
 */
export interface ConflictingValue {
  indicatorId: string;
  period: string;
  /** The different readings, in the order of the files; the last one is used. */
  readings: Observation[];
}

/**
 * The conflicts inside one import (shown before confirming, so the choice is never silent):
 * for each indicator and period given by more than one of the files, the readings that differ
 * (`sameReading`, the rule revisions use: "76" and "76.0%" agree). Linear in the number of values.
 */
export function findConflicts(parsed: readonly ParsedFile[]): ConflictingValue[] {
  // Readings of one file never conflict with each other: with values from one file, none.
  if (parsed.filter((f) => f.observations.length > 0).length < 2) return [];
  const held = new Map<string, Observation>();
  const conflicts = new Map<string, ConflictingValue>();
  for (const file of parsed) {
    for (const o of file.observations) {
      const key = `${o.indicatorId}\u0000${o.period}`;
      const before = held.get(key);
      held.set(key, o);
      if (!before || before.provenance.file === o.provenance.file || sameReading(before, o))
        continue;
      const known = conflicts.get(key);
      if (known) known.readings.push(o);
      else
        conflicts.set(key, { indicatorId: o.indicatorId, period: o.period, readings: [before, o] });
    }
  }
  return [...conflicts.values()];
}
