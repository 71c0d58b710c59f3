import type { ComparedFigure, Indicator, MonthKey, Observation, YtdResult } from '@/domain/types';
import { formatMonthLong, ytdMonths } from '@/domain/periods';
import { formatNumber } from '@/domain/format';
import { aggregate } from '@/domain/ytd';

/** Words that say a measure is already a rolling or annual figure (SPEC 3.6 rule 1). */
const ROLLING_WORDS = /\brolling\s*(?:12|twelve)[\s-]*months?\b|\brolling\s+year\b/i;

/** True when the indicator's name, data note or YTD note says it is a rolling 12-month figure. */
export function saysRolling(ind: Pick<Indicator, 'name' | 'dataNote' | 'ytdNote'>): boolean {
  return [ind.name, ind.dataNote, ind.ytdNote].some((text) => ROLLING_WORDS.test(text));
}

type Shown = Pick<Indicator, 'unit' | 'decimals'>;

/**
 * A compared figure's value as shown, at the indicator's precision when the catalogue sets one;
 * otherwise a month's value as written, a year to date or projection of a percentage or rate to one
 * place and of a count to whole numbers.
 */
function show(value: number, ind: Shown, decimals: number | null): string {
  const fallback =
    ind.unit === 'count' ? 0 : ind.unit === 'average' || ind.unit === 'days' ? null : 1;
  return formatNumber(value, ind.unit, ind.decimals ?? decimals ?? fallback);
}

/**
 * The figure of an indicator that is compared with annual benchmarks as at month M (SPEC 3.6),
 * chosen in this order:
 * 1. already rolling or annual (its words say "rolling 12 months" / "rolling year", or
 *    `ytd = none`): the value in month M, "rolling year";
 * 2. a snapshot (`ytd = latest`): the value in month M, "month end";
 * 3. a percentage with `ytd = ratio`: the year to date at M (with its numerator and denominator);
 * 4. a flow (`ytd = sum`): the total of the 12 months ending at M when all are known ("last 12
 *    months"), else the year to date x 12 / months elapsed, "projected for the year" (in March the
 *    year to date is the whole year and is compared as it is);
 * 5. otherwise none, with the reason.
 * `last12` are the 12 months ending at M, oldest first (null where missing); `ytd` is the year to
 * date as the scorecard shows it (an imported YTD wins).
 */
export function comparedFigure(a: {
  indicator: Pick<Indicator, 'name' | 'dataNote' | 'ytdNote' | 'ytd' | 'unit' | 'decimals'>;
  asAt: MonthKey;
  current: Observation | null;
  ytd: Pick<YtdResult, 'value' | 'numerator' | 'denominator'>;
  last12: (Observation | null)[];
}): ComparedFigure {
  const ind = a.indicator;
  const month = formatMonthLong(a.asAt);
  const monthFigure = (kind: 'rolling' | 'snapshot', label: string): ComparedFigure => {
    const o = a.current;
    if (o === null || o.value === null)
      return { kind: 'none', reason: `there is no value for ${month} to compare` };
    const shown = show(o.value, ind, o.decimals);
    return {
      kind,
      value: o.value,
      numerator: o.numerator,
      denominator: o.denominator,
      label,
      words: `${label} ${shown}`,
    };
  };

  if (ind.ytd === 'none' || saysRolling(ind)) return monthFigure('rolling', 'rolling year');
  if (ind.ytd === 'latest') return monthFigure('snapshot', 'month end');

  const ytd = a.ytd;
  if (ind.ytd === 'ratio') {
    if (ytd.value === null)
      return {
        kind: 'none',
        reason: `there is no year to date for ${month} (a month, or its numerator and denominator, is missing)`,
      };
    return {
      kind: 'ytd',
      value: ytd.value,
      numerator: ytd.numerator,
      denominator: ytd.denominator,
      label: 'year to date',
      words: `year to date ${show(ytd.value, ind, null)}`,
    };
  }

  // A flow: a part-year total is not comparable with a whole year's outturn.
  const elapsed = ytdMonths(a.asAt).length;
  if (a.last12.length === 12 && a.last12.every((o) => o !== null && o.value !== null)) {
    const total = aggregate('sum', a.last12).value;
    if (total !== null)
      return {
        kind: 'rolling-12',
        value: total,
        numerator: null,
        denominator: null,
        label: 'last 12 months',
        words: `last 12 months ${show(total, ind, null)}`,
      };
  }
  if (ytd.value === null)
    return {
      kind: 'none',
      reason: `neither the last 12 months nor the year to date for ${month} are complete`,
    };
  if (elapsed === 12)
    return {
      kind: 'ytd',
      value: ytd.value,
      numerator: null,
      denominator: null,
      label: 'year to date',
      words: `year to date ${show(ytd.value, ind, null)}`,
    };
  const projected = (ytd.value * 12) / elapsed;
  return {
    kind: 'projected',
    value: projected,
    numerator: null,
    denominator: null,
    label: 'projected for the year',
    words: `projected for the year ${show(projected, ind, null)} (year to date ${show(ytd.value, ind, null)} in ${elapsed} months)`,
  };
}
