/**
 * Dense numbers for (indicator, period) pairs: each distinct id and each distinct period is
 * numbered once, and each distinct pair gets the next slot (0, 1, 2...) the first time it is
 * asked for. Values of a million pairs are then kept in plain arrays indexed by slot, instead of
 * a map hashing a million joined strings (docs/performance.md). Slots of one numbering are equal
 * exactly when both texts are equal; never compare slots of two numberings.
 */
export interface PairSlots {
  slot(indicatorId: string, period: string): number;
  /** The number of an id, and of a period (each numbered the first time it is asked for). */
  idNumber(indicatorId: string): number;
  periodNumber(period: string): number;
  /** `slot` from the numbers, for a caller that keeps them (one look-up per distinct text). */
  slotOfNumbers(idNumber: number, periodNumber: number): number;
  /** How many distinct pairs have a slot. */
  readonly size: number;
}

export function pairSlots(): PairSlots {
  const ids = new Map<string, number>();
  const periods = new Map<string, number>();
  // byId[i][p]: the slot of id number i with period number p.
  const byId: number[][] = [];
  let size = 0;
  const numberOf = (texts: Map<string, number>, text: string): number => {
    let n = texts.get(text);
    if (n === undefined) {
      n = texts.size;
      texts.set(text, n);
    }
    return n;
  };
  const slotOfNumbers = (i: number, p: number): number => {
    const row = (byId[i] ??= []);
    let s = row[p];
    if (s === undefined) {
      s = size;
      size += 1;
      row[p] = s;
    }
    return s;
  };
  return {
    slot: (indicatorId, period) =>
      slotOfNumbers(numberOf(ids, indicatorId), numberOf(periods, period)),
    idNumber: (indicatorId) => numberOf(ids, indicatorId),
    periodNumber: (period) => numberOf(periods, period),
    slotOfNumbers,
    get size() {
      return size;
    },
  };
}
