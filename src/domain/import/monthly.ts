import type { Indicator, ParsedFile } from '@/domain/types';
import { parsePeriod } from '@/domain/periods';
import { cell, cleanId, header, observation, readValue, report, type ParseContext } from '@/domain/import/context';

function warnUnknownIndicator(ctx: ParseContext, catalogue: Map<string, Indicator> | null, id: string, line: number, warned: Set<string>) {
  if (!catalogue || catalogue.size === 0 || catalogue.has(id) || warned.has(id)) return;
  warned.add(id);
  report(ctx, 'warning', 'unknown-indicator', line, header(ctx, 'id'),
    `Line ${line}: indicator ${id} is not in the catalogue or scorecard; its values are kept under "Indicator ${id}". Import a catalogue row for it to name it.`);
}

/**
 * Long form (SPEC 2.3): one value per row. When the value is blank but numerator and denominator
 * are given, the value is computed as a percentage (numerator / denominator x 100, one decimal),
 * unless the catalogue says the indicator is not a percentage, then as the plain ratio.
 */
export function parseMonthlyLong(
  ctx: ParseContext,
  rows: string[][],
  lines: number[],
  out: ParsedFile,
  catalogue: Map<string, Indicator> | null,
): void {
  const seen = new Map<string, number>();
  const warned = new Set<string>();
  rows.forEach((row, i) => {
    const line = lines[i] ?? i + 2;
    out.rowsRead += 1;
    const id = cleanId(cell(ctx, row, 'id'));
    const periodRaw = cell(ctx, row, 'period');
    if (!id) {
      report(ctx, 'error', 'missing-id', line, header(ctx, 'id'), `Line ${line} has no indicator id, so it was not imported.`);
      return;
    }
    const period = parsePeriod(periodRaw);
    if (!period) {
      report(ctx, 'error', 'invalid-period', line, header(ctx, 'period'),
        `Line ${line}, column "${header(ctx, 'period')}": "${periodRaw}" is not a month (e.g. 2015-12 or Dec-15) or a financial year (e.g. 2014/15); the row was not imported.`);
      return;
    }
    const valueRaw = cell(ctx, row, 'value');
    const numRaw = cell(ctx, row, 'numerator');
    const denRaw = cell(ctx, row, 'denominator');
    let v = readValue(ctx, valueRaw, line, header(ctx, 'value'));
    const num = numRaw ? readValue(ctx, numRaw, line, header(ctx, 'numerator')) : null;
    const den = denRaw ? readValue(ctx, denRaw, line, header(ctx, 'denominator')) : null;
    if (v.kind === 'invalid' || num?.kind === 'invalid' || den?.kind === 'invalid') return;
    const n = num?.kind === 'number' ? num.value : null;
    const d = den?.kind === 'number' ? den.value : null;
    if (v.kind === 'missing' && n !== null && d !== null && d !== 0) {
      const percent = (catalogue?.get(id)?.unit ?? 'percent') === 'percent';
      const value = percent ? Math.round((n / d) * 1000) / 10 : n / d;
      v = { kind: 'number', value, numerator: n, denominator: d, percent, decimals: percent ? 1 : 2, raw: `${n} of ${d}` };
    } else if (v.kind === 'number') {
      v = { ...v, numerator: n ?? v.numerator, denominator: d ?? v.denominator };
    }
    const key = `${id}\u0000${period.key}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      report(ctx, 'warning', 'duplicate-period', line, header(ctx, 'period'),
        `Line ${line}: indicator ${id} has ${periodRaw} again (first on line ${earlier}); the later line was used.`);
      out.observations = out.observations.filter((o) => !(o.indicatorId === id && o.period === period.key));
    }
    seen.set(key, line);
    warnUnknownIndicator(ctx, catalogue, id, line, warned);
    const o = observation(ctx, id, period.key, v, line, cell(ctx, row, 'note'));
    if (o) out.observations.push(o);
    out.rowsAccepted += 1;
  });
}

/** Wide form (SPEC 2.3): an id column and one column per month or financial year. */
export function parseMonthlyWide(
  ctx: ParseContext,
  rows: string[][],
  lines: number[],
  out: ParsedFile,
  catalogue: Map<string, Indicator> | null,
): void {
  const warned = new Set<string>();
  rows.forEach((row, i) => {
    const line = lines[i] ?? i + 2;
    out.rowsRead += 1;
    const id = cleanId(cell(ctx, row, 'id'));
    if (!id) {
      report(ctx, 'error', 'missing-id', line, header(ctx, 'id'), `Line ${line} has no indicator id, so it was not imported.`);
      return;
    }
    warnUnknownIndicator(ctx, catalogue, id, line, warned);
    for (const p of [...ctx.map.months, ...ctx.map.years]) {
      const raw = row[p.index] ?? '';
      if (raw.trim() === '') continue;
      const o = observation(ctx, id, p.key, readValue(ctx, raw, line, p.header), line);
      if (o) out.observations.push(o);
    }
    out.rowsAccepted += 1;
  });
}
