import type {
  BreakdownRow,
  ReturnedMarker,
  Benchmark,
  ImportRecord,
  ImportedYtd,
  Indicator,
  MonthKey,
  Observation,
  ParsedFile,
  PopulationFigure,
  PrintedStatus,
  Revision,
  SupersededItem,
  WorkspaceData,
} from '@/domain/types';
import { compareMonths, monthCode } from '@/domain/periods';
import { contributes } from '@/domain/import/contributes';

/** Whether a period key is a month (`2015-12`), as opposed to a financial year. */
export const isMonthKey = (period: string): boolean => monthCode(period) >= 0;

export function emptyWorkspace(label = 'My data'): WorkspaceData {
  return {
    version: 1,
    label,
    isExample: false,
    indicators: [],
    observations: [],
    revisions: [],
    benchmarks: [],
    importedYtd: [],
    printed: [],
    population: [],
    commentary: [],
    imports: [],
  };
}

const obsKey = (o: { indicatorId: string; period: string }) => `${o.indicatorId}\u0000${o.period}`;

/** Two observations say the same thing when value and fraction match; provenance may differ. */
/**
 * Whether a re-imported value says the same as the one held: the same value, and no numerator or
 * denominator that contradicts ours (a summary sheet printing "0.3%" without the detail page's
 * "1 of 362" repeats it; "2 of 362" would not).
 */
export function sameReading(a: Observation, b: Observation): boolean {
  const agree = (x: number | null, y: number | null) => x === null || y === null || x === y;
  return (
    a.value === b.value && agree(a.numerator, b.numerator) && agree(a.denominator, b.denominator)
  );
}

/** A stand-in catalogue entry for values whose indicator no imported file has described yet. */
export function placeholderIndicator(id: string, order: number): Indicator {
  return {
    id,
    section: 'Not in the catalogue',
    name: `Indicator ${id}`,
    polarity: 'neutral',
    unit: 'count',
    decimals: null,
    ytd: 'none',
    ragBasis: 'month',
    targetCells: { red: '', amber: '', green: '' },
    target: { form: 'none' },
    dot: true,
    definition: '',
    source: '',
    dataNote: '',
    ytdNote: '',
    order,
  };
}

/**
 * The later file describes the indicator; blank text fields keep what we had. A scorecard sheet
 * only infers unit, decimals, YTD kind and DOT setting from its notes, so where an indicator is
 * already described those stay as the catalogue set them; its targets, name and polarity win.
 */
function mergeIndicator(old: Indicator, next: Indicator, fromSheet: boolean): Indicator {
  const keep = (a: string, b: string) => (b.trim() === '' ? a : b);
  const isPlaceholder = old.section === 'Not in the catalogue';
  const inferred =
    fromSheet && !isPlaceholder
      ? { unit: old.unit, decimals: old.decimals, ytd: old.ytd, dot: old.dot }
      : {};
  return {
    ...next,
    ...inferred,
    ragBasis: fromSheet && !isPlaceholder && old.ragBasis === 'ytd' ? 'ytd' : next.ragBasis,
    section: keep(old.section, next.section),
    name: keep(old.name, next.name),
    definition: keep(old.definition, next.definition),
    source: keep(old.source, next.source),
    dataNote: keep(old.dataNote, next.dataNote),
    ytdNote: keep(old.ytdNote, next.ytdNote),
    order: isPlaceholder ? next.order : old.order,
    // A sheet has no tags column: the catalogue's tags stay until a catalogue says otherwise.
    tags: fromSheet ? (old.tags ?? next.tags) : (next.tags ?? old.tags),
    ...(next.smallNumbersThreshold === undefined && old.smallNumbersThreshold !== undefined
      ? { smallNumbersThreshold: old.smallNumbersThreshold }
      : {}),
    // A sheet has no dated target: the catalogue's stays (SPEC 2.10).
    ...(fromSheet && old.targetBy && !next.targetBy ? { targetBy: old.targetBy } : {}),
    ...(fromSheet && old.trajectoryRag && !next.trajectoryRag ? { trajectoryRag: true } : {}),
    // A sheet has no agency, expected or rag_rule column: the catalogue's stay.
    ...(fromSheet ? partnerFields(old) : {}),
  };
}

const partnerFields = (ind: Indicator): Partial<Indicator> => ({
  ...(ind.agency === undefined ? {} : { agency: ind.agency }),
  ...(ind.expected === undefined ? {} : { expected: ind.expected }),
  ...(ind.ragRule === undefined ? {} : { ragRule: ind.ragRule }),
});

/**
 * Items keyed by `keyOf`: the new ones (tagged with their import) replace held ones of the same
 * key. Removing the import takes its items out (what they replaced does not come back: a
 * breakdown or a marker is re-sent whole by its agency).
 */
function replaceKeyed<T extends { importId?: string }>(
  held: readonly T[] | undefined,
  added: readonly T[] | undefined,
  importId: string,
  keyOf: (t: T) => string,
): T[] | undefined {
  if (!added || added.length === 0) return held ? [...held] : undefined;
  const map = new Map((held ?? []).map((t) => [keyOf(t), t]));
  for (const t of added) map.set(keyOf(t), { ...t, importId });
  return [...map.values()];
}

const breakdownKey = (b: BreakdownRow) =>
  [b.indicatorId, b.period, b.dimension.toLowerCase(), b.category.toLowerCase()].join('\u0000');
const markerKey = (m: ReturnedMarker) => `${m.indicatorId}\u0000${m.period}`;

const ytdKey = (y: ImportedYtd) => `${y.indicatorId}\u0000${y.month}`;
const printedKey = (p: PrintedStatus) => `${p.indicatorId}\u0000${p.month}`;
/** The key a benchmark replaces another by (indicator, kind, period). */
export const benchmarkKey = (b: Benchmark) =>
  `${b.indicatorId}\u0000${b.benchmark}\u0000${b.period}`;
const populationKey = (p: PopulationFigure) => p.period;

/** The four keyed lists an import adds to, each with the key an item replaces another by. */
type TrackedList = SupersededItem['list'];
interface TrackedItem {
  importId?: string;
}
const TRACKED: { list: TrackedList; key: (item: never) => string }[] = [
  { list: 'benchmarks', key: benchmarkKey },
  { list: 'importedYtd', key: ytdKey },
  { list: 'printed', key: printedKey },
  { list: 'population', key: populationKey },
];
const keyOf = (list: TrackedList, item: TrackedItem): string =>
  (TRACKED.find((t) => t.list === list)!.key as (i: TrackedItem) => string)(item);

/**
 * Adds an import's items to one keyed list: an item with the key of one held replaces it, and
 * the replaced one is kept in `superseded` (with the id of the import that replaced it).
 */
function addTracked(
  list: TrackedList,
  held: TrackedItem[],
  incoming: TrackedItem[],
  importId: string,
  superseded: SupersededItem[],
): TrackedItem[] {
  const map = new Map(held.map((t) => [keyOf(list, t), t]));
  for (const t of incoming) {
    const before = map.get(keyOf(list, t));
    if (before) superseded.push({ list, item: before, by: importId } as SupersededItem);
    map.set(keyOf(list, t), { ...t, importId });
  }
  return [...map.values()];
}

/**
 * Takes an import's items out of one keyed list and brings back what it had replaced. When a
 * later import has since replaced the same key, the item stays superseded, now by that import.
 */
function removeTracked(
  list: TrackedList,
  held: TrackedItem[],
  importId: string,
  superseded: SupersededItem[],
): { items: TrackedItem[]; superseded: SupersededItem[] } {
  const map = new Map(held.filter((t) => t.importId !== importId).map((t) => [keyOf(list, t), t]));
  const kept: SupersededItem[] = [];
  for (const s of superseded) {
    if (s.list !== list) {
      kept.push(s);
      continue;
    }
    if ((s.item as TrackedItem).importId === importId && importId !== undefined) continue;
    if (s.by !== importId) {
      kept.push(s);
      continue;
    }
    const live = map.get(keyOf(list, s.item));
    if (!live) map.set(keyOf(list, s.item), s.item);
    else if (live.importId) kept.push({ ...s, by: live.importId } as SupersededItem);
  }
  return { items: [...map.values()], superseded: kept };
}

/**
 * Merges confirmed files into the workspace. A period that already has a value is replaced (the
 * latest extract is the truth) and the earlier value is kept as a revision (SPEC 2.7). Values of
 * indicators no file has described get a placeholder catalogue entry, so nothing is dropped.
 * Files are applied in the order given: a later file wins over an earlier one.
 */
export function mergeImport(
  ws: WorkspaceData,
  parsed: ParsedFile[],
  importedAt: string,
  patches?: readonly ObservationPatch[],
): WorkspaceData {
  let next: WorkspaceData = { ...ws };
  // A file that brings nothing is not listed as loaded.
  parsed.filter(contributes).forEach((file, index) => {
    next = mergeOne(next, file, importedAt, index, patches?.[index]);
  });
  return next;
}

/**
 * What one file does to the values held (`held`, with `index` from `indexObservations`): each
 * value in `observations` replaces `held[at[k]]`, or is added at the end when `at[k]` is -1, in
 * that order. Computed by `mergeObservations`, in the parsing worker for a large import (so the
 * page receives this, not the whole list), applied by `applyObservationPatch`.
 */
export interface ObservationPatch {
  at: ArrayLike<number>;
  observations: Observation[];
  /** The values replaced by a different reading, kept (SPEC 2.7). */
  revisions: Revision[];
  /** The indicators the file has values of, first seen first (for stand-in catalogue entries). */
  indicatorIds: string[];
}

export const observationKey = obsKey;

/** Each held value's position by indicator and period. */
export function indexObservations(held: readonly Observation[]): Map<string, number> {
  const index = new Map<string, number>();
  held.forEach((o, i) => index.set(obsKey(o), i));
  return index;
}

/**
 * The rule of a re-import (SPEC 2.7), for one file's values against those held: a period with no
 * value gets one; a different reading replaces the held one, which is kept as a revision; the
 * same reading stays with the file that first gave it, keeping what either file knew (the more
 * precise spelling, "76" then "76.0%", and a numerator or denominator only one printed). Within
 * the file a later row of the same period is compared with the earlier row.
 */
export function mergeObservations(
  held: readonly Observation[],
  index: ReadonlyMap<string, number>,
  incoming: readonly Observation[],
  importedAt: string,
): ObservationPatch {
  const positions: number[] = [];
  const patch = {
    at: positions,
    observations: [] as Observation[],
    revisions: [] as Revision[],
    indicatorIds: [] as string[],
  };
  const pending = new Map<string, number>();
  const ids = new Set<string>();
  const put = (key: string, p: number | undefined, o: Observation) => {
    if (p !== undefined) patch.observations[p] = o;
    else {
      pending.set(key, patch.observations.length);
      positions.push(index.get(key) ?? -1);
      patch.observations.push(o);
    }
  };
  for (const o of incoming) {
    if (!ids.has(o.indicatorId)) {
      ids.add(o.indicatorId);
      patch.indicatorIds.push(o.indicatorId);
    }
    const obs = { ...o, provenance: { ...o.provenance, importedAt } };
    const key = obsKey(obs);
    const p = pending.get(key);
    const at = p === undefined ? index.get(key) : undefined;
    const before =
      p !== undefined ? patch.observations[p] : at !== undefined ? held[at] : undefined;
    if (!before) {
      put(key, p, obs);
      continue;
    }
    if (!sameReading(before, obs)) {
      patch.revisions.push({
        indicatorId: obs.indicatorId,
        period: obs.period,
        previous: before,
        replacedBy: obs.provenance,
      });
      put(key, p, obs);
      continue;
    }
    const precise = obs.decimals > before.decimals;
    const enriched: Observation = {
      ...before,
      decimals: precise ? obs.decimals : before.decimals,
      raw: precise ? obs.raw : before.raw,
      numerator: before.numerator ?? obs.numerator,
      denominator: before.denominator ?? obs.denominator,
    };
    if (
      precise ||
      enriched.numerator !== before.numerator ||
      enriched.denominator !== before.denominator
    )
      put(key, p, enriched);
  }
  return patch;
}

/**
 * The held values after a patch: a new list (the held one is not changed). When `index` is given
 * it is kept up to date with the values added at the end.
 */
export function applyObservationPatch(
  held: readonly Observation[],
  patch: Pick<ObservationPatch, 'at' | 'observations'>,
  index?: Map<string, number>,
): Observation[] {
  const out = held.slice();
  const { at, observations } = patch;
  for (let k = 0; k < observations.length; k += 1) {
    const o = observations[k]!;
    const i = at[k]!;
    if (i >= 0) out[i] = o;
    else {
      index?.set(obsKey(o), out.length);
      out.push(o);
    }
  }
  return out;
}

function mergeOne(
  ws: WorkspaceData,
  file: ParsedFile,
  importedAt: string,
  index: number,
  patch?: ObservationPatch,
): WorkspaceData {
  const indicators = new Map(ws.indicators.map((i) => [i.id, i]));
  const newIndicatorIds: string[] = [];
  let nextOrder = ws.indicators.reduce((m, i) => Math.max(m, i.order), -1) + 1;
  for (const ind of file.indicators) {
    const old = indicators.get(ind.id);
    if (old) indicators.set(ind.id, mergeIndicator(old, ind, file.kind === 'scorecard'));
    else {
      indicators.set(ind.id, { ...ind, order: nextOrder + ind.order });
      newIndicatorIds.push(ind.id);
    }
  }
  nextOrder = [...indicators.values()].reduce((m, i) => Math.max(m, i.order), -1) + 1;
  const change =
    patch ??
    mergeObservations(
      ws.observations,
      indexObservations(ws.observations),
      file.observations,
      importedAt,
    );
  for (const id of change.indicatorIds) {
    if (!indicators.has(id)) {
      indicators.set(id, placeholderIndicator(id, nextOrder++));
      newIndicatorIds.push(id);
    }
  }

  const revisions: Revision[] = [...ws.revisions, ...change.revisions];
  const observations = applyObservationPatch(ws.observations, change);

  const superseded: SupersededItem[] = [...(ws.superseded ?? [])];
  const record: ImportRecord = {
    id: `${importedAt}#${index}`,
    file: file.file,
    kind: file.kind,
    importedAt,
    rowsAccepted: file.rowsAccepted,
    newIndicatorIds,
  };
  return {
    ...ws,
    indicators: [...indicators.values()],
    observations,
    revisions,
    benchmarks: addTracked(
      'benchmarks',
      ws.benchmarks,
      file.benchmarks,
      record.id,
      superseded,
    ) as Benchmark[],
    importedYtd: addTracked(
      'importedYtd',
      ws.importedYtd,
      file.importedYtd,
      record.id,
      superseded,
    ) as ImportedYtd[],
    printed: addTracked(
      'printed',
      ws.printed,
      file.printed,
      record.id,
      superseded,
    ) as PrintedStatus[],
    population: addTracked(
      'population',
      ws.population,
      file.population,
      record.id,
      superseded,
    ) as PopulationFigure[],
    superseded,
    // Published national data and neighbour lists: kept whole, newest last (the newest is read).
    ...(file.national
      ? { national: [...(ws.national ?? []), { ...file.national, importId: record.id }] }
      : {}),
    ...(file.neighbours
      ? { neighbours: [...(ws.neighbours ?? []), { ...file.neighbours, importId: record.id }] }
      : {}),
    // Trajectory files: kept per import; the newest import with an indicator's path is read.
    ...(file.trajectories?.length
      ? {
          trajectories: [
            ...(ws.trajectories ?? []),
            ...file.trajectories.map((p) => ({ ...p, importId: record.id })),
          ],
        }
      : {}),
    // Breakdowns (SPEC 2.8) and partner agencies' no-value markers (SPEC 2.9).
    ...(file.breakdowns?.length
      ? { breakdowns: replaceKeyed(ws.breakdowns, file.breakdowns, record.id, breakdownKey) }
      : {}),
    ...(file.markers?.length
      ? { markers: replaceKeyed(ws.markers, file.markers, record.id, markerKey) }
      : {}),
    imports: [...ws.imports, record],
  };
}

/**
 * Takes one import back out: its values go, and the values it had replaced come back from the
 * revisions. Indicators it introduced go when nothing else refers to them.
 */
export function removeImport(ws: WorkspaceData, importId: string): WorkspaceData {
  const record = ws.imports.find((r) => r.id === importId);
  if (!record) return ws;
  const fromRecord = (p: { file: string; importedAt: string }) =>
    p.file === record.file && p.importedAt === record.importedAt;

  const observations = new Map(
    ws.observations.filter((o) => !fromRecord(o.provenance)).map((o) => [obsKey(o), o]),
  );
  const revisions: Revision[] = [];
  for (const r of ws.revisions) {
    if (fromRecord(r.replacedBy)) {
      if (!observations.has(obsKey(r))) observations.set(obsKey(r), r.previous);
    } else if (!fromRecord(r.previous.provenance)) {
      revisions.push(r);
    }
  }
  // Benchmarks, printed YTDs and DOT/RAG, population: the import's go, what it replaced returns.
  let superseded = ws.superseded ?? [];
  const lists: Partial<Pick<WorkspaceData, TrackedList>> = {};
  for (const { list } of TRACKED) {
    const out = removeTracked(list, ws[list], importId, superseded);
    superseded = out.superseded;
    (lists as Record<TrackedList, TrackedItem[]>)[list] = out.items;
  }
  const tracked = {
    ...(lists as Pick<WorkspaceData, TrackedList>),
    superseded,
    // Its national dataset or neighbour list goes; the earlier ones are read again.
    ...(ws.national ? { national: ws.national.filter((d) => d.importId !== importId) } : {}),
    ...(ws.neighbours ? { neighbours: ws.neighbours.filter((n) => n.importId !== importId) } : {}),
    ...(ws.trajectories
      ? { trajectories: ws.trajectories.filter((p) => p.importId !== importId) }
      : {}),
    ...(ws.breakdowns ? { breakdowns: ws.breakdowns.filter((b) => b.importId !== importId) } : {}),
    ...(ws.markers ? { markers: ws.markers.filter((m) => m.importId !== importId) } : {}),
  };
  const stillUsed = new Set([...observations.values()].map((o) => o.indicatorId));
  const introduced = new Set(record.newIndicatorIds);
  const otherImports = ws.imports.filter((r) => r.id !== importId);
  const describedElsewhere = new Set(otherImports.flatMap((r) => r.newIndicatorIds));
  return {
    ...ws,
    indicators: ws.indicators.filter(
      (i) => !introduced.has(i.id) || stillUsed.has(i.id) || describedElsewhere.has(i.id),
    ),
    observations: [...observations.values()],
    revisions,
    ...tracked,
    imports: otherImports,
  };
}

/** Every month that has at least one value (or a count to make a rate of), oldest first. */
export function availableMonths(ws: WorkspaceData): MonthKey[] {
  const months = new Set<MonthKey>();
  for (const o of ws.observations)
    if (isMonthKey(o.period) && (o.value !== null || o.numerator !== null)) months.add(o.period);
  return [...months].sort(compareMonths);
}

/** The default "as at month end": the latest month with data, or null for an empty workspace. */
export function latestMonth(ws: WorkspaceData): MonthKey | null {
  const months = availableMonths(ws);
  return months[months.length - 1] ?? null;
}

/** Earlier values of one indicator and period, newest first (for "revised from X"). */
export function revisionsOf(ws: WorkspaceData, indicatorId: string, period: string): Revision[] {
  return ws.revisions.filter((r) => r.indicatorId === indicatorId && r.period === period).reverse();
}
