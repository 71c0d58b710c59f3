import type { CellValue } from '@/domain/types';

/**
 * "No value" markers and the GSS suppression symbols (SPEC 2): not errors, just no number.
 * Compared case-insensitively after trimming.
 */
export const NO_VALUE_MARKERS = [
  '',
  '-',
  '–',
  'n/a',
  'na',
  'tbc',
  'new',
  'c',
  'x',
  'z',
  'u',
  'low',
  '..',
  ':',
];

/**
 * Whether a cell says "no value" (`-`, `n/a`, `tbc`, `new`, blank, GSS `c`/`x`/`z`/`u`/`low`/`..`),
 * case-insensitively and ignoring surrounding spaces. Such a cell is not an import error.
 */
export function isNoValueMarker(raw: string): boolean {
  return NO_VALUE_MARKERS.includes(raw.trim().toLowerCase());
}

const NUMBER = String.raw`[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[-+]?\.\d+`;

const WHOLE_NUMBER = new RegExp(`^(?:${NUMBER})$`);

/** More significant digits than this cannot be a real figure (SPEC 3.8): 1e15 children, say. */
export const MAX_SIGNIFICANT_DIGITS = 15;

/**
 * Whether any number written in a cell has more than 15 significant digits (leading zeros do
 * not count; `1,041` has 4). Such a cell is refused, so 309 digits never become Infinity.
 */
export function tooManyDigits(raw: string): boolean {
  const tokens = raw.match(/\d[\d,]*(?:\.\d*)?|\.\d+/g) ?? [];
  return tokens.some(
    (t) => t.replace(/[,.]/g, '').replace(/^0+/, '').length > MAX_SIGNIFICANT_DIGITS,
  );
}

/**
 * What is impossible about a numerator and denominator (SPEC 3.8), or null: either below 0, or
 * a denominator of 0 under a numerator that is not 0. (0 of 0 is no value: nothing to rate.)
 */
export function fractionProblem(numerator: number, denominator: number): string | null {
  if (numerator < 0) return `the numerator ${numerator} is below 0`;
  if (denominator < 0) return `the denominator ${denominator} is below 0`;
  if (denominator === 0 && numerator !== 0)
    return `the denominator is 0 under a numerator of ${numerator}`;
  return null;
}

function toNumber(text: string): { value: number; decimals: number } | null {
  if (!WHOLE_NUMBER.test(text)) return null;
  const clean = text.replace(/,/g, '');
  const dot = clean.indexOf('.');
  return { value: Number(clean), decimals: dot < 0 ? 0 : clean.length - dot - 1 };
}

const number = (
  raw: string,
  value: number,
  decimals: number,
  percent: boolean,
  numerator: number | null = null,
  denominator: number | null = null,
): CellValue => ({
  kind: 'number',
  value,
  decimals,
  percent,
  numerator,
  denominator,
  raw,
});

/**
 * Reads one value cell, percentages in points: `46.6`, `46.6%`, `1,041`, `423.0`, `-2.5`,
 * `20/478 4.18%` (the printed percentage; 20 and 478 kept as numerator and denominator),
 * `125 of 137` (91.2, computed to one decimal place), `55 40.44%` (numerator and percentage).
 * A leading apostrophe (how our CSV export protects cells from running as formulas) is dropped.
 * No-value markers give `missing`; anything else unreadable gives `invalid`.
 */
export function parseValue(input: string): CellValue {
  const fast = plainNumber(input);
  if (fast) return fast;
  const raw = input;
  let s = input.trim().replace(/^'/, '').trim();
  if (isNoValueMarker(s)) return { kind: 'missing', marker: s, raw };
  if (tooManyDigits(s)) return { kind: 'invalid', raw };
  // Collapse runs of spaces, and join a % sign written apart from its number ("46.6 %").
  s = s.replace(/\s+/g, ' ').replace(/ %/g, '%');

  let m = /^(\S+)%$/.exec(s);
  if (m) {
    const n = toNumber(m[1]!);
    return n ? number(raw, n.value, n.decimals, true) : { kind: 'invalid', raw };
  }
  const plain = toNumber(s);
  if (plain) return number(raw, plain.value, plain.decimals, false);

  // "20/478 4.18%" or "20/478" alone
  m = /^(\S+)\s*\/\s*(\S+?)(?:\s+(\S+)%)?$/.exec(s);
  if (m) {
    const num = toNumber(m[1]!);
    const den = toNumber(m[2]!);
    const pct = m[3] === undefined ? null : toNumber(m[3]);
    if (num && den && (m[3] === undefined || pct)) {
      if (fractionProblem(num.value, den.value)) return { kind: 'invalid', raw };
      if (pct) return number(raw, pct.value, pct.decimals, true, num.value, den.value);
      if (den.value === 0) return { kind: 'missing', marker: s, raw };
      return number(raw, round1((num.value / den.value) * 100), 1, true, num.value, den.value);
    }
  }
  // "125 of 137"
  m = /^(\S+) of (\S+)$/i.exec(s);
  if (m) {
    const num = toNumber(m[1]!);
    const den = toNumber(m[2]!);
    if (num && den) {
      if (fractionProblem(num.value, den.value)) return { kind: 'invalid', raw };
      if (den.value === 0) return { kind: 'missing', marker: s, raw };
      return number(raw, round1((num.value / den.value) * 100), 1, true, num.value, den.value);
    }
  }
  // "55 40.44%": a count then its percentage
  m = /^(\S+) (\S+)%$/.exec(s);
  if (m) {
    const num = toNumber(m[1]!);
    const pct = toNumber(m[2]!);
    if (num && pct && num.value >= 0)
      return number(raw, pct.value, pct.decimals, true, num.value, null);
  }
  return { kind: 'invalid', raw };
}

const round1 = (v: number) => Math.round(v * 10) / 10;

/** A plain number cell's value and decimal places (see `readPlainNumber`). */
export interface PlainNumber {
  value: number;
  decimals: number;
}

/**
 * Reads the common cell, a plain number with no spaces, commas or signs (`1041`, `46.6`), into
 * `into` without a regular expression: true when the cell is one, false (`into` left as it was)
 * for any other cell. At most 15 characters, so `tooManyDigits` cannot refuse it. The digits are
 * added up during the scan: at most 15 digits are exact in a double, and so is 10 to the power
 * of the decimals, so their quotient is the double nearest the written number, the same as
 * `Number(s)` gives. A million-row import reads most of its cells here (docs/performance.md).
 */
export function readPlainNumber(s: string, into: PlainNumber): boolean {
  const n = s.length;
  if (n === 0 || n > 15) return false;
  let dot = -1;
  let digits = 0;
  for (let i = 0; i < n; i += 1) {
    const c = s.charCodeAt(i);
    if (c === 46 && dot < 0 && i > 0 && i < n - 1) dot = i;
    else if (c < 48 || c > 57) return false;
    else digits = digits * 10 + (c - 48);
  }
  const decimals = dot < 0 ? 0 : n - dot - 1;
  into.value = decimals === 0 ? digits : digits / POWERS_OF_TEN[decimals]!;
  into.decimals = decimals;
  return true;
}

const POWERS_OF_TEN = Array.from({ length: 16 }, (_, i) => 10 ** i);

/** `readPlainNumber` as a cell value: what the full reading of `parseValue` gives, or null. */
const plainRead: PlainNumber = { value: 0, decimals: 0 };
function plainNumber(s: string): CellValue | null {
  return readPlainNumber(s, plainRead)
    ? number(s, plainRead.value, plainRead.decimals, false)
    : null;
}

/** Why a cell that `parseValue` found `invalid` cannot be read, for the import report. */
export function whyInvalid(raw: string): string {
  if (tooManyDigits(raw))
    return `has more than ${MAX_SIGNIFICANT_DIGITS} significant digits, which no real figure has (is it a reference number, or a damaged cell?)`;
  const s = raw.trim().replace(/^'/, '').trim();
  const m = /^(\S+)\s*\/\s*(\S+?)(?:\s+\S+%)?$/.exec(s) ?? /^(\S+) of (\S+)$/i.exec(s) ?? null;
  if (m) {
    const n = toNumber(m[1]!);
    const d = toNumber(m[2]!);
    const problem = n && d ? fractionProblem(n.value, d.value) : null;
    if (problem) return `cannot be a figure: ${problem}`;
  }
  return 'is not a number';
}
