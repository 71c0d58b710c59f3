import { parseMonth, parseYear } from '@/domain/periods';
import type { MonthKey, YearKey } from '@/domain/types';

/**
 * Lower-case letters and digits only: "NAT TOP QTLILE THRESHOLD", "Nat top qtile threshold" and
 * "nat_top_qtile_threshold" all read the same. The BOM and any other symbol are dropped.
 */
export function normaliseHeader(h: string): string {
  return h.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Canonical fields, by the spellings seen in real sheets and in SPEC 2 (already normalised). */
const ALIASES = {
  id: ['no', 'id', 'indicatorid', 'indicator_id', 'ref', 'indicatorno', 'indicatornumber', 'pi', 'pino'],
  name: ['indicator', 'indicatorname', 'name', 'measure', 'description'],
  section: ['section', 'area', 'theme', 'service'],
  goodPerfIs: ['goodperfis', 'goodperformanceis', 'goodperf', 'good'],
  polarity: ['polarity'],
  dataNote: ['datanote', 'datanotemonthly', 'note1'],
  ytd: ['ytd', 'yeartodate'],
  ytdNote: ['ytdnote', 'ytddatanote', 'yeartodatenote'],
  dot: ['dot', 'directionoftravel', 'dotmonthonmonth'],
  rag: ['rag', 'ragstatus', 'raginmonthunlessstated', 'rating'],
  red: ['red', 'redthreshold'],
  amber: ['amber', 'yellow', 'ambertolerance'],
  green: ['green', 'targetgreen', 'target', 'greentarget'],
  snAvg: ['statneighave', 'statneighavg', 'statneighbourave', 'statisticalneighbouraverage', 'snavg', 'snave', 'snaverage', 'statneighaverage'],
  bestSn: ['beststatneigh', 'beststatneighbour', 'bestsn', 'beststatisticalneighbour'],
  natAvg: ['natave', 'natavg', 'nationalaverage', 'nationalave', 'england', 'englandaverage', 'englandave'],
  natTopQuartile: ['nattopqtilethreshold', 'nattopqtlilethreshold', 'nattopqtltthreshold', 'nattopqtliethreshold', 'nattopquartilethreshold', 'nattopquartile', 'topquartile', 'nationaltopquartile', 'nattopqtile'],
  regionalAvg: ['regionalave', 'regionalavg', 'regionalaverage', 'region'],
  benchmarkYear: ['benchmarkyear', 'benchmarkingyear', 'latestbenchmarking'],
  unit: ['unit', 'units'],
  decimals: ['decimals', 'dp', 'decimalplaces'],
  ytdKind: [] as string[],
  ragBasis: ['ragbasis'],
  dotSetting: [] as string[],
  definition: ['definition', 'definitions'],
  source: ['source'],
  period: ['period', 'month', 'date', 'monthending', 'year'],
  value: ['value', 'val', 'result'],
  numerator: ['numerator', 'num'],
  denominator: ['denominator', 'den', 'denom'],
  note: ['note', 'notes', 'comment', 'comments'],
  benchmark: ['benchmark', 'benchmarktype', 'comparator'],
  label: ['label', 'benchmarklabel', 'laname'],
  population: ['population017', 'population', 'pop017', 'population0to17', 'populationaged017'],
} as const;

export type Field = keyof typeof ALIASES;

const LOOKUP = new Map<string, Field>();
for (const [field, names] of Object.entries(ALIASES) as [Field, readonly string[]][]) {
  for (const n of names) if (!LOOKUP.has(n)) LOOKUP.set(n, field);
}

export interface HeaderMap {
  /** Field to column index; a Map, so no header can reach an object prototype. */
  fields: Map<Field, number>;
  months: { index: number; key: MonthKey; header: string }[];
  years: { index: number; key: YearKey; header: string }[];
  unknown: { index: number; header: string }[];
  /** Later columns that repeat a field or period already mapped. */
  duplicates: { index: number; header: string; period: string | null }[];
}

/**
 * Maps a header row to fields, month columns and financial-year columns. Month and year headers
 * are read with the period parser ("Nov 15", "2013/14"); everything else through the allow-list.
 */
export function mapHeaders(headers: string[]): HeaderMap {
  const map: HeaderMap = { fields: new Map(), months: [], years: [], unknown: [], duplicates: [] };
  const seenPeriods = new Set<string>();
  headers.forEach((header, index) => {
    const year = parseYear(header);
    const month = year ? null : parseMonth(header);
    if (year || month) {
      const key = (year ?? month)!;
      if (seenPeriods.has(key)) {
        map.duplicates.push({ index, header, period: key });
        return;
      }
      seenPeriods.add(key);
      if (year) map.years.push({ index, key: year, header });
      else map.months.push({ index, key: month!, header });
      return;
    }
    const norm = normaliseHeader(header);
    const field = LOOKUP.get(norm) ?? (/^ytd|^yeartodate/.test(norm) && !/note/.test(norm) ? 'ytd' : undefined);
    if (!field) {
      if (norm !== '') map.unknown.push({ index, header });
      return;
    }
    if (map.fields.has(field)) map.duplicates.push({ index, header, period: null });
    else map.fields.set(field, index);
  });
  return map;
}
