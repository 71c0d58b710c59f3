import type { CellValue, ImportProblem, Observation, ParsedFile, ProblemSeverity } from '@/domain/types';
import type { Field, HeaderMap } from '@/domain/import/headers';
import { parseValue } from '@/domain/values';

/** What every kind parser shares: where we are, and the problems found so far. */
export interface ParseContext {
  file: string;
  importedAt: string;
  headers: string[];
  map: HeaderMap;
  problems: ImportProblem[];
}

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

export function header(ctx: ParseContext, field: Field): string {
  const i = ctx.map.fields.get(field);
  return i === undefined ? field : (ctx.headers[i] ?? field);
}

/** Reads a value cell; an unreadable number is reported with its line and column. */
export function readValue(ctx: ParseContext, raw: string, line: number, column: string): CellValue {
  const v = parseValue(raw);
  if (v.kind === 'invalid') {
    report(
      ctx,
      'error',
      'invalid-number',
      line,
      column,
      `Line ${line}, column "${column}": "${raw.trim()}" is not a number. Correct the cell and import the file again; the other values were imported.`,
    );
  }
  return v;
}

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

/** Columns no parser reads are ignored, with one warning each. */
export function warnUnknownColumns(ctx: ParseContext): void {
  for (const u of ctx.map.unknown) {
    report(ctx, 'warning', 'unknown-column', 1, u.header, `Column "${u.header}" is not one we read, so it was ignored.`);
  }
  for (const d of ctx.map.duplicates) {
    report(
      ctx,
      'warning',
      'duplicate-column',
      1,
      d.header,
      d.period
        ? `Column "${d.header}" repeats a period already in the file; the first column for it was used. Remove one of them.`
        : `Column "${d.header}" repeats a column already in the file; the first one was used.`,
    );
  }
}

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
