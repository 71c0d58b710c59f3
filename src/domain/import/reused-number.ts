import type { CellValue } from '@/domain/types';
import { parseValue, readPlainNumber } from '@/domain/values';

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
  if (!readPlainNumber(input, into)) return parseValue(input);
  into.raw = input;
  // A plain number has no numerator or denominator (its reader may have set them last time).
  into.numerator = null;
  into.denominator = null;
  return into;
}
