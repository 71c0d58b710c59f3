import type { GeographicLevel, NationalRow, ParsedFile, YearKey } from '@/domain/types';
import { parseYear } from '@/domain/periods';
import { isNoValueMarker, parseValue } from '@/domain/values';
import { fieldOf, normaliseHeader, type Field } from '@/domain/import/headers';
import {
  cell,
  header,
  report,
  reportDuplicateColumn,
  type ParseContext,
} from '@/domain/import/context';

/**
 * Columns of a tidy CSV that say when and where a row is, not what it measures: never a filter
 * or a measure. `time_identifier` ("Reporting year"), the country and `new_la_code` are not read.
 */
const GEOGRAPHY: ReadonlySet<Field> = new Set<Field>([
  'timePeriod',
  'timeIdentifier',
  'geographicLevel',
  'countryCode',
  'countryName',
  'regionCode',
  'regionName',
  'regionNumber',
  'laCode',
  'laNumber',
  'newLaCode',
  'laName',
]);

/** The geographic levels we keep (normalised as headers are), and what they become. */
const LEVELS = new Map<string, GeographicLevel>([
  ['national', 'national'],
  ['regional', 'regional'],
  ['localauthority', 'la'],
]);

const LEVEL_WORDS = 'National, Regional and Local authority';

/**
 * The financial year of a DfE `time_period`: `2015` is the year ending in March 2015, '2014/15';
 * `201415` is '2014/15' too; `2014/15` and its spellings are read as written. Null otherwise.
 */
export function readNationalYear(raw: string): YearKey | null {
  const s = raw.trim();
  if (/^\d{4}$/.test(s)) return parseYear(`${Number(s) - 1}/${s}`);
  if (/^\d{6}$/.test(s)) return parseYear(`${s.slice(0, 4)}/${s.slice(4)}`);
  return parseYear(s);
}

/** A plain number ("5172", "24.2", "-3"): read without the general value parser, for speed. */
const PLAIN = /^-?\d+(?:\.\d+)?$/;

/** A cell that is no number: a suppression symbol or a blank (null), or unreadable. */
const INVALID = Symbol('invalid');

/**
 * Symbols DfE publications use besides the SPEC's: `k`, a percentage of less than 0.5 (care
 * leavers: 1 child, "k"), and the bracketed forms the GSS guidance recommends (`[c]`, `[low]`).
 */
const isDfeMarker = (s: string) => {
  const t = s.toLowerCase();
  return (
    t === 'k' || (/^\[[a-z.:]+\]$/.test(t) && (isNoValueMarker(t.slice(1, -1)) || t === '[k]'))
  );
};

function readNumber(raw: string): number | null | typeof INVALID {
  const s = raw.trim();
  if (PLAIN.test(s)) return Number(s);
  if (isDfeMarker(s)) return null;
  const v = parseValue(s);
  return v.kind === 'number' ? v.value : v.kind === 'missing' ? null : INVALID;
}

/** A data column (neither geography nor blank), as headed, with what its cells turned out to be. */
interface DataColumn {
  index: number;
  name: string;
  numbers: number;
  markers: number;
  invalid: number;
  values: (number | null)[];
  /** Position (among kept rows) of the first unreadable cell, -1 when none. */
  firstInvalid: number;
}

/**
 * Published national data (SPEC 2.5): a DfE "Explore education statistics" tidy CSV, columns
 * found by name through the allow-list (order free, BOM or not). Rows at the National, Regional and
 * Local authority levels are kept; others (Local authority district, ...) are counted in one
 * warning. `time_period` 2015 (or 201415) is the financial year 2014/15. Every other column is
 * data: a **measure** when most of its non-blank cells (in kept rows) are numbers or suppression
 * symbols (c, x, z, u, low, .., :, -, n/a; DfE's k; [c] and the like), otherwise a **filter**
 * (text such as `category`); a column blank in every kept row is left out. Suppressed and blank values are null; an unreadable
 * cell of a measure is null too, with one warning per column naming its first line. An LA row
 * needs a 3-digit `old_la_code`; a joint code ("940 / 941") is kept as written, with one warning.
 * Header text only ever lands in arrays (`filters`, `measures`), never as an object key.
 */
export function parseNational(
  ctx: ParseContext,
  rows: string[][],
  lines: number[],
  out: ParsedFile,
): void {
  const { headers, map } = ctx;
  const seen = new Map<string, string>();
  const data: DataColumn[] = [];
  headers.forEach((h, index) => {
    const name = h.trim();
    const norm = normaliseHeader(name);
    if (norm === '') return;
    const field = fieldOf(name);
    if (field !== null && GEOGRAPHY.has(field)) {
      const first = map.fields.get(field);
      if (first !== undefined && first !== index)
        reportDuplicateColumn(ctx, name, headers[first] ?? '');
      return;
    }
    const used = seen.get(norm);
    if (used !== undefined) {
      reportDuplicateColumn(ctx, name, used);
      return;
    }
    seen.set(norm, name);
    data.push({
      index,
      name,
      numbers: 0,
      markers: 0,
      invalid: 0,
      values: [],
      firstInvalid: -1,
    });
  });

  const levelColumn = header(ctx, 'geographicLevel');
  const codeColumn = header(ctx, 'laCode');
  const periodColumn = header(ctx, 'timePeriod');
  const hasCode = map.fields.has('laCode');
  const skipped = new Map<string, number>();
  let firstSkipped = 0;
  const joint = new Map<string, number>();
  let noCodeColumn = 0;
  const years = new Map<string, YearKey | null>();

  /** Kept rows: the row, its line, and its geography. */
  const kept: { row: string[]; line: number; geo: Omit<NationalRow, 'filters' | 'values'> }[] = [];
  rows.forEach((row, i) => {
    const line = lines[i] ?? i + 2;
    out.rowsRead += 1;
    const levelRaw = cell(ctx, row, 'geographicLevel');
    const level = LEVELS.get(normaliseHeader(levelRaw));
    if (!level) {
      const label = levelRaw === '' ? '(blank)' : levelRaw;
      skipped.set(label, (skipped.get(label) ?? 0) + 1);
      if (firstSkipped === 0) firstSkipped = line;
      return;
    }
    const periodRaw = cell(ctx, row, 'timePeriod');
    let year = years.get(periodRaw);
    if (year === undefined) {
      year = readNationalYear(periodRaw);
      years.set(periodRaw, year);
    }
    if (year === null) {
      report(
        ctx,
        'error',
        'invalid-period',
        line,
        periodColumn,
        `Line ${line}, column "${periodColumn}": "${periodRaw}" is not a year such as 2015 (the year April 2014 - March 2015) or 201415, so the row was not imported.`,
      );
      return;
    }
    let laCode = '';
    let laName = '';
    if (level === 'la') {
      if (!hasCode) {
        if (noCodeColumn === 0) noCodeColumn = line;
        return;
      }
      laCode = cell(ctx, row, 'laCode');
      laName = cell(ctx, row, 'laName');
      if (/^\d{3}(?:\s*\/\s*\d{3})+$/.test(laCode)) {
        if (!joint.has(laCode)) joint.set(laCode, line);
      } else if (!/^\d{3}$/.test(laCode)) {
        report(
          ctx,
          'error',
          'invalid-la-code',
          line,
          codeColumn,
          `Line ${line}, column "${codeColumn}": "${laCode}" is not a 3-digit local authority code (such as 372), so the row was not imported.`,
        );
        return;
      }
    }
    const national = level === 'national';
    kept.push({
      row,
      line,
      geo: {
        year,
        level,
        regionCode: national ? '' : cell(ctx, row, 'regionCode'),
        regionName: national ? '' : cell(ctx, row, 'regionName'),
        laCode,
        laName,
      },
    });
  });

  // Each data column: read every kept cell once, then decide measure or filter.
  for (const col of data) {
    const { index, values } = col;
    for (let k = 0; k < kept.length; k += 1) {
      const raw = kept[k]!.row[index] ?? '';
      const v = readNumber(raw);
      if (v === INVALID) {
        col.invalid += 1;
        if (col.firstInvalid < 0) col.firstInvalid = k;
        values.push(null);
      } else {
        if (v === null) {
          if (raw.trim() !== '') col.markers += 1;
        } else col.numbers += 1;
        values.push(v);
      }
    }
  }
  const measures = data.filter((c) => c.numbers + c.markers > c.invalid);
  const filters = data.filter((c) => c.invalid > 0 && c.numbers + c.markers <= c.invalid);

  for (const col of measures) {
    if (col.invalid === 0) continue;
    const first = kept[col.firstInvalid]!;
    const raw = (first.row[col.index] ?? '').trim();
    const more =
      col.invalid > 1 ? ` It and ${col.invalid - 1} more cells of this column were` : ' It was';
    report(
      ctx,
      'warning',
      'invalid-number',
      first.line,
      col.name,
      `Line ${first.line}, column "${col.name}": "${raw}" is not a number or a suppression symbol.${more} read as no value; the rest of the file was imported.`,
    );
  }

  const nationalRows: NationalRow[] = kept.map((k, i) => ({
    ...k.geo,
    filters: filters.map((c) => (k.row[c.index] ?? '').trim()),
    values: measures.map((c) => c.values[i] ?? null),
  }));
  out.national = {
    file: ctx.file,
    filters: filters.map((c) => c.name),
    measures: measures.map((c) => c.name),
    rows: nationalRows,
  };
  out.rowsAccepted = nationalRows.length;

  if (nationalRows.length > 0 && measures.length === 0) {
    report(
      ctx,
      'warning',
      'no-measures',
      0,
      '',
      `${ctx.file} has no column of numbers (its columns read as text, e.g. durations such as "00:10"), so no indicator can be compared with it.`,
    );
  }

  if (noCodeColumn > 0) {
    report(
      ctx,
      'error',
      'missing-column',
      1,
      '',
      `The file has Local authority rows (the first on line ${noCodeColumn}) but no old_la_code column, so they were not imported. Add the 3-digit old_la_code column and import the file again.`,
    );
  }
  if (joint.size > 0) {
    const codes = [...joint.keys()];
    const first = Math.min(...joint.values());
    report(
      ctx,
      'warning',
      'joint-la',
      first,
      codeColumn,
      `Some rows are for local authorities that publish jointly (${codes.join(', ')}; the first on line ${first}). They were kept under the joint code, which does not match a single authority's code.`,
    );
  }
  if (skipped.size > 0) {
    const total = [...skipped.values()].reduce((a, b) => a + b, 0);
    const which = [...skipped].map(([level, n]) => `${level}: ${n}`).join(', ');
    report(
      ctx,
      'warning',
      'skipped-geography',
      firstSkipped,
      levelColumn,
      `${total} ${total === 1 ? 'row is' : 'rows are'} at another geographic level (${which}; the first on line ${firstSkipped}) and ${total === 1 ? 'was' : 'were'} not imported: only ${LEVEL_WORDS} rows are used.`,
    );
  }
  if (rows.length > 0 && nationalRows.length === 0) {
    report(
      ctx,
      'error',
      'no-rows',
      0,
      '',
      `${ctx.file} has no ${LEVEL_WORDS} rows that could be read: there is nothing to import.`,
    );
  }
}
