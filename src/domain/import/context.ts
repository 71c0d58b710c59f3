import type {
  CellValue,
  ImportProblem,
  Indicator,
  Observation,
  ParsedFile,
  ProblemSeverity,
  Target,
  TargetCells,
} from '@/domain/types';
import { normaliseHeader, type Field, type HeaderMap } from '@/domain/import/headers';
import { DERIVED_EXPORT_HEADERS } from '@/domain/export-columns';
import { parseValue, whyInvalid } from '@/domain/values';
import { parseValueReusing, type ReusableNumber } from '@/domain/import/reused-number';
import { formatMonthLong } from '@/domain/periods';

/** What every kind parser shares: where we are, and the problems found so far. */
export interface ParseContext {
  file: string;
  importedAt: string;
  headers: string[];
  map: HeaderMap;
  problems: ImportProblem[];
  /** Told every CHECK_PROGRESS_ROWS rows how many rows are checked (for a progress bar). */
  checked?: (rows: number) => void;
  /** Information lines for the file's report (not problems); where given, columns this app's
   * own export adds are noted here rather than warned about. */
  notes?: string[];
}

/** Adds one problem of this file (line 1 is the header; 0 is the whole file). */
export function report(
  ctx: ParseContext,
  severity: ProblemSeverity,
  code: string,
  line: number,
  column: string,
  message: string,
): void {
  ctx.problems.push({ severity, code, file: ctx.file, line, column, message });
}

/** The cell of a field in a row, trimmed; '' when the column is absent. */
export function cell(ctx: ParseContext, row: string[], field: Field): string {
  const i = ctx.map.fields.get(field);
  return i === undefined ? '' : (row[i] ?? '').trim();
}

/** The column of a field as headed in the file (for messages), or the field name when absent. */
export function header(ctx: ParseContext, field: Field): string {
  const i = ctx.map.fields.get(field);
  return i === undefined ? field : (ctx.headers[i] ?? field);
}

/** A cell quoted in a message, cut to 40 characters (a 309-digit cell would fill the report). */
export const clip = (text: string): string => (text.length > 40 ? `${text.slice(0, 40)}...` : text);

/** Reads a value cell; an unreadable number is reported with its line and column. */
export function readValue(
  ctx: ParseContext,
  raw: string,
  line: number,
  column: string,
  into?: ReusableNumber,
): CellValue {
  const v = into ? parseValueReusing(raw, into) : parseValue(raw);
  if (v.kind === 'invalid') {
    report(
      ctx,
      'error',
      'invalid-number',
      line,
      column,
      `Line ${line}, column "${column}": "${clip(raw.trim())}" ${whyInvalid(raw)}. Correct the cell and import the file again; the other values are imported without it.`,
    );
  }
  return v;
}

/** An observation of a number cell with its provenance; null for a missing or invalid cell. */
export function observation(
  ctx: ParseContext,
  indicatorId: string,
  period: string,
  v: CellValue,
  line: number,
  note = '',
): Observation | null {
  if (v.kind !== 'number') return null;
  return {
    indicatorId,
    period,
    value: v.value,
    numerator: v.numerator,
    denominator: v.denominator,
    decimals: v.decimals,
    raw: v.raw.trim(),
    note,
    provenance: { file: ctx.file, importedAt: ctx.importedAt, line },
  };
}

/**
 * Period headers (SPEC 3.1): an implausible year (`Dec 2105` among 2015 months) is an error and
 * its column is not read; the first ambiguous one (`2011-12`) says how it was read.
 */
export function reportPeriodHeaders(ctx: ParseContext): void {
  for (const p of ctx.map.implausible) {
    report(
      ctx,
      'error',
      'implausible-period',
      1,
      p.header,
      `Column "${p.header}": not a plausible year for this data` +
        (p.median === null ? '' : `, whose other periods are around ${p.median}`) +
        `, so the column was not read. Check the year for a typing error.`,
    );
  }
  const first = ctx.map.ambiguous[0];
  if (first) {
    const words =
      first.period.kind === 'month'
        ? formatMonthLong(first.period.key)
        : `the financial year ${first.period.key}`;
    const because =
      first.decidedBy === 'years'
        ? "because the file's other period columns are financial years"
        : first.decidedBy === 'months'
          ? "because the file's other period columns are months"
          : 'because nothing else in the header says which (a month unless it says otherwise)';
    report(
      ctx,
      'warning',
      'ambiguous-period',
      1,
      first.header,
      `Column "${first.header}" could be a month or a financial year; it was read as ${words}, ${because}.` +
        (ctx.map.ambiguous.length > 1 ? ' Every such column was read the same way.' : ''),
    );
  }
}

/** Columns no parser reads are ignored, with one warning each. */
export function warnUnknownColumns(ctx: ParseContext): void {
  reportPeriodHeaders(ctx);
  const derived = new Set(DERIVED_EXPORT_HEADERS.map(normaliseHeader));
  const ours = ctx.map.unknown.filter((u) => derived.has(normaliseHeader(u.header)));
  if (ours.length > 0 && ctx.notes) {
    const names = ours.map((u) => u.header);
    const list =
      names.length === 1
        ? names[0]
        : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
    ctx.notes.push(
      `The ${names.length === 1 ? 'column' : 'columns'} ${list} ${names.length === 1 ? 'was' : 'were'} written by this app and ${names.length === 1 ? 'is' : 'are'} worked out again from the data, so ${names.length === 1 ? 'it was' : 'they were'} not read.`,
    );
  }
  for (const u of ctx.map.unknown) {
    if (ctx.notes && derived.has(normaliseHeader(u.header))) continue;
    report(
      ctx,
      'warning',
      'unknown-column',
      1,
      u.header,
      `Column "${u.header}" is not one we read, so it was ignored. If it should be read, rename it (see the file formats on this page).`,
    );
  }
  for (const d of ctx.map.duplicates) {
    if (d.period) {
      report(
        ctx,
        'warning',
        'duplicate-period',
        1,
        d.header,
        `Columns "${d.header}" and "${d.used}" are the same period; the later one, "${d.used}", was used. Remove one of them.`,
      );
    } else {
      reportDuplicateColumn(ctx, d.header, d.used);
    }
  }
}

/** A column whose header repeats an earlier one: the first is used, this one ignored. */
export function reportDuplicateColumn(ctx: ParseContext, header: string, used: string): void {
  report(
    ctx,
    'warning',
    'duplicate-column',
    1,
    header,
    `Column "${header}" repeats column "${used}"; the first one was used and this one ignored. Remove one of them.`,
  );
}

/** A ParsedFile with nothing in it yet. */
export function emptyParsed(file: string, kind: ParsedFile['kind']): ParsedFile {
  return {
    file,
    kind,
    rowsRead: 0,
    rowsAccepted: 0,
    indicators: [],
    observations: [],
    benchmarks: [],
    importedYtd: [],
    printed: [],
    population: [],
    problems: [],
  };
}

/** Ids are kept as written, without spaces ("6.2a"); a number like "6.10" stays a string. */
export const cleanId = (raw: string) => raw.trim().replace(/\s+/g, '');

/**
 * Values of an indicator that neither the catalogue nor a scorecard describes are kept (under
 * "Indicator <id>"), with one warning per id. Silent when no catalogue is known at all.
 */
export function warnUnknownIndicator(
  ctx: ParseContext,
  catalogue: Map<string, Indicator> | null,
  id: string,
  line: number,
  warned: Set<string>,
): void {
  if (!catalogue || catalogue.size === 0 || catalogue.has(id) || warned.has(id)) return;
  warned.add(id);
  report(
    ctx,
    'warning',
    'unknown-indicator',
    line,
    header(ctx, 'id'),
    `Line ${line}: indicator ${id} is not in the catalogue or scorecard; its values are kept under "Indicator ${id}". Import a catalogue row for it to name it.`,
  );
}

/**
 * An unreadable target (`parseTarget` gave `invalid`) is an error at the cell that could not be
 * read (the first of Red, Amber, Green quoted by the reason), quoting the cells as written. The
 * indicator is still imported and shows "No target" until the cells are corrected.
 */
export function reportUnreadableTarget(
  ctx: ParseContext,
  line: number,
  id: string,
  cells: TargetCells,
  target: Target,
): void {
  if (target.form !== 'invalid') return;
  const fields = (['red', 'amber', 'green'] as const).filter((f) => cells[f].trim() !== '');
  const bad =
    fields.find((f) => target.reason.includes(`"${cells[f].trim().replace(/^ytd\s*/i, '')}"`)) ??
    fields[0] ??
    'red';
  const reason =
    target.text && !target.reason.includes(target.text)
      ? `${target.reason} (cells: "${target.text}")`
      : target.reason;
  report(
    ctx,
    'error',
    'unreadable-target',
    line,
    header(ctx, bad),
    `Line ${line}, column "${header(ctx, bad)}": ${reason} Indicator ${id} shows "No target" until it is corrected.`,
  );
}

/**
 * The row's indicator id, or null after reporting a `missing-id` error for the row (the row is
 * then not imported). Shared by every kind whose rows are keyed by an id.
 */
export function readId(ctx: ParseContext, row: string[], line: number): string | null {
  const id = cleanId(cell(ctx, row, 'id'));
  if (id) return id;
  report(
    ctx,
    'error',
    'missing-id',
    line,
    header(ctx, 'id'),
    `Line ${line} has no indicator id, so it was not imported. Add the id in column "${header(ctx, 'id')}".`,
  );
  return null;
}
