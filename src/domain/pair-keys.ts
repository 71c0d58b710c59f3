/**
 * Numeric keys for (indicator, period) pairs: each distinct id and each distinct period is
 * numbered once, and a pair's key is one number made from the two. A map of a million values
 * then hashes small numbers instead of a million joined strings (docs/performance.md). Keys
 * from one keyer are equal exactly when both texts are equal; never compare keys of two keyers.
 */
export type PairKeyer = (indicatorId: string, period: string) => number;

/** Distinct periods (or ids) one keyer numbers before it refuses: keys stay exact below 2^53. */
export const PAIR_KEY_LIMIT = 2 ** 26;

export function pairKeyer(): PairKeyer {
  const ids = new Map<string, number>();
  const periods = new Map<string, number>();
  const numberOf = (texts: Map<string, number>, text: string): number => {
    let n = texts.get(text);
    if (n === undefined) {
      n = texts.size;
      if (n >= PAIR_KEY_LIMIT) throw new Error('too many distinct ids or periods to key');
      texts.set(text, n);
    }
    return n;
  };
  return (indicatorId, period) =>
    numberOf(ids, indicatorId) * PAIR_KEY_LIMIT + numberOf(periods, period);
}
