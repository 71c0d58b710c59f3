import type { Benchmark, ComparedFigure, Indicator, RagResult, Target } from '@/domain/types';
import { formatNumber, formatThreshold } from '@/domain/format';

/** Values are compared with a tolerance, as in rag.ts, so 78.0 meets 78. */
const EPS = 1e-9;

/** The local target in words, for the reason: "the 86% target", "the range 16-22". */
export function targetWords(target: Target, unit: Indicator['unit']): string {
  switch (target.form) {
    case 'threshold':
    case 'target-only':
      return `the ${formatThreshold(target.green, unit)} target`;
    case 'band':
      return `the target of ±${target.green} of ${formatThreshold(target.centre, unit)}`;
    case 'range':
      return `the range ${target.low}-${target.high}`;
    default:
      return 'the target';
  }
}

/** Rounded to the indicator's precision when it has one, so a figure shown as 78.0 meets 78.0. */
const atPrecision = (v: number, decimals: number | null) =>
  decimals === null ? v : Math.round(v * 10 ** decimals) / 10 ** decimals;

/**
 * The safeguarding board's two-test RAG (SPEC 3.7). Two tests, each by the indicator's polarity:
 * the local target (met when the target rating, SPEC 3.3 on its own basis, is Green) and
 * England's average (the latest national-average benchmark, compared with the figure on the
 * benchmark's basis, SPEC 3.6; met when on it or better). Green when both are met, Red when
 * neither is, Amber when one is; the reason names both tests.
 *
 * Falls back to the target rating, saying so, when there is no England average, no figure on its
 * basis, or the indicator has no direction (information only, within limits). With no target,
 * "tbc" or no data, the target rating stands as it is (nothing to combine).
 *
 * `targetRag` is the indicator's SPEC 3.3 rating; `england` the benchmark to compare with.
 */
export function twoTestRag(a: {
  indicator: Pick<Indicator, 'polarity' | 'unit' | 'decimals' | 'target'>;
  targetRag: RagResult;
  compared: ComparedFigure;
  england: Benchmark | null;
}): RagResult {
  const { indicator: ind, targetRag, compared, england } = a;
  const fallback = (why: string): RagResult => ({
    ...targetRag,
    reason: `${targetRag.reason} (rated on the target alone: ${why})`,
  });
  const { status } = targetRag;
  if (status !== 'red' && status !== 'amber' && status !== 'green') return targetRag;
  if (ind.polarity !== 'high' && ind.polarity !== 'low')
    return fallback("the board's two tests need a measure where higher or lower is better");
  if (england === null) return fallback('there is no national average to compare with');
  if (compared.kind === 'none') return fallback(compared.reason);

  const value = atPrecision(compared.value, ind.decimals);
  const bench = atPrecision(england.value, ind.decimals);
  const nationalMet = ind.polarity === 'high' ? value >= bench - EPS : value <= bench + EPS;
  const targetMet = status === 'green';
  const rated = `${formatNumber(targetRag.valueUsed ?? 0, ind.unit, null)}${
    targetRag.basis === 'ytd' ? ' (year to date)' : ''
  }`;
  const t = targetWords(ind.target, ind.unit);
  const e = `England's ${formatNumber(england.value, ind.unit, null)} (${england.period})`;
  const c = compared.words;
  const result = (s: RagResult['status'], reason: string): RagResult => ({
    ...targetRag,
    status: s,
    reason,
  });
  if (targetMet && nationalMet)
    return result('green', `Green: ${rated} meets ${t} and ${c} meets ${e}`);
  if (!targetMet && !nationalMet)
    return result('red', `Red: ${rated} does not meet ${t} and ${c} does not meet ${e}`);
  return targetMet
    ? result('amber', `Amber: ${rated} meets ${t} but ${c} does not meet ${e}`)
    : result('amber', `Amber: ${c} meets ${e} but ${rated} does not meet ${t}`);
}

/** The board's rule in words, for the scorecard's marker. */
export const TWO_TEST_WORDS =
  "Board RAG: rated on the safeguarding board's two tests, the local target and England's average (Green: meets both; Amber: meets one; Red: meets neither).";
