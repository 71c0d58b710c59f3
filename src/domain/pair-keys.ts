/**
 * Numeric keys for (indicator, period) pairs: each distinct id and each distinct period is
 * numbered once, and a pair's key is one number made from the two. A map of a million values
 * then hashes small numbers instead of a million joined strings (docs/performance.md). Keys
 * from one keyer are equal exactly when both texts are equal; never compare keys of two keyers.
 */
export type PairKeyer = (indicatorId: string, period: string) => number;

/** Distinct periods (or ids) one keyer numbers before it refuses: keys stay exact below 2^53. */
export const PAIR_KEY_LIMIT = 2 ** 26;

const SMALL_IDS = 2 ** 20;
const SMALL_PERIODS = 2 ** 10;

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
  return (indicatorId, period) => {
    const i = numberOf(ids, indicatorId);
    const p = numberOf(periods, period);
    // Below 2^30 (a million ids by 1,024 periods) the key is a small integer, which a Map
    // hashes fastest; beyond, keys start at 2^30 so the two ranges never meet.
    return i < SMALL_IDS && p < SMALL_PERIODS
      ? i * SMALL_PERIODS + p
      : SMALL_IDS * SMALL_PERIODS + i * PAIR_KEY_LIMIT + p;
  };
}
