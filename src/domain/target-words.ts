import type { Indicator } from '@/domain/types';
import { formatThreshold } from '@/domain/format';
import { POLARITY_WORDS } from '@/domain/words';

type Described = Pick<Indicator, 'target' | 'polarity' | 'unit' | 'ragBasis'>;

/**
 * A target in plain English, as the RAG rules read it (SPEC 3.3), for councillors who do not read
 * `<83%` / `83%>` / `86%`:
 * - threshold, higher is better: "Red below 83%, Green at 86% or more";
 * - threshold, lower is better: "Red at 26% or more, Green at 23% or less" ("Red above 12%" when
 *   the Red cell is not written `R+`);
 * - target only: "Green at 85% or more, otherwise Red" (or less, for Low);
 * - band: "Green within 5 of 158.8, Amber within 15, Red further away";
 * - range: "Green at 22 or below (range 16 to 22), Amber up to 1% above, Red beyond";
 * - "Target to be confirmed (tbc)", "No target", "Target could not be read (...)".
 * A target rated on the year to date starts "On the year to date: ".
 * Amber is what lies between Red and Green, so the threshold forms leave it unsaid.
 */
export function targetInWords(ind: Described): string {
  const target = ind.target;
  const t = (n: number) => formatThreshold(n, ind.unit);
  const ytd = ind.ragBasis === 'ytd' ? 'On the year to date: ' : '';
  switch (target.form) {
    case 'none':
      return 'No target';
    case 'tbc':
      return `Target to be confirmed (${target.text})`;
    case 'invalid':
      return `Target could not be read (${target.text})`;
    case 'threshold': {
      const { red, green, higherIsBetter, redInclusive } = target;
      if (higherIsBetter) return `${ytd}Red below ${t(red)}, Green at ${t(green)} or more`;
      const redWords = redInclusive ? `at ${t(red)} or more` : `above ${t(red)}`;
      return `${ytd}Red ${redWords}, Green at ${t(green)} or less`;
    }
    case 'target-only':
      return ind.polarity === 'low'
        ? `${ytd}Green at ${t(target.green)} or less, otherwise Red`
        : `${ytd}Green at ${t(target.green)} or more, otherwise Red`;
    case 'band':
      return `${ytd}Green within ${t(target.green)} of ${t(target.centre)}, Amber within ${t(target.amber)}, Red further away`;
    case 'range': {
      const tol = target.tolerancePercent ? `${target.tolerance}%` : t(target.tolerance);
      return `${ytd}Green at ${t(target.high)} or below (range ${t(target.low)} to ${t(target.high)}), Amber up to ${tol} above, Red beyond`;
    }
  }
}

/**
 * Which way is good, in words. An information-only ("Info") or "within limits" indicator that has
 * a target is described by what its target rates, never "Information only" beside a Red:
 * a band "Close to 158.8 is better", a range "22 or below is better (range 16 to 22)", a threshold
 * by its direction ("Lower is better"), a target alone as met upwards. Otherwise the polarity's
 * own words.
 */
export function polarityInWords(ind: Described): string {
  const target = ind.target;
  const t = (n: number) => formatThreshold(n, ind.unit);
  if (target.form === 'band') return `Close to ${t(target.centre)} is better`;
  if (target.form === 'range')
    return `${t(target.high)} or below is better (range ${t(target.low)} to ${t(target.high)})`;
  if (ind.polarity === 'neutral' && target.form === 'threshold')
    return POLARITY_WORDS[target.higherIsBetter ? 'high' : 'low'];
  // A target alone is met upwards unless the indicator is Low (SPEC 3.3, rag.ts).
  if (ind.polarity === 'neutral' && target.form === 'target-only') return POLARITY_WORDS.high;
  return POLARITY_WORDS[ind.polarity];
}
