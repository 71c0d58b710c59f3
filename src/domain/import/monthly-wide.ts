import { CHECK_PROGRESS_ROWS } from '@/domain/import/progress';
import type { Indicator, Observation, ParsedFile } from '@/domain/types';
import {
  header,
  observation,
  readValue,
  report,
  warnUnknownIndicator,
  type ParseContext,
  readId,
} from '@/domain/import/context';
import { checkPlausible } from '@/domain/import/plausibility';

/**
 * Wide form (SPEC 2.3): `indicator_id` (or `No.`) and one column per month or financial year.
 * An unreadable cell drops that one value with an error; the row's other values are kept.
 * A period headed twice was already resolved by the header map (the later column wins).
 */
export function parseMonthlyWide(
  ctx: ParseContext,
  rows: string[][],
  lines: number[],
  out: ParsedFile,
  catalogue: Map<string, Indicator> | null,
): void {
  const warned = new Set<string>();
  // The file's values by indicator: a repeated row replaces the earlier one's values in constant
  // time, so a file appended to itself stays linear.
  const byId = new Map<string, Observation[]>();
  rows.forEach((row, i) => {
    const line = lines[i] ?? i + 2;
    out.rowsRead += 1;
    if (ctx.checked && i % CHECK_PROGRESS_ROWS === 0) ctx.checked(i);
    const id = readId(ctx, row, line);
    if (id === null) return;
    if (byId.has(id)) {
      report(
        ctx,
        'warning',
        'duplicate-indicator',
        line,
        header(ctx, 'id'),
        `Line ${line}: indicator ${id} appears again; its values on this later line were used.`,
      );
      byId.delete(id);
    }
    const values: Observation[] = [];
    byId.set(id, values);
    warnUnknownIndicator(ctx, catalogue, id, line, warned);
    for (const p of [...ctx.map.months, ...ctx.map.years]) {
      const raw = row[p.index] ?? '';
      if (raw.trim() === '') continue;
      const v = readValue(ctx, raw, line, p.header);
      const unit = catalogue?.get(id)?.unit ?? null;
      if (v.kind === 'number' && !checkPlausible(ctx, v, unit, line, p.header, id)) continue;
      const o = observation(ctx, id, p.key, v, line);
      if (o) values.push(o);
    }
    out.rowsAccepted += 1;
  });
  for (const values of byId.values()) for (const o of values) out.observations.push(o);
}
