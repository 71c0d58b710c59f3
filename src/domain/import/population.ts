import type { ParsedFile } from '@/domain/types';
import { cell, header, readValue, report, type ParseContext } from '@/domain/import/context';
import { readPeriodCell, readPeriodColumn } from '@/domain/import/period-column';

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
  const periods = readPeriodColumn(rows.map((row) => cell(ctx, row, 'period')));
  rows.forEach((row, i) => {
    const line = lines[i] ?? i + 2;
    out.rowsRead += 1;
    const period = readPeriodCell(
      ctx,
      periods,
      cell(ctx, row, 'period'),
      line,
      header(ctx, 'period'),
    );
    if (!period) return;
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
