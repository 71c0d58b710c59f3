import type { ParsedFile } from '@/domain/types';
import {
  cell,
  header,
  readId,
  readValue,
  report,
  type ParseContext,
} from '@/domain/import/context';
import { readPeriodCell, readPeriodColumn } from '@/domain/import/period-column';

/**
 * A trajectory file (SPEC 2.10): `indicator_id, period, trajectory`, one planned value per
 * indicator and month. A period that is a financial year, not a month, is reported and dropped:
 * a trajectory is a path month by month.
 */
export function parseTrajectory(
  ctx: ParseContext,
  rows: string[][],
  lines: number[],
  out: ParsedFile,
): void {
  const periods = readPeriodColumn(rows.map((row) => cell(ctx, row, 'period')));
  const points: NonNullable<ParsedFile['trajectories']> = [];
  rows.forEach((row, i) => {
    const line = lines[i] ?? i + 2;
    out.rowsRead += 1;
    const id = readId(ctx, row, line);
    if (id === null) return;
    const column = header(ctx, 'period');
    const period = readPeriodCell(ctx, periods, cell(ctx, row, 'period'), line, column);
    if (!period) return;
    if (period.kind !== 'month') {
      report(
        ctx,
        'error',
        'trajectory-year',
        line,
        column,
        `Line ${line}, column "${column}": a trajectory gives a value for each month; "${period.key}" is a financial year.`,
      );
      return;
    }
    const v = readValue(ctx, cell(ctx, row, 'trajectory'), line, header(ctx, 'trajectory'));
    if (v.kind !== 'number') return;
    points.push({ indicatorId: id, month: period.key, value: v.value });
    out.rowsAccepted += 1;
  });
  out.trajectories = points;
}
