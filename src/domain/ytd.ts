import type { ImportedYtd, Observation, Unit, YtdKind, YtdResult } from '@/domain/types';
import { formatNumber } from '@/domain/format';
import { parseValue } from '@/domain/values';

interface Computed {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
}

const NONE: Computed = { value: null, numerator: null, denominator: null };

/**
 * The figure for a run of months by the indicator's YTD kind (SPEC 3.4): `sum` adds the values
 * (counts, and rates of flows); `ratio` is the sum of numerators over the sum of denominators, as
 * a percentage, when every month with a value has both; `latest` is the last month's value.
 */
export function aggregate(kind: YtdKind, months: (Observation | null)[]): Computed {
  const present = months.filter((o): o is Observation => o !== null && o.value !== null);
  if (present.length === 0 || kind === 'none') return NONE;
  if (kind === 'latest') {
    const last = months[months.length - 1];
    return last && last.value !== null
      ? { value: last.value, numerator: last.numerator, denominator: last.denominator }
      : NONE;
  }
  // A sum or ratio over a window with a missing month is not the year to date: say nothing
  // rather than a partial figure (an imported YTD is still shown).
  if (present.length < months.length) return NONE;
  if (kind === 'sum')
    return {
      value: present.reduce((s, o) => s + (o.value ?? 0), 0),
      numerator: null,
      denominator: null,
    };
  if (present.some((o) => o.numerator === null || o.denominator === null)) return NONE;
  const numerator = present.reduce((s, o) => s + (o.numerator ?? 0), 0);
  const denominator = present.reduce((s, o) => s + (o.denominator ?? 0), 0);
  if (denominator === 0) return NONE;
  return { value: (numerator / denominator) * 100, numerator, denominator };
}

/**
 * Year to date as at a month (SPEC 3.4). `months` are April..M in order (null where missing).
 * A YTD printed in an imported sheet wins; when it differs from the computed figure by more than
 * its printed precision, a data-quality warning says so.
 */
export function computeYtd(a: {
  kind: YtdKind;
  unit: Unit;
  months: (Observation | null)[];
  imported: ImportedYtd | null;
  decimals: number | null;
}): YtdResult {
  const computed = aggregate(a.kind, a.months);
  if (a.imported) {
    let warning: string | null = null;
    if (computed.value !== null && (a.kind === 'sum' || a.kind === 'ratio')) {
      const printed = parseValue(a.imported.raw);
      const places = printed.kind === 'number' ? printed.decimals : 0;
      if (Math.abs(computed.value - a.imported.value) > 0.5 * 10 ** -places + 1e-9) {
        warning = `The sheet's YTD ${formatNumber(a.imported.value, a.unit, places)} differs from the figure computed from the months, ${formatNumber(computed.value, a.unit, a.unit === 'count' ? 0 : Math.max(places, 1))}`;
      }
    }
    return {
      value: a.imported.value,
      numerator: a.imported.numerator,
      denominator: a.imported.denominator,
      source: 'imported',
      computed: computed.value,
      warning,
    };
  }
  return {
    ...computed,
    source: computed.value === null ? 'none' : 'computed',
    computed: computed.value,
    warning: null,
  };
}

/** The rolling figure over the given months (the 12 ending at M), by YTD kind. */
export function rolling12(kind: YtdKind, months: (Observation | null)[]): number | null {
  return aggregate(kind === 'none' ? 'latest' : kind, months).value;
}

/**
 * Annual outturn of a financial year (SPEC 3.1): the imported annual value when there is one;
 * otherwise, once March has a value, snapshots take March and flows the year's YTD.
 */
export function annualOutturn(a: {
  kind: YtdKind;
  unit: Unit;
  snapshot: boolean;
  months: (Observation | null)[];
  imported: Observation | null;
}): { value: number | null; source: 'imported' | 'computed' | 'none' } {
  if (a.imported && a.imported.value !== null)
    return { value: a.imported.value, source: 'imported' };
  const march = a.months[a.months.length - 1];
  if (!march || march.value === null) return { value: null, source: 'none' };
  const value = a.snapshot ? march.value : aggregate(a.kind, a.months).value;
  return value === null ? { value: null, source: 'none' } : { value, source: 'computed' };
}
