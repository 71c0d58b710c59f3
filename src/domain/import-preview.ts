import type {
  Benchmark,
  BreakdownRow,
  Indicator,
  MonthKey,
  Observation,
  ParsedFile,
  WorkspaceData,
} from '@/domain/types';
import { compareMonths } from '@/domain/periods';
import { pairSlots } from '@/domain/pair-keys';
import { availableMonths, benchmarkKey, isMonthKey, sameReading } from '@/domain/workspace';

/**
 * What an import would change, worked out before it is confirmed: new indicators, values and
 * months, revisions, benchmarks. Import-only code (the worker and the import screen use it), kept
 * apart from the workspace's rules so a first visit does not load it.
 */

/** "breakdown: 10 rows of 6.1 by length of time on plan". */
function breakdownWords(rows: BreakdownRow[]): string {
  const ids = [...new Set(rows.map((r) => r.indicatorId))];
  const dims = [...new Set(rows.map((r) => r.dimension.toLowerCase()))];
  return `breakdown: ${rows.length} ${rows.length === 1 ? 'row' : 'rows'} of ${ids.join(', ')} by ${dims.join(', ')}`;
}

export interface RevisedValue {
  indicatorId: string;
  indicatorName: string;
  period: string;
  before: Observation;
  after: Observation;
}

/** What a set of parsed files would change, shown before the user confirms (SPEC 2.7). */
export interface ImportPreview {
  newIndicators: Indicator[];
  /** Periods that have no value yet. */
  newValues: { indicatorId: string; period: string }[];
  /** Distinct new months across all indicators, oldest first. */
  newMonths: MonthKey[];
  revisions: RevisedValue[];
  unchanged: number;
  benchmarks: number;
  /** Benchmarks held already that the files would change (the earlier one is kept to restore). */
  revisedBenchmarks: RevisedBenchmark[];
  /** Published national datasets and neighbour lists the files bring (SPEC 2.5). */
  published: { file: string; words: string }[];
}

/** A benchmark an import would change: "2.8 SN average 2014/15: 23.6% becomes 23.4%". */
export interface RevisedBenchmark {
  indicatorId: string;
  kind: Benchmark['benchmark'];
  period: string;
  before: number;
  after: number;
}

export function previewImport(ws: WorkspaceData, parsed: ParsedFile[]): ImportPreview {
  return previewImportListing(ws, parsed, Infinity).preview;
}

/**
 * `previewImport` with its lists of new values and revisions cut to `listAtMost` as they are made
 * (a million-row file makes no million list items), and the whole counts beside them.
 */
export function previewImportListing(
  ws: WorkspaceData,
  parsed: ParsedFile[],
  listAtMost: number,
): { preview: ImportPreview; totals: { newValues: number; revisions: number } } {
  const totals = { newValues: 0, revisions: 0 };
  const known = new Map(ws.indicators.map((i) => [i.id, i]));
  // Values by pair slot (pair-keys.ts): plain arrays, not maps of a million joined strings.
  const pairs = pairSlots();
  // Values come grouped by indicator: the last id's number is kept, so most values ask the
  // numbering for their period only.
  let lastId: string | undefined;
  let lastIdNumber = -1;
  let lastPeriodNumber = -1;
  const slotOf = (o: Observation) => {
    if (o.indicatorId !== lastId) {
      lastId = o.indicatorId;
      lastIdNumber = pairs.idNumber(lastId);
    }
    lastPeriodNumber = pairs.periodNumber(o.period);
    return pairs.slotOfNumbers(lastIdNumber, lastPeriodNumber);
  };
  const existing: (Observation | undefined)[] = [];
  for (const o of ws.observations) existing[slotOf(o)] = o;
  const monthsBefore = new Set(availableMonths(ws));
  const newIndicators = new Map<string, Indicator>();
  for (const file of parsed)
    for (const ind of file.indicators) if (!known.has(ind.id)) newIndicators.set(ind.id, ind);
  const name = (id: string) => known.get(id)?.name ?? newIndicators.get(id)?.name ?? id;
  const preview: ImportPreview = {
    newIndicators: [...newIndicators.values()],
    newValues: [],
    newMonths: [],
    revisions: [],
    unchanged: 0,
    benchmarks: parsed.reduce((n, f) => n + f.benchmarks.length, 0),
    revisedBenchmarks: [],
    published: parsed.flatMap((f) => [
      ...(f.national
        ? [
            {
              file: f.file,
              words: `published national data: ${f.national.measures.length} measures, ${f.national.rows.length.toLocaleString('en-GB')} rows`,
            },
          ]
        : []),
      ...(f.neighbours
        ? [
            {
              file: f.file,
              words: `statistical neighbours of ${f.neighbours.las.length} local ${f.neighbours.las.length === 1 ? 'authority' : 'authorities'}`,
            },
          ]
        : []),
      // Breakdowns (SPEC 2.8) and agencies' no-value markers (SPEC 2.9) are listed too.
      ...(f.breakdowns?.length ? [{ file: f.file, words: breakdownWords(f.breakdowns) }] : []),
      ...(f.markers?.length
        ? [
            {
              file: f.file,
              words: `${f.markers.length} ${f.markers.length === 1 ? 'figure' : 'figures'} returned with no value (${[...new Set(f.markers.map((m) => m.marker))].join(', ')})`,
            },
          ]
        : []),
    ]),
  };
  const heldBenchmarks = new Map(ws.benchmarks.map((b) => [benchmarkKey(b), b]));
  const incomingBenchmarks = new Map<string, Benchmark>();
  for (const file of parsed)
    for (const b of file.benchmarks) incomingBenchmarks.set(benchmarkKey(b), b);
  for (const [key, after] of incomingBenchmarks) {
    const before = heldBenchmarks.get(key);
    if (before && before.value !== after.value) {
      preview.revisedBenchmarks.push({
        indicatorId: after.indicatorId,
        kind: after.benchmark,
        period: after.period,
        before: before.value,
        after: after.value,
      });
    }
  }
  const newMonths = new Set<MonthKey>();
  // Each period's number once looked at for a new month (a month is looked for once per period).
  const periodLooked: boolean[] = [];
  /** Compares the value a pair would have after the import with the one held. */
  const compare = (after: Observation, slot: number, period: number) => {
    const before = existing[slot];
    if (!before) {
      totals.newValues += 1;
      if (preview.newValues.length < listAtMost)
        preview.newValues.push({ indicatorId: after.indicatorId, period: after.period });
      if (!periodLooked[period]) {
        periodLooked[period] = true;
        if (isMonthKey(after.period) && !monthsBefore.has(after.period))
          newMonths.add(after.period);
      }
    } else if (sameReading(before, after)) {
      preview.unchanged += 1;
    } else {
      totals.revisions += 1;
      if (preview.revisions.length >= listAtMost) return;
      preview.revisions.push({
        indicatorId: after.indicatorId,
        indicatorName: name(after.indicatorId),
        period: after.period,
        before,
        after,
      });
    }
  };
  // One file bringing values (the usual import) is compared in one pass, in its own order, as
  // long as it gives each pair once (a new pair gets a new slot; a held one is marked when seen).
  const heldSlots = pairs.size;
  const inOnePass = (values: readonly Observation[]): boolean => {
    const seen = new Uint8Array(heldSlots);
    for (const o of values) {
      const slotsBefore = pairs.size;
      const slot = slotOf(o);
      if (slot < heldSlots ? seen[slot]!++ > 0 : pairs.size === slotsBefore) return false;
      compare(o, slot, lastPeriodNumber);
    }
    return true;
  };
  const withValues = parsed.filter((f) => f.observations.length > 0);
  if (!(withValues.length === 1 && inOnePass(withValues[0]!.observations))) {
    // Several files, or a pair given twice: what was compared is dropped, and the last value of
    // each pair the files bring is found first, the pairs in the order they first came.
    totals.newValues = 0;
    totals.revisions = 0;
    preview.newValues = [];
    preview.revisions = [];
    preview.unchanged = 0;
    newMonths.clear();
    periodLooked.length = 0;
    const incoming: (Observation | undefined)[] = [];
    const incomingOrder: number[] = [];
    const incomingPeriod: number[] = [];
    for (const file of withValues) {
      for (const o of file.observations) {
        const slot = slotOf(o);
        if (incoming[slot] === undefined) incomingOrder.push(slot);
        incoming[slot] = o;
        incomingPeriod[slot] = lastPeriodNumber;
      }
    }
    for (const slot of incomingOrder) compare(incoming[slot]!, slot, incomingPeriod[slot]!);
  }
  preview.newMonths = [...newMonths].sort(compareMonths);
  return { preview, totals };
}
