import type { ParsedFile } from '@/domain/types';
import { parsePeriod } from '@/domain/periods';
import { cell, header, readValue, report, type ParseContext } from '@/domain/import/context';

/**
 * Population aged 0-17 (SPEC 2.6): `period, population_0_17`, the period a month or a
 * financial year. A figure that is not a positive number is reported and dropped, since a rate
 * per 10,000 cannot be made from it.
 */
export function parsePopulation(
  ctx: ParseContext,
  rows: string[][],
  lines: number[],
  out: ParsedFile,
): void {
  rows.forEach((row, i) => {
    const line = lines[i] ?? i + 2;
    out.rowsRead += 1;
    const periodRaw = cell(ctx, row, 'period');
    const period = parsePeriod(periodRaw);
    if (!period) {
      report(
        ctx,
        'error',
        'invalid-period',
        line,
        header(ctx, 'period'),
        `Line ${line}, column "${header(ctx, 'period')}": "${periodRaw}" is not a month (e.g. 2015-12) or a financial year (e.g. 2015/16), so the population was not imported.`,
      );
      return;
    }
    const column = header(ctx, 'population');
    const v = readValue(ctx, cell(ctx, row, 'population'), line, column);
    if (v.kind !== 'number') return;
    if (v.value <= 0 || v.percent) {
      report(
        ctx,
        'error',
        'invalid-population',
        line,
        column,
        `Line ${line}, column "${column}": "${v.raw.trim()}" is not a number of children. Write the population aged 0-17, e.g. 56400.`,
      );
      return;
    }
    out.population.push({ period: period.key, population0to17: v.value });
    out.rowsAccepted += 1;
  });
}
