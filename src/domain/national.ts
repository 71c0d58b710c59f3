import type {
  Benchmark,
  BenchmarkKind,
  GeographicLevel,
  Indicator,
  NationalDataset,
  NationalMapping,
  NationalRow,
  NeighbourEntry,
  WorkspaceData,
  YearKey,
} from '@/domain/types';
import { measureWords } from '@/domain/measure-words';
import { latestEndedYear } from '@/domain/periods';

/** One geography's value of a mapped measure in one year. */
export interface MeasureValue {
  level: GeographicLevel;
  regionCode: string;
  regionName: string;
  laCode: string;
  laName: string;
  value: number | null;
}

/** A local authority and its value. */
export interface LaValue {
  code: string;
  name: string;
  value: number | null;
}

/**
 * How the council compares with the country on one published measure in one year (SPEC 2.5):
 * its own value, its statistical neighbours', their average and the best of them (by polarity),
 * England, its region, the top-quartile threshold, and its rank and quartile among all LAs.
 */
export interface NationalComparison {
  year: YearKey;
  measure: string;
  /** The dataset the year's figures come from (the latest import holding them). */
  source: string;
  own: LaValue | null;
  /** The 10 neighbours in closeness order (value null where suppressed or missing). */
  neighbours: LaValue[];
  /** Mean of the neighbours with a value, to one decimal; null without any. */
  snAverage: number | null;
  /** How many neighbours the average is over. */
  snCount: number;
  /** The best neighbour by polarity (all of them named when tied); null for information-only. */
  bestSn: LaValue | null;
  /** The codes of every neighbour with the best value (more than one when tied). */
  bestCodes: string[];
  england: number | null;
  region: { name: string; value: number | null } | null;
  /** The value an LA needs to be in the best quarter of LAs; null when neither way is better. */
  topQuartile: number | null;
  /** 1 is best; ties share a rank (`tied`). Null without an own value or for information-only
   * measures. */
  rank: { position: number; of: number; tied: boolean } | null;
  /** 1 is the best quarter of LAs, 4 the worst. */
  quartile: 1 | 2 | 3 | 4 | null;
}

const round1 = (v: number) => Math.round(v * 10) / 10;
/**
 * Which rows of a dataset a mapping picks: the measure's column and a test of a row's filter
 * values; null when the dataset lacks the measure or one of the mapping's filter columns.
 */
function matcher(
  dataset: NationalDataset,
  mapping: NationalMapping,
): { measure: number; picks: (row: NationalRow) => boolean } | null {
  const measure = dataset.measures.indexOf(mapping.measure);
  if (measure < 0 || !mapping.filters.every((f) => dataset.filters.includes(f.column))) return null;
  const wanted = mapping.filters.map((f) => [dataset.filters.indexOf(f.column), f.value] as const);
  return { measure, picks: (row) => wanted.every(([i, v]) => row.filters[i] === v) };
}

/** A dataset's rows by year, built once per dataset object (datasets are never changed). */
const byYear = new WeakMap<NationalDataset, Map<YearKey, NationalRow[]>>();
function rowsOfYear(dataset: NationalDataset, year: YearKey): NationalRow[] {
  let years = byYear.get(dataset);
  if (!years) {
    years = new Map();
    for (const row of dataset.rows) {
      const list = years.get(row.year);
      if (list) list.push(row);
      else years.set(row.year, [row]);
    }
    byYear.set(dataset, years);
  }
  return years.get(year) ?? [];
}

/**
 * The values of a mapped measure in one year, one per geography. Datasets are matched by measure
 * and filter columns, not by file name; where several hold the year, the latest import wins.
 */
export function measureValues(
  datasets: readonly NationalDataset[],
  mapping: NationalMapping,
  year: YearKey,
): { values: MeasureValue[]; source: string } | null {
  for (let d = datasets.length - 1; d >= 0; d -= 1) {
    const dataset = datasets[d]!;
    const match = matcher(dataset, mapping);
    if (!match) continue;
    const values: MeasureValue[] = [];
    for (const row of rowsOfYear(dataset, year)) {
      if (!match.picks(row)) continue;
      values.push({
        level: row.level,
        regionCode: row.regionCode,
        regionName: row.regionName,
        laCode: row.laCode,
        laName: row.laName,
        value: row.values[match.measure] ?? null,
      });
    }
    if (values.length > 0) return { values, source: dataset.file };
  }
  return null;
}

/** The years a mapped measure has figures for, oldest first. */
export function measureYears(
  datasets: readonly NationalDataset[],
  mapping: NationalMapping,
): YearKey[] {
  const years = new Set<YearKey>();
  for (const dataset of datasets) {
    const match = matcher(dataset, mapping);
    if (match) for (const row of dataset.rows) if (match.picks(row)) years.add(row.year);
  }
  return [...years].sort();
}

/** The newest neighbour list's entry for an LA, or null. */
export function neighbourEntry(ws: WorkspaceData, code: string): NeighbourEntry | null {
  const lists = ws.neighbours ?? [];
  return lists[lists.length - 1]?.las.find((e) => e.code === code) ?? null;
}

/** The mapping chosen for an indicator, or null. */
export function mappingOf(ws: WorkspaceData, indicatorId: string): NationalMapping | null {
  return ws.nationalMappings?.find((m) => m.indicatorId === indicatorId) ?? null;
}

/** Better-first order of two values by polarity; 0 when neither way is better. */
function better(polarity: Indicator['polarity']): ((a: number, b: number) => number) | null {
  if (polarity === 'high') return (a, b) => b - a;
  if (polarity === 'low') return (a, b) => a - b;
  return null;
}

/**
 * The comparison of an indicator with its mapped published measure in one year, for the council
 * `ws.ownLa`. Null without a mapping, an own LA, or figures for that year.
 * - SN average: the mean of the neighbours that have a value (DfE's simple average).
 * - Best SN and the top quartile by the indicator's polarity; none for information-only or
 *   "within limits" measures, which are above or below, never better.
 * - Top-quartile threshold: LA values sorted best first, the value at position ceil(n / 4) (the
 *   worst value still in the best quarter). Rank: 1 + the number of LAs strictly better (ties
 *   share it). Quartile q holds the ranks up to ceil(q x n / 4), so the top quartile is exactly
 *   the LAs at or better than the threshold.
 */
export function nationalComparison(
  ws: WorkspaceData,
  indicator: Indicator,
  year: YearKey,
): NationalComparison | null {
  const mapping = mappingOf(ws, indicator.id);
  const own = ws.ownLa ?? null;
  if (!mapping || !own) return null;
  const found = measureValues(ws.national ?? [], mapping, year);
  if (!found) return null;
  const las = new Map(
    found.values.filter((v) => v.level === 'la' && v.laCode !== '').map((v) => [v.laCode, v]),
  );
  const ownRow = las.get(own) ?? null;
  const entry = neighbourEntry(ws, own);
  const neighbours: LaValue[] = (entry?.neighbours ?? []).map((code) => {
    const row = las.get(code);
    return {
      code,
      name: row?.laName ?? neighbourEntry(ws, code)?.name ?? code,
      value: row?.value ?? null,
    };
  });
  const withValues = neighbours.filter((n): n is LaValue & { value: number } => n.value !== null);
  const order = better(indicator.polarity);
  const best =
    order && withValues.length > 0
      ? [...withValues].sort((a, b) => order(a.value, b.value))[0]!
      : null;
  // Neighbours tied for best are all best: "Lincolnshire and Derbyshire".
  const bestAll = best ? withValues.filter((n) => n.value === best.value) : [];
  const bestSn = best
    ? { code: best.code, name: bestAll.map((n) => n.name).join(' and '), value: best.value }
    : null;
  const england = found.values.find((v) => v.level === 'national')?.value ?? null;
  // The region from the LA's row that year, else from any year of the data (an LA with no row
  // that year still has a region).
  const regionCode = ownRow?.regionCode || regionOf(ws.national ?? [], own);
  const regionRow = found.values.find(
    (v) => v.level === 'regional' && v.regionCode === regionCode && regionCode !== '',
  );
  const all = [...las.values()].map((v) => v.value).filter((v): v is number => v !== null);
  let topQuartile: number | null = null;
  let rank: NationalComparison['rank'] = null;
  let quartile: NationalComparison['quartile'] = null;
  if (order && all.length > 0) {
    const sorted = [...all].sort(order);
    topQuartile = sorted[Math.ceil(sorted.length / 4) - 1] ?? null;
    const mine = ownRow?.value ?? null;
    if (mine !== null) {
      const position = 1 + sorted.filter((v) => order(v, mine) < 0).length;
      const n = sorted.length;
      rank = { position, of: n, tied: sorted.filter((v) => v === mine).length > 1 };
      // Quartile q holds ranks up to ceil(q x n / 4): the same cut as the threshold above.
      quartile = ([1, 2, 3, 4] as const).find((q) => position <= Math.ceil((q * n) / 4)) ?? 4;
    }
  }
  return {
    year,
    measure: mapping.measure,
    source: found.source,
    own: ownRow ? { code: own, name: ownRow.laName, value: ownRow.value } : null,
    neighbours,
    snAverage:
      withValues.length > 0
        ? round1(withValues.reduce((s, n) => s + n.value, 0) / withValues.length)
        : null,
    snCount: withValues.length,
    bestSn,
    bestCodes: bestAll.map((n) => n.code),
    england,
    region: regionRow ? { name: regionRow.regionName, value: regionRow.value } : null,
    topQuartile,
    rank,
    quartile,
  };
}

/** The region code of an LA from any row of the data, or ''. */
function regionOf(datasets: readonly NationalDataset[], code: string): string {
  for (const d of datasets)
    for (const r of d.rows)
      if (r.level === 'la' && r.laCode === code && r.regionCode) return r.regionCode;
  return '';
}

/**
 * The benchmarks an indicator gets from its mapped published measure, for every year with figures:
 * SN average, best SN (named), England, region, top-quartile threshold. Derived on every read,
 * never stored; imported benchmarks of the same kind and year win over them (see scorecard.ts).
 */
export function nationalBenchmarks(ws: WorkspaceData, indicator: Indicator): Benchmark[] {
  const mapping = mappingOf(ws, indicator.id);
  if (!mapping || !ws.ownLa) return [];
  const out: Benchmark[] = [];
  for (const year of measureYears(ws.national ?? [], mapping)) {
    const c = nationalComparison(ws, indicator, year);
    if (!c) continue;
    const source = `DfE published data (${c.source}), ${c.measure}`;
    const add = (benchmark: BenchmarkKind, value: number | null, label = '') => {
      if (value !== null)
        out.push({ indicatorId: indicator.id, benchmark, period: year, value, source, label });
    };
    add('sn_avg', c.snAverage, `${c.snCount} of ${c.neighbours.length} neighbours`);
    add('best_sn', c.bestSn?.value ?? null, c.bestSn?.name ?? '');
    add('national_avg', c.england);
    add('regional_avg', c.region?.value ?? null, c.region?.name ?? '');
    add('national_top_quartile', c.topQuartile);
  }
  return out;
}

/** A published measure an indicator can be mapped to, with words for the choice. */
export interface MeasureOption {
  /** Identifies the choice (measure and every filter value). */
  key: string;
  measure: string;
  filters: { column: string; value: string }[];
  /** e.g. "Care leaver (%) (care leaver age: 19 to 21 years)": only the filters that vary. */
  label: string;
  /** The file it was found in (the latest), to group the choices by publication. */
  file: string;
}

/**
 * Every measure of the imported datasets, with each combination of filter values at LA level,
 * grouped by file and sorted. Labels name only the filters that take more than one value in the
 * file ("category: Children in Need" everywhere says nothing); the mapping keeps them all.
 */
export function measureOptions(datasets: readonly NationalDataset[]): MeasureOption[] {
  const options = new Map<string, MeasureOption>();
  for (const dataset of datasets) {
    const combos = new Map<string, string[]>();
    for (const row of dataset.rows)
      if (row.level === 'la') combos.set(row.filters.join('\u0000'), row.filters);
    const varying = dataset.filters.map(
      (_, i) => new Set([...combos.values()].map((values) => values[i])).size > 1,
    );
    for (const measure of dataset.measures) {
      for (const values of combos.values()) {
        const filters = dataset.filters.map((column, i) => ({ column, value: values[i] ?? '' }));
        const words = filters
          .filter((_, i) => varying[i])
          .map((f) => `${f.column.replace(/_/g, ' ')}: ${f.value}`)
          .join(', ');
        const key = JSON.stringify([measure, ...filters.map((f) => [f.column, f.value])]);
        options.set(key, {
          key,
          measure,
          filters,
          label: words ? `${measureWords(measure)} (${words})` : measureWords(measure),
          file: dataset.file,
        });
      }
    }
  }
  return [...options.values()].sort(
    (a, b) => a.file.localeCompare(b.file) || a.label.localeCompare(b.label),
  );
}

/**
 * The local authorities a council can say it is: those of the newest neighbour list and of the
 * data (an LA new since the list was made, e.g. Westmorland and Furness, is still one), named as
 * the list names them, else as the data does.
 */
export function laOptions(ws: WorkspaceData): { code: string; name: string }[] {
  const lists = ws.neighbours ?? [];
  const list = lists[lists.length - 1];
  const found = new Map<string, string>();
  for (const d of ws.national ?? [])
    for (const r of d.rows)
      if (r.level === 'la' && /^\d{3}$/.test(r.laCode)) found.set(r.laCode, r.laName);
  if (list) for (const e of list.las) found.set(e.code, e.name);
  return [...found]
    .map(([code, name]) => ({ code, name }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * The comparison an indicator page, meeting mode and the pack show as at month end M: for the
 * latest year with figures that had ended by M (December 2015: 2014/15 at the latest). Null
 * without a mapping, an own LA or figures.
 */
export function nationalComparisonAt(
  ws: WorkspaceData,
  indicator: Indicator,
  asAt: string,
): NationalComparison | null {
  const mapping = mappingOf(ws, indicator.id);
  if (!mapping || !ws.ownLa) return null;
  const ended = latestEndedYear(asAt);
  const year = measureYears(ws.national ?? [], mapping)
    .filter((y) => y <= ended)
    .at(-1);
  return year ? nationalComparison(ws, indicator, year) : null;
}
