import { CHECK_PROGRESS_ROWS } from '@/domain/import/progress';
import { pairSlots } from '@/domain/pair-keys';
import type { Field } from '@/domain/import/headers';
import type {
  CellValue,
  Indicator,
  Observation,
  ParsedFile,
  Period,
  ReturnedMarker,
  Unit,
} from '@/domain/types';
import { fractionProblem } from '@/domain/values';
import { monthCode } from '@/domain/periods';
import { reusableNumber } from '@/domain/import/reused-number';
import { checkPlausible } from '@/domain/import/plausibility';
import { COUNCIL_AGENCY, readAgency } from '@/domain/agency';
import { isTracked } from '@/domain/completeness';
import {
  type PeriodColumn,
  readPeriodCell,
  readPeriodColumnOfCounts,
} from '@/domain/import/period-column';
import {
  header,
  observation,
  readValue,
  report,
  warnUnknownIndicator,
  type ParseContext,
  readId,
} from '@/domain/import/context';

/**
 * A value computed from a numerator and a denominator, in the indicator's unit: a percentage
 * (n / d x 100, one decimal) for `percent` and for an indicator nobody has described yet
 * (most n-of-d figures in the sheets are percentages); a rate per 10,000 (n / d x 10,000, one
 * decimal, d being the population) for `rate_per_10k`; otherwise the plain ratio n / d (an
 * average such as days per child), to two decimals. Null when d is 0.
 */
export function valueFromFraction(
  n: number,
  d: number,
  unit: Unit | null,
): (CellValue & { kind: 'number' }) | null {
  if (d === 0) return null;
  const raw = `${n} of ${d}`;
  const round = (v: number, dp: number) => Math.round(v * 10 ** dp) / 10 ** dp;
  if (unit === null || unit === 'percent') {
    return {
      kind: 'number',
      value: round((n / d) * 100, 1),
      numerator: n,
      denominator: d,
      percent: true,
      decimals: 1,
      raw,
    };
  }
  if (unit === 'rate_per_10k') {
    return {
      kind: 'number',
      value: round((n / d) * 10000, 1),
      numerator: n,
      denominator: d,
      percent: false,
      decimals: 1,
      raw,
    };
  }
  return {
    kind: 'number',
    value: round(n / d, 2),
    numerator: n,
    denominator: d,
    percent: false,
    decimals: 2,
    raw,
  };
}

/**
 * A count of a rate-per-10,000 indicator given without its rate: kept with no value, and read
 * with the rate from the population of its period (`withPopulationRate`, never stored).
 */
function countOnly(
  ctx: ParseContext,
  indicatorId: string,
  period: string,
  count: number,
  line: number,
  note: string,
): Observation {
  return {
    indicatorId,
    period,
    value: null,
    numerator: count,
    denominator: null,
    decimals: 1,
    // No value was written; shown as "–" until a population makes the rate.
    raw: '',
    note,
    provenance: { file: ctx.file, importedAt: ctx.importedAt, line },
  };
}

/** Repeated rows listed one by one; beyond this, one warning counts the rest. */
export const REPEATS_LISTED = 50;

/**
 * Long form (SPEC 2.3): `indicator_id, period, value, numerator, denominator, note`, one value a
 * row, the period a month or a financial year. A blank value with a numerator and denominator is
 * computed (`valueFromFraction`); a blank value with only a numerator is a count, kept for a
 * rate-per-10,000 indicator (its rate comes from the population) and an error for any other. An unreadable number or period drops that row with an error; a
 * period given twice for an indicator is warned and the later line wins. `rows` is taken: each
 * entry is cleared once read (its length stays).
 */
export function parseMonthlyLong(
  ctx: ParseContext,
  rows: string[][],
  lines: number[],
  out: ParsedFile,
  catalogue: Map<string, Indicator> | null,
): void {
  // Each (indicator, period) pair of the file gets a slot (pair-keys.ts): the line it
  // was last given on (0: none yet), and where its value is in `kept` (-1: none). A repeated row
  // replaces its earlier one in constant time, so a file appended to itself stays linear (80,000
  // repeats in well under 1 s); the values come out in the order their last rows were kept. A row
  // makes at most one new slot, so there are fewer slots than rows.
  const pairs = pairSlots();
  const slotLine = new Int32Array(rows.length);
  const slotKept = new Int32Array(rows.length).fill(-1);
  const kept: (Observation | null)[] = [];
  // Partner agencies' no-value markers by pair slot (few; a later row for the pair replaces it).
  const markers = new Map<number, ReturnedMarker>();
  // The agency column's cells read once per distinct cell.
  const agencies = new Map<string, string>();
  const warned = new Set<string>();
  let countsSeen = false;
  let repeats = 0;
  // Each distinct period cell is numbered once (and counted, for `readPeriodColumn`); a row keeps
  // its cell's number, and a period once accepted is found by number, not by text again.
  const periodAt = ctx.map.fields.get('period');
  const periodNumbers = new Map<string, number>();
  const periodTexts: string[] = [];
  const periodTextCounts: number[] = [];
  const periodOfRow = new Int32Array(rows.length);
  // A month written `2015-12` (most cells) is found by its digits as a number, without hashing
  // the text; the code is the text's own digits, so two texts share one only when they are equal.
  const byMonthCode = new Map<number, number>();
  for (let i = 0; i < rows.length; i += 1) {
    const raw = periodAt === undefined ? '' : (rows[i]![periodAt] ?? '').trim();
    const code = monthCode(raw);
    let n = code < 0 ? periodNumbers.get(raw) : byMonthCode.get(code);
    if (n === undefined) {
      n = periodTexts.length;
      if (code < 0) periodNumbers.set(raw, n);
      else byMonthCode.set(code, n);
      periodTexts.push(raw);
      periodTextCounts.push(0);
    }
    periodOfRow[i] = n;
    periodTextCounts[n]! += 1;
  }
  const periods: PeriodColumn = readPeriodColumnOfCounts(
    new Map(periodTexts.map((text, n) => [text, periodTextCounts[n]!])),
  );
  // By period number: the period once accepted, whether its text is ambiguous, and its number
  // among the pairs.
  const acceptedPeriod: (Period | undefined)[] = [];
  const ambiguousPeriod: boolean[] = [];
  const pairPeriod: number[] = [];
  // Looked up once for the file, not per row; ids read once per distinct cell.
  const idColumn = ctx.map.fields.get('id');
  const ids = new Map<string, string>();
  let lastIdCell: string | undefined;
  let lastId: string | undefined;
  let tracked: Indicator | undefined;
  const [valueCell, numeratorCell, denominatorCell] = [
    reusableNumber(),
    reusableNumber(),
    reusableNumber(),
  ];
  let idNumber = -1;
  const periodHeader = header(ctx, 'period');
  const column = (field: Field) => ctx.map.fields.get(field);
  const [valueAt, numeratorAt, denominatorAt, noteAt, agencyAt] = [
    column('value'),
    column('numerator'),
    column('denominator'),
    column('note'),
    column('agency'),
  ];
  // `cell` for a column looked up once: the cell trimmed, '' when the column is absent.
  const at = (row: string[], i: number | undefined) =>
    i === undefined ? '' : (row[i] ?? '').trim();
  const valueHeader = header(ctx, 'value');
  const numeratorHeader = header(ctx, 'numerator');
  const denominatorHeader = header(ctx, 'denominator');
  for (let i = 0; i < rows.length; i += 1) {
    const row = rows[i]!;
    // The parser takes its rows: each is let go once read, so a million of PapaParse's rows are
    // not all held while the values are made (less for the garbage collector to go through).
    (rows as unknown[])[i] = undefined;
    const line = lines[i] ?? i + 2;
    out.rowsRead += 1;
    if (ctx.checked && i % CHECK_PROGRESS_ROWS === 0) ctx.checked(i);
    const idCell = idColumn === undefined ? undefined : row[idColumn];
    // An extract sorted by indicator gives the same id on row after row: compared with the last
    // row's cell before the map is asked (which would hash every row's new string), and what
    // is looked up by id (its catalogue entry, its number among the pairs) is kept with it.
    let id = idCell === undefined ? undefined : idCell === lastIdCell ? lastId : ids.get(idCell);
    if (id === undefined) {
      const read = readId(ctx, row, line);
      if (read === null) continue;
      if (idCell !== undefined) ids.set(idCell, read);
      id = read;
    }
    lastIdCell = idCell;
    if (id !== lastId) {
      lastId = id;
      tracked = catalogue?.get(id);
      idNumber = pairs.idNumber(id);
    }
    const periodNumber = periodOfRow[i]!;
    const periodRaw = periodTexts[periodNumber]!;
    let period = acceptedPeriod[periodNumber];
    if (period === undefined) {
      const read = readPeriodCell(ctx, periods, periodRaw, line, periodHeader);
      if (!read) continue;
      period = read;
      acceptedPeriod[periodNumber] = read;
      ambiguousPeriod[periodNumber] = periods.accepted.get(periodRaw)?.ambiguous ?? false;
      pairPeriod[periodNumber] = pairs.periodNumber(read.key);
    } else if (ambiguousPeriod[periodNumber]) {
      // As `readPeriodCell` counts each ambiguous cell read.
      periods.ambiguous.count += 1;
    }
    const numRaw = at(row, numeratorAt);
    const denRaw = at(row, denominatorAt);
    // Plain numbers are read into the same three objects row after row (nothing below keeps
    // them: the observation copies what it needs).
    let v = readValue(ctx, at(row, valueAt), line, valueHeader, valueCell);
    const num = numRaw ? readValue(ctx, numRaw, line, numeratorHeader, numeratorCell) : null;
    const den = denRaw ? readValue(ctx, denRaw, line, denominatorHeader, denominatorCell) : null;
    if (v.kind === 'invalid' || num?.kind === 'invalid' || den?.kind === 'invalid') continue;
    const unit = tracked?.unit ?? null;
    const n = num?.kind === 'number' ? num.value : null;
    const d = den?.kind === 'number' ? den.value : null;
    if (v.kind === 'missing' && n !== null && d !== null) {
      v = valueFromFraction(n, d, unit) ?? v;
    } else if (v.kind === 'number' && (n !== null || d !== null)) {
      if (v === valueCell) {
        // The reused cell (a plain number has neither): filled in rather than copied.
        valueCell.numerator = n;
        valueCell.denominator = d;
      } else v = { ...v, numerator: n ?? v.numerator, denominator: d ?? v.denominator };
    }
    // SPEC 3.8: an impossible figure keeps the row out (an earlier line for the period stays);
    // an unlikely one is warned about and kept.
    const fraction = n !== null && d !== null ? fractionProblem(n, d) : null;
    if (fraction || (n ?? 0) < 0 || (d ?? 0) < 0) {
      const column = header(ctx, (n ?? 0) < 0 ? 'numerator' : 'denominator');
      report(
        ctx,
        'error',
        'implausible-value',
        line,
        column,
        `Line ${line}, column "${column}": indicator ${id} cannot be right: ${fraction ?? 'a numerator or denominator is below 0'}. The row was not imported; correct the figures and import the file again.`,
      );
      continue;
    }
    if (v.kind === 'number' && !checkPlausible(ctx, v, unit, line, valueHeader, id)) continue;
    const slot = pairs.slotOfNumbers(idNumber, pairPeriod[periodNumber]!);
    const earlier = slotLine[slot]!;
    if (earlier === 0) {
      slotLine[slot] = line;
    } else {
      repeats += 1;
      if (repeats <= REPEATS_LISTED) {
        report(
          ctx,
          'warning',
          'duplicate-period',
          line,
          header(ctx, 'period'),
          `Line ${line}: indicator ${id} has ${periodRaw} again (earlier on line ${earlier}); the later line was used.`,
        );
      }
      const keptAt = slotKept[slot]!;
      if (keptAt >= 0) kept[keptAt] = null;
      slotKept[slot] = -1;
      slotLine[slot] = line;
    }
    warnUnknownIndicator(ctx, catalogue, id, line, warned);
    // A partner agency's return (SPEC 2.9): the agency goes with each value, and a no-value
    // marker (`n/a`, `c`; not a blank cell) still counts as returned for completeness.
    const agencyCell = at(row, agencyAt);
    let agency: string | undefined;
    if (agencyCell !== '') {
      agency = agencies.get(agencyCell);
      if (agency === undefined) {
        agency = readAgency(agencyCell);
        agencies.set(agencyCell, agency);
      }
    }
    if (
      v.kind === 'missing' &&
      v.raw.trim() !== '' &&
      n === null &&
      (agency !== undefined || (tracked !== undefined && isTracked(tracked)))
    ) {
      markers.set(slot, {
        indicatorId: id,
        period: period.key,
        marker: v.raw.trim(),
        agency: agency ?? tracked?.agency ?? COUNCIL_AGENCY,
      });
      out.rowsAccepted += 1;
      continue;
    }
    markers.delete(slot);
    if (v.kind === 'missing' && n !== null && d === null) {
      // A count with no value: a rate per 10,000 is made from the population (SPEC 2.6).
      if (unit !== 'rate_per_10k') {
        report(
          ctx,
          'error',
          'no-value',
          line,
          header(ctx, 'value'),
          `Line ${line}: indicator ${id} has a numerator (${numRaw}) but no value and no denominator, so no value can be made. Add the value or the denominator and import the file again.`,
        );
        continue;
      }
      slotKept[slot] = kept.push(countOnly(ctx, id, period.key, n, line, at(row, noteAt))) - 1;
      if (!countsSeen) {
        countsSeen = true;
        report(
          ctx,
          'warning',
          'rate-from-population',
          line,
          header(ctx, 'numerator'),
          `Line ${line}: indicator ${id} is a rate per 10,000 given as a count (${numRaw}); its rate is computed from the population aged 0-17 of the period. If you have not yet, import a population file (period, population_0_17). This applies to every count-only row of the file.`,
        );
      }
      out.rowsAccepted += 1;
      continue;
    }
    const o = observation(ctx, id, period.key, v, line, at(row, noteAt));
    if (o)
      slotKept[slot] =
        kept.push(agency === undefined ? o : { ...o, provenance: { ...o.provenance, agency } }) - 1;
    out.rowsAccepted += 1;
  }
  // Without repeats no value was dropped from `kept`: it is the list itself, not copied.
  if (repeats === 0 && out.observations.length === 0) out.observations = kept as Observation[];
  else for (const o of kept) if (o) out.observations.push(o);
  if (markers.size > 0) out.markers = [...markers.values()];
  if (repeats > REPEATS_LISTED) {
    report(
      ctx,
      'warning',
      'duplicate-period',
      0,
      header(ctx, 'period'),
      `${(repeats - REPEATS_LISTED).toLocaleString('en-GB')} more lines repeat an indicator and period given earlier in the file (was it appended to itself?); each time the later line was used.`,
    );
  }
}
