import {
  isAmbiguousPeriod,
  medianYear,
  parsePeriod,
  periodPreference,
  periodStartYear,
  plausibleYear,
} from '@/domain/periods';
import type { MonthKey, Period, YearKey } from '@/domain/types';

/**
 * Lower-case letters and digits only: "NAT TOP QTLILE THRESHOLD", "Nat top qtile threshold" and
 * "nat_top_qtile_threshold" all read the same. The BOM and any other symbol are dropped.
 */
export function normaliseHeader(h: string): string {
  return h.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Canonical fields, by the spellings seen in real sheets and in SPEC 2 (already normalised). */
const ALIASES = {
  id: ['no', 'id', 'indicatorid', 'ref', 'indicatorno', 'indicatornumber', 'pi', 'pino'],
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
  snAvg: [
    'statneighave',
    'statneighavg',
    'statneighbourave',
    'statisticalneighbouraverage',
    'snavg',
    'snave',
    'snaverage',
    'statneighaverage',
  ],
  bestSn: ['beststatneigh', 'beststatneighbour', 'bestsn', 'beststatisticalneighbour'],
  natAvg: [
    'natave',
    'natavg',
    'nationalaverage',
    'nationalave',
    'england',
    'englandaverage',
    'englandave',
  ],
  natTopQuartile: [
    'nattopqtilethreshold',
    'nattopqtlilethreshold',
    'nattopqtltthreshold',
    'nattopqtliethreshold',
    'nattopquartilethreshold',
    'nattopquartile',
    'topquartile',
    'nationaltopquartile',
    'nattopqtile',
  ],
  regionalAvg: ['regionalave', 'regionalavg', 'regionalaverage', 'region'],
  benchmarkYear: ['benchmarkyear', 'benchmarkingyear', 'latestbenchmarking'],
  unit: ['unit', 'units'],
  decimals: ['decimals', 'dp', 'decimalplaces'],
  ytdKind: [] as string[],
  ragBasis: ['ragbasis'],
  smallNumbers: ['smalln', 'smallnumbers', 'smallnumbersthreshold'],
  dotSetting: [] as string[],
  definition: ['definition', 'definitions'],
  source: ['source'],
  tags: ['tags', 'tag', 'labels'],
  targetBy: ['targetby', 'datedtarget', 'targetbydate'],
  trajectory: ['trajectory', 'trajectoryvalue'],
  // Partner agencies (SPEC 2.2, 2.9) and breakdowns (SPEC 2.8).
  agency: ['agency', 'partner', 'partneragency', 'suppliedby'],
  expected: ['expected', 'frequency', 'expectedfrequency'],
  ragRule: ['ragrule', 'ragtest'],
  dimension: ['dimension', 'breakdown', 'breakdownby'],
  category: ['category', 'breakdowncategory'],
  period: ['period', 'month', 'date', 'monthending', 'year'],
  value: ['value', 'val', 'result'],
  numerator: ['numerator', 'num'],
  denominator: ['denominator', 'den', 'denom'],
  note: ['note', 'notes', 'comment', 'comments'],
  benchmark: ['benchmark', 'benchmarktype', 'comparator'],
  label: ['label', 'benchmarklabel'],
  population: ['population017', 'population', 'pop017', 'population0to17', 'populationaged017'],
  // Geography of published national data (SPEC 2.5, DfE tidy CSV) and of the statistical-neighbour
  // lists; `timeIdentifier`, the country, `newLaCode`, `laNumber` and `regionNumber` are known so
  // they are never taken for data, but nothing reads them.
  timePeriod: ['timeperiod'],
  timeIdentifier: ['timeidentifier'],
  geographicLevel: ['geographiclevel'],
  countryCode: ['countrycode'],
  countryName: ['countryname'],
  regionCode: ['regioncode'],
  regionName: ['regionname', 'goreg', 'goregion', 'governmentofficeregion'],
  regionNumber: ['regionind', 'goind', 'regionnumber'],
  laCode: ['oldlacode', 'lanum', 'lacode', 'lano'],
  laNumber: ['lanumber'],
  newLaCode: ['newlacode'],
  laName: ['laname', 'localauthority', 'localauthorityname'],
  // A statistical-neighbour list's ten neighbour columns, closest first (`SN1`, `SN_1`), and the
  // closeness column after each (`SNP`, `SN_1P`), which nothing reads.
  sn1: ['sn1', 'sn01'],
  sn2: ['sn2', 'sn02'],
  sn3: ['sn3', 'sn03'],
  sn4: ['sn4', 'sn04'],
  sn5: ['sn5', 'sn05'],
  sn6: ['sn6', 'sn06'],
  sn7: ['sn7', 'sn07'],
  sn8: ['sn8', 'sn08'],
  sn9: ['sn9', 'sn09'],
  sn10: ['sn10'],
  snCloseness: [
    'snp',
    ...['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'].map((k) => `sn${k}p`),
  ],
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
  /**
   * Columns that repeat a field or a period. A repeated field: the first column is used (`used`
   * is its header). A repeated period: the later column wins, as a later line does in a long
   * file (`used` is the later header, `header` the one set aside).
   */
  duplicates: { index: number; header: string; period: string | null; used: string }[];
  /**
   * Period headers that could be a month or a financial year (`2011-12`), with how they were
   * read: as the other period headers are, a month when nothing decides (SPEC 3.1).
   */
  ambiguous: { index: number; header: string; period: Period; decidedBy: string }[];
  /** Period headers whose year is implausible beside the others (`Dec 2105`): not read. */
  implausible: { index: number; header: string; median: number | null }[];
}

/** The canonical field a (normalised) header names, or null. */
export function fieldOf(header: string): Field | null {
  const norm = normaliseHeader(header);
  const field = LOOKUP.get(norm);
  if (field) return field;
  // "YTD 15/16", "Year to Date 15/16": the YTD value column, whatever year it is headed with;
  // "Year to Date 15/16 DATA NOTE" (a two-row header, see header-row.ts): its note.
  if (/^(ytd|yeartodate)/.test(norm)) return norm.includes('note') ? 'ytdNote' : 'ytd';
  return null;
}

/**
 * Maps a header row to fields, month columns and financial-year columns. Month and year headers
 * are read with the period parser ("Nov 15", "2013/14"); everything else through the allow-list.
 * Blank headers are skipped silently (spreadsheets often save a trailing empty column).
 */
export function mapHeaders(headers: string[]): HeaderMap {
  const map: HeaderMap = {
    fields: new Map(),
    months: [],
    years: [],
    unknown: [],
    duplicates: [],
    ambiguous: [],
    implausible: [],
  };
  const periods = new Map<string, { index: number; header: string }>();
  const { prefer, decidedBy } = periodPreference(headers);
  const read = headers.map((h) => parsePeriod(h, prefer));
  const median = medianYear(
    read.flatMap((p) => (p && plausibleYear(periodStartYear(p), null) ? [periodStartYear(p)] : [])),
  );
  headers.forEach((header, index) => {
    const period = read[index] ?? null;
    if (period && !plausibleYear(periodStartYear(period), median)) {
      map.implausible.push({ index, header, median });
      return;
    }
    if (period && isAmbiguousPeriod(header))
      map.ambiguous.push({ index, header, period, decidedBy });
    const year = period?.kind === 'year' ? period.key : null;
    const month = period?.kind === 'month' ? period.key : null;
    if (year || month) {
      const key = (year ?? month)!;
      const list: { index: number; key: string; header: string }[] = year ? map.years : map.months;
      const earlier = periods.get(key);
      if (earlier) {
        map.duplicates.push({
          index: earlier.index,
          header: earlier.header,
          period: key,
          used: header,
        });
        const entry = list.find((p) => p.index === earlier.index)!;
        entry.index = index;
        entry.header = header;
      } else {
        list.push({ index, key, header });
      }
      periods.set(key, { index, header });
      return;
    }
    const field = fieldOf(header);
    if (!field) {
      if (normaliseHeader(header) !== '') map.unknown.push({ index, header });
      return;
    }
    const first = map.fields.get(field);
    if (first !== undefined)
      map.duplicates.push({ index, header, period: null, used: headers[first] ?? '' });
    else map.fields.set(field, index);
  });
  return map;
}
