import type { Unit } from '@/domain/types';

/** One Intl.NumberFormat per precision: `toLocaleString` builds a new one on every call. */
const formatters = new Map<string, Intl.NumberFormat>();
const fmt = (value: number, min: number, max: number) => {
  const key = `${min}:${max}`;
  let f = formatters.get(key);
  if (f === undefined) {
    f = new Intl.NumberFormat('en-GB', { minimumFractionDigits: min, maximumFractionDigits: max });
    formatters.set(key, f);
  }
  return f.format(value);
};

const ownDecimals = (v: number) => {
  const s = String(v);
  const i = s.indexOf('.');
  return i < 0 ? 0 : Math.min(s.length - i - 1, 2);
};

/**
 * A value as the reports print it: percentages with a % sign ("46.6%"), counts with thousands
 * separators ("1,041"), rates to one decimal place ("668.6"). `decimals` (the catalogue's
 * precision) fixes the places; otherwise the value keeps its own, up to two. '' for null.
 */
export function formatNumber(
  value: number | null,
  unit: Unit,
  decimals: number | null = null,
): string {
  if (value === null || !Number.isFinite(value)) return '';
  switch (unit) {
    case 'percent': {
      const d = decimals ?? Math.max(ownDecimals(value), 1);
      return `${fmt(value, d, d)}%`;
    }
    case 'rate_per_10k': {
      const d = decimals ?? 1;
      return fmt(value, d, d);
    }
    case 'count':
      return decimals === null ? fmt(value, 0, 2) : fmt(value, decimals, decimals);
    default:
      return decimals === null ? fmt(value, 0, 1) : fmt(value, decimals, decimals);
  }
}

/**
 * The precision an indicator is shown at: its catalogue's decimals, else the most decimals (up
 * to 2) among its values as imported (caseloads of 12.4 and 21: one decimal).
 */
export function shownDecimals(decimals: number | null, values: readonly (number | null)[]): number {
  if (decimals !== null) return decimals;
  let most = 0;
  for (const v of values)
    if (v !== null && Number.isFinite(v)) most = Math.max(most, ownDecimals(v));
  return most;
}

/** A threshold as written in a target: "83%", "511", "22.7%". */
export function formatThreshold(value: number, unit: Unit): string {
  return unit === 'percent' ? `${fmt(value, 0, 2)}%` : fmt(value, 0, 2);
}

/** A difference in percentage points: "4.2 points", "1 point". */
export function formatPoints(n: number): string {
  const abs = Math.abs(n);
  const text = fmt(abs, 0, 1);
  return `${text} ${text === '1' ? 'point' : 'points'}`;
}

/** A difference in the indicator's unit: points for percentages ("4.2 points"), else the number to one place ("12.0"). */
export function formatDifference(n: number, unit: Unit): string {
  return unit === 'percent' ? formatPoints(n) : fmt(Math.abs(n), 1, 1);
}
