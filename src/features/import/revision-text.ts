import type { Observation, Unit } from '@/domain/types';
import type { RevisedValue } from '@/domain/import-preview';
import { isMonthKey } from '@/domain/workspace';
import { formatNumber } from '@/domain/format';
import { formatMonth } from '@/domain/periods';

/** A period as the sheets head it: 'Dec-15' for a month, '2014/15' for a financial year. */
export function periodText(period: string): string {
  return isMonthKey(period) ? formatMonth(period) : period;
}

/**
 * One imported reading as the user would recognise it: "89.2%", "1,041", "90.6% (898 of 991)",
 * "20 of 478" when only the fraction is known, "no value" for a no-value marker ("-", "tbc").
 * Shown at the decimals it was written with, so 0.27 then 0.3 stay distinguishable.
 */
export function observationText(o: Observation, unit: Unit): string {
  const fraction =
    o.numerator !== null && o.denominator !== null ? `${o.numerator} of ${o.denominator}` : '';
  if (o.value === null)
    return fraction || (o.raw.trim() ? `no value ("${o.raw.trim()}")` : 'no value');
  const value = formatNumber(o.value, unit, o.decimals);
  return fraction ? `${value} (${fraction})` : value;
}

/** "Oct-19: 89.2% becomes 89.6%" (SPEC 2.7: every changed value listed before confirming). */
export function revisionText(r: RevisedValue, unit: Unit): string {
  return `${periodText(r.period)}: ${observationText(r.before, unit)} becomes ${observationText(r.after, unit)}`;
}
