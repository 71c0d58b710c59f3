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
  const raw = input;
  let s = input.trim().replace(/^'/, '').trim();
  if (isNoValueMarker(s)) return { kind: 'missing', marker: s, raw };
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
      if (den.value === 0) return { kind: 'missing', marker: s, raw };
      return number(raw, round1((num.value / den.value) * 100), 1, true, num.value, den.value);
    }
  }
  // "55 40.44%": a count then its percentage
  m = /^(\S+) (\S+)%$/.exec(s);
  if (m) {
    const num = toNumber(m[1]!);
    const pct = toNumber(m[2]!);
    if (num && pct) return number(raw, pct.value, pct.decimals, true, num.value, null);
  }
  return { kind: 'invalid', raw };
}

const round1 = (v: number) => Math.round(v * 10) / 10;
