import type { Polarity, RagBasis, RagResult, Target, Unit } from '@/domain/types';
import { formatNumber, formatThreshold } from '@/domain/format';

/** Values are compared with a tolerance so 95.0 meets 95 and 22.22 is within 1% of 22. */
const EPS = 1e-9;

/**
 * Rates a value against a target (SPEC 3.3) and says why in one line. `value` is the month's
 * value, or the year to date when `basis` is 'ytd' (compared with the thresholds as they are,
 * not pro-rated).
 */
export function rateValue(
  target: Target,
  value: number | null,
  polarity: Polarity,
  unit: Unit,
  basis: RagBasis,
): RagResult {
  const result = (status: RagResult['status'], reason: string): RagResult => ({
    status,
    reason,
    basis,
    valueUsed: value,
  });
  if (target.form === 'none') return result('no-target', 'No target set');
  if (target.form === 'invalid')
    return result('no-target', `No target: the target could not be read (${target.text})`);
  if (target.form === 'tbc') return result('tbc', `Target to be confirmed (${target.text})`);
  if (value === null)
    return result(
      'no-data',
      basis === 'ytd' ? 'No data for the year to date' : 'No data for this month',
    );

  const v = `${formatNumber(value, unit, null)}${basis === 'ytd' ? ' (year to date)' : ''}`;
  const t = (n: number) => formatThreshold(n, unit);

  switch (target.form) {
    case 'threshold': {
      const { red, green, higherIsBetter, redInclusive } = target;
      if (higherIsBetter) {
        if (value >= green - EPS)
          return result('green', `Green: ${v} meets the target of ${t(green)}`);
        if (value < red - EPS)
          return result(
            'red',
            `Red: ${v} is below the red threshold of ${t(red)} (target ${t(green)})`,
          );
        return result(
          'amber',
          `Amber: ${v} is between the red threshold of ${t(red)} and the target of ${t(green)}`,
        );
      }
      if (value <= green + EPS)
        return result('green', `Green: ${v} meets the target of ${t(green)} or lower`);
      const isRed = redInclusive ? value >= red - EPS : value > red + EPS;
      if (isRed) {
        return result(
          'red',
          `Red: ${v} is ${redInclusive ? 'at or above' : 'above'} the red threshold of ${t(red)} (target ${t(green)})`,
        );
      }
      return result(
        'amber',
        `Amber: ${v} is between the target of ${t(green)} and the red threshold of ${t(red)}`,
      );
    }
    case 'target-only': {
      const lower = polarity === 'low';
      const met = lower ? value <= target.green + EPS : value >= target.green - EPS;
      return met
        ? result('green', `Green: ${v} meets the target of ${t(target.green)}`)
        : result('red', `Red: ${v} does not meet the target of ${t(target.green)}`);
    }
    case 'band': {
      const d = Math.abs(value - target.centre);
      const away = `${formatNumber(d, unit === 'percent' ? 'average' : unit, 1)}`;
      if (d <= target.green + EPS)
        return result('green', `Green: ${v} is within ±${target.green} of ${t(target.centre)}`);
      if (d <= target.amber + EPS)
        return result('amber', `Amber: ${v} is within ±${target.amber} of ${t(target.centre)}`);
      return result(
        'red',
        `Red: ${v} is ${away} away from ${t(target.centre)}, more than ±${target.amber}`,
      );
    }
    case 'range': {
      const { low, high, tolerance, tolerancePercent } = target;
      const allowance = tolerancePercent ? (high * tolerance) / 100 : tolerance;
      const range = `${low}-${high}`;
      const tol = tolerancePercent ? `${tolerance}%` : `${tolerance}`;
      if (value <= high + EPS) {
        return result(
          'green',
          value < low
            ? `Green: ${v} is below the range ${range}, within the limit`
            : `Green: ${v} is within the range ${range}`,
        );
      }
      if (value <= high + allowance + EPS)
        return result('amber', `Amber: ${v} is above the range ${range} by no more than ${tol}`);
      return result('red', `Red: ${v} is above the range ${range} by more than ${tol}`);
    }
  }
}
