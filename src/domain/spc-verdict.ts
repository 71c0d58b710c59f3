import { formatNumber } from '@/domain/format';
import { formatMonthLong } from '@/domain/periods';
import type {
  SignalDirection,
  SpecialCause,
  SpecialCauseRule,
  XmrAnalysis,
  XmrLimits,
  XmrSegment,
} from '@/domain/spc';
import type { Polarity, RagBasis, Target, Unit, YtdKind } from '@/domain/types';

/**
 * The verdicts of an XmR analysis (SPEC 3.9, docs/rules.md "Signal or noise"): variation (is the
 * latest month a signal, and is it good or bad?) and assurance (will the target be met?), each
 * with the rule behind it in words.
 */

export type VariationVerdict =
  | 'special-cause-improvement'
  | 'special-cause-concern'
  | 'special-cause-neither-high'
  | 'special-cause-neither-low'
  | 'common-cause'
  | 'no-verdict';

export type AssuranceVerdict =
  'consistently-meets' | 'consistently-fails' | 'hit-and-miss' | 'no-target' | 'no-verdict';

export const VARIATION_WORDS: Record<VariationVerdict, string> = {
  'special-cause-improvement': 'Special cause improvement',
  'special-cause-concern': 'Special cause concern',
  'special-cause-neither-high': 'Special cause, neither (higher)',
  'special-cause-neither-low': 'Special cause, neither (lower)',
  'common-cause': 'Common cause',
  'no-verdict': 'No verdict',
};

export const ASSURANCE_WORDS: Record<AssuranceVerdict, string> = {
  'consistently-meets': 'Consistently meets the target',
  'consistently-fails': 'Consistently fails the target',
  'hit-and-miss': 'Hit and miss',
  'no-target': 'No target',
  'no-verdict': 'No verdict',
};

export const RULE_WORDS: Record<SpecialCauseRule, string> = {
  'beyond-limit': 'a point beyond a process limit',
  shift: 'a shift: a run on one side of the average',
  trend: 'a trend: a run rising or falling every month',
  'two-of-three': 'two of three points beyond two sigma',
};

/** How values are written in the sentences. */
export interface Presentation {
  unit: Unit;
  decimals: number | null;
}

/**
 * A statistic (mean, limit, sigma line) for a sentence: at the indicator's precision, else one
 * decimal; one more place when it would otherwise read the same as the value it is compared with
 * ("74.64% is above the limit of 74.6%", not "74.6% ... 74.6%").
 */
function statistic(show: Presentation) {
  return (x: number, beside: number | null = null): string => {
    const places = show.decimals ?? 1;
    const plain = formatNumber(x, show.unit, places);
    if (beside === null || x === beside) return plain;
    return plain === formatNumber(beside, show.unit, places)
      ? formatNumber(x, show.unit, places + 1)
      : plain;
  };
}

export interface VariationResult {
  verdict: VariationVerdict;
  /** The pattern that decided it (at the latest month); null for common cause and no verdict. */
  cause: SpecialCause | null;
  /** The rule in words: "the last 7 months (June 2015 to December 2015) are all above the average of 41.2%". */
  sentence: string;
}

export interface AssuranceResult {
  verdict: AssuranceVerdict;
  sentence: string;
}

type Judgement = 'improvement' | 'concern' | 'neither';

function judge(direction: SignalDirection, polarity: Polarity): Judgement {
  if (polarity === 'high') return direction === 'up' ? 'improvement' : 'concern';
  if (polarity === 'low') return direction === 'up' ? 'concern' : 'improvement';
  // Information-only and "within limits" measures have no good direction for a single series.
  return 'neither';
}

const RANK: Record<Judgement, number> = { improvement: 0, concern: 1, neither: 2 };
const RULE_RANK: Record<SpecialCauseRule, number> = {
  'beyond-limit': 0,
  shift: 1,
  trend: 2,
  'two-of-three': 3,
};

/** The latest segment, the one the verdicts are about. */
export function latestSegment(analysis: XmrAnalysis): XmrSegment | null {
  return analysis.segments[analysis.segments.length - 1] ?? null;
}

function months(n: number) {
  return `${n} month${n === 1 ? '' : 's'}`;
}

/** The rule that fired, in words, for a pattern that ends at the latest month. */
export function describeCause(
  cause: SpecialCause,
  segment: XmrSegment,
  limits: XmrLimits,
  show: Presentation,
): string {
  const v = (x: number) => formatNumber(x, show.unit, show.decimals);
  const stat = statistic(show);
  const at = (i: number) => segment.points[i]!;
  const span = `${formatMonthLong(at(cause.first).month)} to ${formatMonthLong(at(cause.last).month)}`;
  const up = cause.direction === 'up';
  const length = cause.last - cause.first + 1;
  switch (cause.rule) {
    case 'beyond-limit': {
      const p = at(cause.last);
      return `${formatMonthLong(p.month)} (${v(p.value)}) is ${up ? 'above the upper' : 'below the lower'} process limit of ${stat(up ? limits.upper : limits.lower, p.value)}`;
    }
    case 'shift':
      return `the last ${months(length)} (${span}) are all ${up ? 'above' : 'below'} the average of ${stat(limits.mean)}`;
    case 'trend': {
      const repeats =
        cause.repeats === 0
          ? ''
          : `, apart from ${cause.repeats === 1 ? 'one repeated value' : `${cause.repeats} repeated values`}`;
      return `the last ${months(length)} (${span}) have ${up ? 'risen' : 'fallen'} every month${repeats}`;
    }
    case 'two-of-three': {
      const line = stat(up ? limits.upperTwoSigma : limits.lowerTwoSigma);
      const beyondLimit = cause.flagged.filter((i) =>
        up ? at(i).value > limits.upper : at(i).value < limits.lower,
      ).length;
      const note =
        beyondLimit === 0
          ? ''
          : `, ${beyondLimit === 1 ? 'one of them' : `${beyondLimit} of them`} beyond the process limit`;
      return `${cause.count} of the last 3 months (${span}) are ${up ? 'above' : 'below'} ${line}, two thirds of the way from the average to the ${up ? 'upper' : 'lower'} limit${note}`;
    }
  }
}

/**
 * Variation at the latest month (SPEC 3.9). Making Data Count's icon shows the most recent point,
 * so the verdict is the latest month's: a special cause marks it, or it is common cause (earlier
 * special causes are on the chart, not in the icon). When rules of both judgements mark it,
 * improvement wins; among patterns of one judgement the first in the order beyond a limit, shift,
 * trend, 2 of 3 is named.
 */
export function variationVerdict(
  analysis: XmrAnalysis,
  polarity: Polarity,
  show: Presentation,
): VariationResult {
  const segment = latestSegment(analysis);
  if (segment === null) {
    return { verdict: 'no-verdict', cause: null, sentence: 'There are no monthly values yet.' };
  }
  if (segment.limits === null) {
    return { verdict: 'no-verdict', cause: null, sentence: segment.noLimitsReason ?? '' };
  }
  const limits = segment.limits;
  const latest = segment.points[segment.points.length - 1]!;
  const ranked = [...latest.causes].sort(
    (a, b) =>
      RANK[judge(a.direction, polarity)] - RANK[judge(b.direction, polarity)] ||
      RULE_RANK[a.rule] - RULE_RANK[b.rule],
  );
  const cause = ranked[0];
  if (cause === undefined) {
    const v = (x: number) => formatNumber(x, show.unit, show.decimals);
    const stat = statistic(show);
    return {
      verdict: 'common-cause',
      cause: null,
      sentence: `Common cause: ${formatMonthLong(latest.month)} (${v(latest.value)}) is within the process limits (${stat(limits.lower)} to ${stat(limits.upper)}) and is not part of a run, a trend or 2 of 3 points near a limit; the change is ordinary variation.`,
    };
  }
  const judgement = judge(cause.direction, polarity);
  const verdict: VariationVerdict =
    judgement === 'improvement'
      ? 'special-cause-improvement'
      : judgement === 'concern'
        ? 'special-cause-concern'
        : cause.direction === 'up'
          ? 'special-cause-neither-high'
          : 'special-cause-neither-low';
  const words = describeCause(cause, segment, limits, show);
  return {
    verdict,
    cause,
    sentence: `${VARIATION_WORDS[verdict]}: ${words}.`,
  };
}

/** The values that meet a target, as an interval; null when the target sets none. */
export function targetInterval(
  target: Target,
  polarity: Polarity,
): { low: number; high: number; words: string } | null {
  switch (target.form) {
    case 'threshold':
      return target.higherIsBetter
        ? { low: target.green, high: Infinity, words: 'at or above' }
        : { low: -Infinity, high: target.green, words: 'at or below' };
    case 'target-only':
      return polarity === 'low'
        ? { low: -Infinity, high: target.green, words: 'at or below' }
        : { low: target.green, high: Infinity, words: 'at or above' };
    case 'band':
      return {
        low: target.centre - target.green,
        high: target.centre + target.green,
        words: 'within',
      };
    case 'range':
      // As RAG reads a caseload range: below the range is Green too.
      return { low: -Infinity, high: target.high, words: 'at or below' };
    default:
      return null;
  }
}

/**
 * Assurance against the green target (SPEC 3.9): the process limits are where the process will
 * fall. All of them meeting the target (the target beyond the limit on the bad side): the process
 * consistently meets it; none meeting it (beyond the limit on the good side): consistently fails;
 * otherwise hit and miss. A band or range target is met when the limits lie wholly inside it.
 * A target on a limit counts as met there (as RAG: at the target is Green).
 */
export function assuranceVerdict(
  analysis: XmrAnalysis,
  indicator: {
    target: Target;
    polarity: Polarity;
    ragBasis: RagBasis;
    ytd: YtdKind;
  },
  show: Presentation,
): AssuranceResult {
  const interval = targetInterval(indicator.target, indicator.polarity);
  if (interval === null) {
    return { verdict: 'no-target', sentence: 'No target to give assurance against.' };
  }
  if (indicator.ragBasis === 'ytd' && indicator.ytd === 'sum') {
    return {
      verdict: 'no-verdict',
      sentence:
        'The target is for the year to date, a total of the months: single months cannot be compared with it.',
    };
  }
  const segment = latestSegment(analysis);
  if (segment === null || segment.limits === null) {
    return {
      verdict: 'no-verdict',
      sentence: segment?.noLimitsReason ?? 'There are no monthly values yet.',
    };
  }
  const { lower, upper } = segment.limits;
  const v = (x: number) => formatNumber(x, show.unit, show.decimals);
  const stat = statistic(show);
  const limits = `the process limits (${stat(lower)} to ${stat(upper)})`;
  const target =
    interval.words === 'within'
      ? `the target band ${v(interval.low)} to ${v(interval.high)}`
      : `the target (${interval.words} ${v(interval.words === 'at or above' ? interval.low : interval.high)})`;
  const EPS = 1e-9;
  const meetsAll = lower >= interval.low - EPS && upper <= interval.high + EPS;
  const meetsNone = upper < interval.low - EPS || lower > interval.high + EPS;
  if (meetsAll) {
    return {
      verdict: 'consistently-meets',
      sentence: `Consistently meets the target: ${limits} all meet ${target}, so without a change in the process it will keep being met.`,
    };
  }
  if (meetsNone) {
    return {
      verdict: 'consistently-fails',
      sentence: `Consistently fails the target: none of ${limits} meets ${target}, so it will not be met without a change in the process.`,
    };
  }
  return {
    verdict: 'hit-and-miss',
    sentence: `Hit and miss: ${limits} hold values that meet ${target} and values that miss it, so ordinary variation will meet it in some months and miss it in others.`,
  };
}
