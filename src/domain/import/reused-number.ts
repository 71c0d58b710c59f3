import type { CellValue } from '@/domain/types';
import { parseValue } from '@/domain/values';

/*
 * Value cells read without a new object each (the long-form parser's million cells): import-only
 * code, kept out of values.ts, which a first visit loads.
 */

/** A number cell that a reader fills in again for each cell it reads (`parseValueReusing`). */
export type ReusableNumber = CellValue & { kind: 'number' };

export const reusableNumber = (): ReusableNumber => ({
  kind: 'number',
  value: 0,
  decimals: 0,
  percent: false,
  numerator: null,
  denominator: null,
  raw: '',
});

/**
 * `parseValue`, except that a plain number cell is written into `into` instead of a new object:
 * for a reader of a million cells (the long-form parser) that copies what it keeps before it
 * reads the next cell into the same object. Any other cell is read by `parseValue`.
 */
export function parseValueReusing(input: string, into: ReusableNumber): CellValue {
  // The scan of `plainNumber` (values.ts), adding up the digits as it goes: at most 15 digits are exact
  // in a double, and so is 10 to the power of the decimals, so their quotient is the double
  // nearest the written number, the same as `Number(input)` gives.
  const n = input.length;
  if (n === 0 || n > 15) return parseValue(input);
  let dot = -1;
  let digits = 0;
  for (let i = 0; i < n; i += 1) {
    const c = input.charCodeAt(i);
    if (c === 46 && dot < 0 && i > 0 && i < n - 1) dot = i;
    else if (c < 48 || c > 57) return parseValue(input);
    else digits = digits * 10 + (c - 48);
  }
  const decimals = dot < 0 ? 0 : n - dot - 1;
  into.value = decimals === 0 ? digits : digits / POWERS_OF_TEN[decimals]!;
  into.decimals = decimals;
  into.raw = input;
  // A plain number has no numerator or denominator (its reader may have set them last time).
  into.numerator = null;
  into.denominator = null;
  return into;
}

const POWERS_OF_TEN = Array.from({ length: 16 }, (_, i) => 10 ** i);
