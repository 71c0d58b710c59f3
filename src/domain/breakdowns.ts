import type {
  BreakdownRow,
  Indicator,
  MonthKey,
  NationalDataset,
  Observation,
  Unit,
  WorkspaceData,
} from '@/domain/types';
import { addMonths, financialYearOf, formatMonthLong, previousYear } from '@/domain/periods';
import { formatNumber } from '@/domain/format';
import { smallNumbers } from '@/domain/small-numbers';
import { normaliseHeader } from '@/domain/import/headers';

/** One category of a breakdown, this period beside the same period last year and England. */
export interface BreakdownCategory {
  category: string;
  /** As imported (percentages in points); null when suppressed or not given. */
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  /** Share of the dimension's total, in points (counts only). */
  share: number | null;
  lastYear: number | null;
  lastYearShare: number | null;
  /** England's share of the same category, in points, where published national data has it. */
  englandShare: number | null;
  /** This period's share (counts) or figure, less England's share, in points; null without one. */
  englandGapPoints: number | null;
  /** The figure rests on fewer than the indicator's small-numbers threshold (SPEC 3.9). */
  small: boolean;
  /** "c" or another no-value marker as written, when the figure was suppressed. */
  suppressed: string | null;
}

export interface BreakdownTable {
  dimension: string;
  /** MonthKey or YearKey of the breakdown shown, and in words ("March 2015"). */
  period: string;
  periodLabel: string;
  lastYearPeriod: string;
  lastYearLabel: string;
  /** Counts (shares are worked out) or figures within each category (percentages, averages). */
  additive: boolean;
  categories: BreakdownCategory[];
  /** The categories' sum (additive breakdowns only). */
  total: number | null;
  /** "The categories add up to 426, 3 more than the indicator's 423." or null when they agree. */
  totalCheck: string | null;
  /** "England, 2014/15 (d5_cpps_at31march_by_duration_2013_to_2025.csv)" or null. */
  englandSource: string | null;
  /**
   * Other indicators' figures within each category of the same dimension and period (a count's
   * breakdown only): referrals by source beside the share of them ending in no further action.
   */
  related: RelatedBreakdown[];
}

/** Another indicator's breakdown by the same dimension, its figure per category. */
export interface RelatedBreakdown {
  indicator: Pick<Indicator, 'id' | 'name' | 'unit' | 'decimals'>;
  /** By category (as written in this table), in the order of `categories`; null where none. */
  values: { value: number | null; numerator: number | null; denominator: number | null }[];
}

/** The month a breakdown period is read at, for ordering: a financial year at its March. */
const monthOf = (period: string): MonthKey =>
  /^\d{4}\/\d{2}$/.test(period) ? `${Number(period.slice(0, 4)) + 1}-03` : period;
const labelOf = (period: string) => (period.includes('/') ? period : formatMonthLong(period));
const lastYearOf = (period: string) =>
  period.includes('/') ? previousYear(period) : addMonths(period, -12);

/** A breakdown's unit: counts and rates of events add up; percentages and averages do not. */
const isAdditive = (unit: Unit) => unit === 'count';

/**
 * The breakdowns of an indicator as at month M (SPEC 2.8): per dimension (in the order first
 * imported), the latest period up to M, each category beside the same period a year earlier, its
 * share of the total (counts), England's share where a published national dataset has a measure
 * named like each category (`3_months_or_less` for "3 months or less"; with `_percent` its share),
 * and whether it is small numbers. For counts, the sum is checked against the indicator's own
 * figure for the period, and the difference said in words.
 */
export function breakdownTables(
  ws: Pick<WorkspaceData, 'breakdowns' | 'national'> & Partial<Pick<WorkspaceData, 'indicators'>>,
  ind: Indicator,
  asAt: MonthKey,
  observation: (id: string, period: string) => Observation | null,
): BreakdownTable[] {
  const rows = (ws.breakdowns ?? []).filter(
    (b) => b.indicatorId === ind.id && monthOf(b.period) <= asAt,
  );
  const dimensions = new Map<string, BreakdownRow[]>();
  for (const b of rows) {
    const key = b.dimension.toLowerCase();
    const list = dimensions.get(key) ?? [];
    list.push(b);
    dimensions.set(key, list);
  }
  return [...dimensions.values()].map((list) => {
    const period = list.map((b) => b.period).sort((a, b) => (monthOf(a) < monthOf(b) ? 1 : -1))[0]!;
    const lastYearPeriod = lastYearOf(period);
    const now = list.filter((b) => b.period === period);
    const before = new Map(
      list.filter((b) => b.period === lastYearPeriod).map((b) => [b.category.toLowerCase(), b]),
    );
    const additive = isAdditive(ind.unit);
    const sum = (items: (BreakdownRow | undefined)[]) =>
      items.reduce((s, b) => s + (b?.value ?? 0), 0);
    const total = additive ? sum(now) : null;
    const totalBefore = additive ? sum([...before.values()]) : null;
    const share = (v: number | null, t: number | null) =>
      v === null || t === null || t === 0 ? null : (v / t) * 100;
    const england = englandShares(
      ws.national ?? [],
      now.map((b) => b.category),
      financialYearOf(monthOf(period)),
    );
    const categories: BreakdownCategory[] = now.map((b) => {
      const last = before.get(b.category.toLowerCase()) ?? null;
      return {
        category: b.category,
        value: b.value,
        numerator: b.numerator,
        denominator: b.denominator,
        share: share(b.value, total),
        lastYear: last?.value ?? null,
        lastYearShare: share(last?.value ?? null, totalBefore),
        englandShare: england?.shares.get(b.category) ?? null,
        englandGapPoints: gapPoints(
          additive ? share(b.value, total) : b.value,
          england?.shares.get(b.category) ?? null,
        ),
        small:
          b.value !== null &&
          smallNumbers(b, ind.unit, ind.smallNumbersThreshold ?? undefined).small,
        suppressed: b.value === null ? b.raw || 'not given' : null,
      };
    });
    return {
      dimension: now[0]!.dimension,
      period,
      periodLabel: labelOf(period),
      lastYearPeriod,
      lastYearLabel: labelOf(lastYearPeriod),
      additive,
      categories,
      total,
      totalCheck: total === null ? null : checkTotal(total, observation(ind.id, period), ind),
      englandSource: england ? `England, ${england.year} (${england.file})` : null,
      related: additive
        ? relatedBreakdowns(
            ws,
            ind,
            now[0]!.dimension,
            period,
            categories.map((c) => c.category),
          )
        : [],
    };
  });
}

/**
 * The breakdowns of other, non-additive indicators (percentages, averages) by the same dimension
 * (case ignored) and period, lined up with `categories`: the share of each source's referrals that
 * ended in no further action beside the referrals by source. Only indicators whose categories
 * include at least one of these.
 */
function relatedBreakdowns(
  ws: Pick<WorkspaceData, 'breakdowns'> & Partial<Pick<WorkspaceData, 'indicators'>>,
  ind: Indicator,
  dimension: string,
  period: string,
  categories: string[],
): RelatedBreakdown[] {
  const dim = dimension.toLowerCase();
  const byId = new Map((ws.indicators ?? []).map((i) => [i.id, i]));
  const others = new Map<string, Map<string, BreakdownRow>>();
  for (const b of ws.breakdowns ?? []) {
    const other = byId.get(b.indicatorId);
    if (b.indicatorId === ind.id || !other || isAdditive(other.unit)) continue;
    if (b.period !== period || b.dimension.toLowerCase() !== dim) continue;
    const map = others.get(b.indicatorId) ?? new Map<string, BreakdownRow>();
    map.set(b.category.toLowerCase(), b);
    others.set(b.indicatorId, map);
  }
  return [...others]
    .filter(([, map]) => categories.some((c) => map.has(c.toLowerCase())))
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([id, map]) => {
      const other = byId.get(id)!;
      return {
        indicator: { id, name: other.name, unit: other.unit, decimals: other.decimals },
        values: categories.map((c) => {
          const b = map.get(c.toLowerCase());
          return {
            value: b?.value ?? null,
            numerator: b?.numerator ?? null,
            denominator: b?.denominator ?? null,
          };
        }),
      };
    });
}

const gapPoints = (own: number | null, england: number | null) =>
  own === null || england === null ? null : own - england;

/**
 * "The categories add up to 426, 3 more than the indicator's 423 for the period." Null when they
 * agree, or when the indicator has no figure for the period.
 */
export function checkTotal(total: number, own: Observation | null, ind: Indicator): string | null {
  if (own?.value == null) return null;
  const diff = total - own.value;
  if (Math.abs(diff) < 1e-9) return null;
  const f = (v: number) => formatNumber(v, ind.unit, null);
  return `The categories add up to ${f(total)}, ${f(Math.abs(diff))} ${diff > 0 ? 'more' : 'fewer'} than the indicator's ${f(own.value)} for the period.`;
}

/**
 * England's share of each category from published national data: the newest dataset with a
 * measure named like at least half of the categories (and at least two), its national row for
 * the financial year. The share is the `<measure>_percent` column where there is one, else the
 * count over the matched counts' sum.
 */
export function englandShares(
  datasets: readonly NationalDataset[],
  categories: readonly string[],
  year: string,
): { shares: Map<string, number>; year: string; file: string } | null {
  for (const ds of [...datasets].reverse()) {
    const measures = new Map(ds.measures.map((m, i) => [normaliseHeader(m), i]));
    const matched = categories.filter((c) => measures.has(normaliseHeader(c)));
    if (matched.length < 2 || matched.length * 2 < categories.length) continue;
    const row = ds.rows.find((r) => r.level === 'national' && r.year === year);
    if (!row) continue;
    const counts = new Map<string, number>();
    const shares = new Map<string, number>();
    for (const c of matched) {
      const norm = normaliseHeader(c);
      const percent = measures.get(`${norm}percent`);
      const pv = percent === undefined ? null : (row.values[percent] ?? null);
      if (pv !== null) shares.set(c, pv);
      const count = row.values[measures.get(norm)!] ?? null;
      if (count !== null) counts.set(c, count);
    }
    if (shares.size < matched.length) {
      const total = [...counts.values()].reduce((s, v) => s + v, 0);
      if (total > 0)
        for (const [c, v] of counts) if (!shares.has(c)) shares.set(c, (v / total) * 100);
    }
    if (shares.size > 0) return { shares, year, file: ds.file };
  }
  return null;
}
