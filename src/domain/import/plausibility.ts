import type { CellValue, Unit } from '@/domain/types';
import { fractionProblem } from '@/domain/values';
import { report, type ParseContext } from '@/domain/import/context';
import { formatNumber } from '@/domain/format';

type NumberCell = CellValue & { kind: 'number' };

/**
 * Plausibility of one imported figure (SPEC 3.8), after `parseValue` has refused what cannot be
 * a number at all (more than 15 significant digits, an impossible fraction in one cell).
 * Errors (the value is not imported, so the caller drops it; returns false): a value that is not
 * finite; a numerator or denominator below 0; a denominator of 0 under a numerator that is not 0.
 * Warnings (the value is imported; returns true): a percentage below 0 or above 100, a count
 * below 0, a numerator above its denominator (for a percentage: a rate per 10,000 or an average
 * can have a numerator larger than its denominator). `unit` is the indicator's unit when known;
 * a value written with % is a percentage whatever the unit.
 */
export function checkPlausible(
  ctx: ParseContext,
  v: NumberCell,
  unit: Unit | null,
  line: number,
  column: string,
  indicatorId: string,
): boolean {
  // Messages are only put together when there is something to say (this runs for every value).
  const error = (message: string) => {
    say(ctx, 'error', line, column, message);
    return false;
  };
  const finite =
    Number.isFinite(v.value) &&
    (v.numerator === null || Number.isFinite(v.numerator)) &&
    (v.denominator === null || Number.isFinite(v.denominator));
  if (!finite)
    return error(
      `indicator ${indicatorId}'s figure is too large to be real, so it was not imported. Correct the cell and import the file again.`,
    );
  if (v.numerator !== null && v.denominator !== null) {
    const problem = fractionProblem(v.numerator, v.denominator);
    if (problem)
      return error(
        `indicator ${indicatorId} cannot be right: ${problem}. It was not imported; correct the figures and import the file again.`,
      );
  } else if ((v.numerator ?? 0) < 0 || (v.denominator ?? 0) < 0) {
    return error(
      `indicator ${indicatorId} has a numerator or denominator below 0, which cannot be a number of children. It was not imported; correct the figures and import the file again.`,
    );
  }
  const percent = v.percent || unit === 'percent';
  const warn = (message: string) => say(ctx, 'warning', line, column, message);
  if (percent && (v.value < 0 || v.value > 100)) {
    warn(
      `indicator ${indicatorId} is ${formatNumber(v.value, 'percent', v.decimals)}, ${v.value < 0 ? 'below 0%' : 'above 100%'}. It was imported; check it is right.`,
    );
  } else if (unit === 'count' && v.value < 0) {
    warn(
      `indicator ${indicatorId} is a count of ${v.value}, below 0. It was imported; check it is right.`,
    );
  }
  if (percent && v.numerator !== null && v.denominator !== null && v.numerator > v.denominator) {
    warn(
      `indicator ${indicatorId}'s numerator ${v.numerator} is above its denominator ${v.denominator}. It was imported; check it is right.`,
    );
  }
  return true;
}

/** Reports an implausible value at its line and column. */
function say(
  ctx: ParseContext,
  severity: 'error' | 'warning',
  line: number,
  column: string,
  message: string,
): void {
  report(
    ctx,
    severity,
    'implausible-value',
    line,
    column,
    `Line ${line}, column "${column}": ${message}`,
  );
}
