import { readChange, type ChangeJudgement } from '@/domain/real-change';
import {
  countInterval,
  ratePer10kInterval,
  smallNumbers,
  wilsonInterval,
  DEFAULT_SMALL_NUMBERS_THRESHOLD,
  type Interval,
  type SmallNumbersCheck,
} from '@/domain/small-numbers';
import {
  analyseXmr,
  DEFAULT_SPC_SETTINGS,
  type SpcPoint,
  type SpcSettings,
  type XmrAnalysis,
} from '@/domain/spc';
import {
  assuranceVerdict,
  variationVerdict,
  type AssuranceResult,
  type VariationResult,
} from '@/domain/spc-verdict';
import type { Indicator, MonthKey, Observation, WorkspaceData } from '@/domain/types';
import { isMonthKey } from '@/domain/workspace';
import { addMonths } from '@/domain/periods';

/**
 * Signal or noise for one indicator as at month M (SPEC 3.9): the XmR analysis of its months up
 * to M, the variation and assurance verdicts, small numbers and whether the change may be called
 * real. Computed on read, like DOT and RAG; never stored.
 */
export interface IndicatorSignal {
  analysis: XmrAnalysis;
  variation: VariationResult;
  assurance: AssuranceResult;
  /** Month M's figure against the indicator's small-numbers threshold. */
  smallNumbers: SmallNumbersCheck;
  /** May the headline call the change from the month before a real one? */
  change: ChangeJudgement;
  /** 95% interval of month M's figure (Wilson, exact Poisson or Byar); null where none applies. */
  interval: Interval | null;
}

/** Month keys with a value, per workspace and indicator, sorted (workspaces are never mutated). */
const monthsByWorkspace = new WeakMap<WorkspaceData, Map<string, MonthKey[]>>();

/** The months of an indicator that hold an observation, oldest first. */
export function observedMonths(ws: WorkspaceData, indicatorId: string): MonthKey[] {
  let byId = monthsByWorkspace.get(ws);
  if (!byId) {
    byId = new Map();
    for (const o of ws.observations) {
      if (!isMonthKey(o.period)) continue;
      const list = byId.get(o.indicatorId) ?? [];
      list.push(o.period);
      byId.set(o.indicatorId, list);
    }
    for (const list of byId.values()) list.sort();
    monthsByWorkspace.set(ws, byId);
  }
  return byId.get(indicatorId) ?? [];
}

/** The 95% interval of one month's figure, by its unit. */
export function figureInterval(o: Observation | null, ind: Indicator): Interval | null {
  if (o === null) return null;
  switch (ind.unit) {
    case 'percent':
      return o.numerator !== null && o.denominator !== null
        ? wilsonInterval(o.numerator, o.denominator)
        : null;
    case 'rate_per_10k':
      return o.numerator !== null && o.denominator !== null
        ? ratePer10kInterval(o.numerator, o.denominator)
        : null;
    case 'count':
      return o.value !== null && Number.isInteger(o.value) ? countInterval(o.value) : null;
    default:
      return null;
  }
}

/** The points of an indicator's months (oldest first) that have a value, read by `observation`. */
export function seriesOfMonths(
  indicatorId: string,
  months: readonly MonthKey[],
  observation: (indicatorId: string, month: MonthKey) => Observation | null,
): SpcPoint[] {
  const series: SpcPoint[] = [];
  for (const month of months) {
    const value = observation(indicatorId, month)?.value;
    if (value !== null && value !== undefined) series.push({ month, value });
  }
  return series;
}

/**
 * Signal or noise as at `asAt`. `observation` reads a month's figure as the scorecard does (rates
 * from the population included); `months` are the indicator's months with an observation.
 * `series`, when given, is `seriesOfMonths` of those months, all of them (kept per indicator by
 * the scorecard's index, so a month switch does not read them again).
 */
export function signalAt(a: {
  indicator: Indicator;
  asAt: MonthKey;
  months: readonly MonthKey[];
  series?: readonly SpcPoint[];
  observation: (indicatorId: string, month: MonthKey) => Observation | null;
  settings?: SpcSettings;
}): IndicatorSignal {
  const ind = a.indicator;
  // The points up to and including `asAt` (the series is oldest first).
  const all = a.series ?? seriesOfMonths(ind.id, a.months, a.observation);
  let n = 0;
  while (n < all.length && (all[n] as SpcPoint).month <= a.asAt) n += 1;
  const series = all.slice(0, n);
  const show = { unit: ind.unit, decimals: ind.decimals };
  const analysis = analyseXmr(series, a.settings ?? DEFAULT_SPC_SETTINGS);
  const variation = variationVerdict(analysis, ind.polarity, show);
  const assurance = assuranceVerdict(analysis, ind, show);
  const threshold = ind.smallNumbersThreshold ?? DEFAULT_SMALL_NUMBERS_THRESHOLD;
  const current = a.observation(ind.id, a.asAt);
  const previous = a.observation(ind.id, addMonths(a.asAt, -1));
  const check = (o: Observation | null) =>
    o === null ? null : smallNumbers(o, ind.unit, threshold);
  const currentCheck =
    check(current) ??
    smallNumbers({ value: null, numerator: null, denominator: null }, ind.unit, threshold);
  return {
    analysis,
    variation,
    assurance,
    smallNumbers: currentCheck,
    change: readChange({ current: currentCheck, previous: check(previous), variation }),
    interval: figureInterval(current, ind),
  };
}
