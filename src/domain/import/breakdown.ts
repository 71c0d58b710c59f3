import type { BreakdownRow, Indicator, ParsedFile } from '@/domain/types';
import { fractionProblem } from '@/domain/values';
import { readPeriodCell, readPeriodColumn } from '@/domain/import/period-column';
import { valueFromFraction } from '@/domain/import/monthly-long';
import {
  cell,
  header,
  readId,
  readValue,
  report,
  warnUnknownIndicator,
  type ParseContext,
} from '@/domain/import/context';

/**
 * A breakdown file (SPEC 2.8): `indicator_id, period, dimension, category, value[, numerator,
 * denominator]`, one category of one dimension a row. The value may be blank when numerator and
 * denominator are given (computed in the indicator's unit, as for monthly values); a no-value
 * marker (`c`, `x`, `-`) is kept as a suppressed category. A row without a dimension or category,
 * with an unreadable number or period, or an impossible fraction is left out with an error; a
 * category given twice for the same indicator, period and dimension is warned and the later line
 * wins.
 */
export function parseBreakdown(
  ctx: ParseContext,
  rows: string[][],
  lines: number[],
  out: ParsedFile,
  catalogue: Map<string, Indicator> | null,
): void {
  const kept = new Map<string, BreakdownRow>();
  const seen = new Map<string, number>();
  const warned = new Set<string>();
  const periods = readPeriodColumn(rows.map((row) => cell(ctx, row, 'period')));
  rows.forEach((row, i) => {
    const line = lines[i] ?? i + 2;
    out.rowsRead += 1;
    const id = readId(ctx, row, line);
    if (id === null) return;
    const period = readPeriodCell(
      ctx,
      periods,
      cell(ctx, row, 'period'),
      line,
      header(ctx, 'period'),
    );
    if (!period) return;
    const dimension = cell(ctx, row, 'dimension').replace(/\s+/g, ' ');
    const category = cell(ctx, row, 'category').replace(/\s+/g, ' ');
    if (dimension === '' || category === '') {
      const column = header(ctx, dimension === '' ? 'dimension' : 'category');
      report(
        ctx,
        'error',
        'missing-category',
        line,
        column,
        `Line ${line}: indicator ${id} has no ${dimension === '' ? 'dimension' : 'category'}, so the row cannot be placed in a breakdown. Fill in column "${column}" and import the file again.`,
      );
      return;
    }
    const numRaw = cell(ctx, row, 'numerator');
    const denRaw = cell(ctx, row, 'denominator');
    let v = readValue(ctx, cell(ctx, row, 'value'), line, header(ctx, 'value'));
    const num = numRaw ? readValue(ctx, numRaw, line, header(ctx, 'numerator')) : null;
    const den = denRaw ? readValue(ctx, denRaw, line, header(ctx, 'denominator')) : null;
    if (v.kind === 'invalid' || num?.kind === 'invalid' || den?.kind === 'invalid') return;
    const n = num?.kind === 'number' ? num.value : null;
    const d = den?.kind === 'number' ? den.value : null;
    const problem = n !== null && d !== null ? fractionProblem(n, d) : null;
    if (problem || (n ?? 0) < 0 || (d ?? 0) < 0) {
      report(
        ctx,
        'error',
        'implausible-value',
        line,
        header(ctx, 'denominator'),
        `Line ${line}: ${category} of indicator ${id} cannot be right: ${problem ?? 'a numerator or denominator is below 0'}. The row was not imported.`,
      );
      return;
    }
    if (v.kind === 'missing' && n !== null && d !== null)
      v = valueFromFraction(n, d, catalogue?.get(id)?.unit ?? null) ?? v;
    warnUnknownIndicator(ctx, catalogue, id, line, warned);
    const key = [id, period.key, dimension.toLowerCase(), category.toLowerCase()].join('\u0000');
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      report(
        ctx,
        'warning',
        'duplicate-category',
        line,
        header(ctx, 'category'),
        `Line ${line}: ${dimension} "${category}" of indicator ${id} for ${cell(ctx, row, 'period')} appears again (earlier on line ${earlier}); the later line was used.`,
      );
      kept.delete(key);
    }
    seen.set(key, line);
    kept.set(key, {
      indicatorId: id,
      period: period.key,
      dimension,
      category,
      value: v.kind === 'number' ? v.value : null,
      numerator: v.kind === 'number' ? (n ?? v.numerator) : n,
      denominator: v.kind === 'number' ? (d ?? v.denominator) : d,
      raw: v.raw.trim(),
      line,
    });
    out.rowsAccepted += 1;
  });
  out.breakdowns = [...kept.values()];
}
