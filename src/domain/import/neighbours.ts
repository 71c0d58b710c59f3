import type { NeighbourEntry, ParsedFile } from '@/domain/types';
import type { Field } from '@/domain/import/headers';
import { report, type ParseContext } from '@/domain/import/context';

/** The ten neighbour columns, closest first. */
export const NEIGHBOUR_FIELDS = [
  'sn1',
  'sn2',
  'sn3',
  'sn4',
  'sn5',
  'sn6',
  'sn7',
  'sn8',
  'sn9',
  'sn10',
] as const satisfies readonly Field[];

const LA_CODE = /^\d{3}$/;

/**
 * A DfE children's services statistical-neighbour list (SPEC 2.5), in either published layout:
 * the 2021 groupings (`LA num, LA Name, LA number, GOInd, GOReg, SN1, SNP, ..., SN10, SNP`) or the
 * 2025 model (`old_la_code, la_name, region_ind, region_name, SN_1, SN_1P, ..., SN_10, SN_10P`).
 * One entry per LA: its 3-digit code, name, region and ten neighbours' codes, closest first; the
 * closeness columns are not read. Problems are reported at their line and column, and the good
 * rows kept:
 * - an LA code that is not 3 digits, or one already listed: error, the row is not imported;
 * - a neighbour code that is not 3 digits: error, that neighbour is left out (the row is kept);
 * - fewer than ten neighbours: warning, the row is kept with those it has;
 * - a neighbour that is not itself in the list: warning, it is kept (its published figures may
 *   still be there).
 * A row with neither a code nor neighbours (the 2021 file's "Old SNs:" line) is a note: skipped,
 * with a warning.
 */
export function parseNeighbours(
  ctx: ParseContext,
  rows: string[][],
  lines: number[],
  out: ParsedFile,
): void {
  const { map, headers } = ctx;
  const codeIndex = map.fields.get('laCode') ?? map.fields.get('laNumber')!;
  const codeColumn = headers[codeIndex] ?? 'old_la_code';
  const at = (row: string[], field: Field) => {
    const i = map.fields.get(field);
    return i === undefined ? '' : (row[i] ?? '').trim();
  };
  const columns = NEIGHBOUR_FIELDS.flatMap((f, rank) => {
    const index = map.fields.get(f);
    return index === undefined ? [] : [{ rank, index, header: headers[index] ?? f }];
  });
  const absent = NEIGHBOUR_FIELDS.filter((f) => !map.fields.has(f));
  if (absent.length > 0) {
    report(
      ctx,
      'warning',
      'missing-column',
      1,
      '',
      `The file has no column for neighbour${absent.length === 1 ? '' : 's'} ${absent.map((f) => f.slice(2)).join(', ')} (SN1 to SN10 expected), so every authority has fewer than ten neighbours.`,
    );
  }

  const las: NeighbourEntry[] = [];
  /** Where each entry's neighbours were read: its line and the column of each neighbour. */
  const where: { line: number; headers: string[] }[] = [];
  const byCode = new Map<string, number>();
  rows.forEach((row, i) => {
    const line = lines[i] ?? i + 2;
    out.rowsRead += 1;
    const code = (row[codeIndex] ?? '').trim();
    const name = at(row, 'laName');
    const cells = columns.map((c) => ({ ...c, raw: (row[c.index] ?? '').trim() }));
    if (code === '' && cells.every((c) => c.raw === '')) {
      report(
        ctx,
        'warning',
        'note-row',
        line,
        '',
        `Line ${line}${name ? ` ("${name}")` : ''} has no local authority code and no neighbours; it was read as a note and skipped.`,
      );
      return;
    }
    if (!LA_CODE.test(code)) {
      report(
        ctx,
        'error',
        'invalid-la-code',
        line,
        codeColumn,
        `Line ${line}, column "${codeColumn}": "${code}" is not a 3-digit local authority code (such as 372), so this authority's neighbours were not imported.`,
      );
      return;
    }
    const earlier = byCode.get(code);
    if (earlier !== undefined) {
      report(
        ctx,
        'error',
        'duplicate-la',
        line,
        codeColumn,
        `Line ${line}, column "${codeColumn}": authority ${code} is already listed on line ${earlier}; this row was not imported. Remove one of them.`,
      );
      return;
    }
    const neighbours: string[] = [];
    const from: string[] = [];
    let firstBlank: string | null = null;
    for (const c of cells) {
      if (c.raw === '') {
        firstBlank ??= c.header;
        continue;
      }
      if (!LA_CODE.test(c.raw)) {
        report(
          ctx,
          'error',
          'invalid-neighbour',
          line,
          c.header,
          `Line ${line}, column "${c.header}": "${c.raw}" is not a 3-digit local authority code, so this neighbour of ${code} was left out.`,
        );
        continue;
      }
      neighbours.push(c.raw);
      from.push(c.header);
    }
    if (firstBlank !== null) {
      const filled = cells.filter((c) => c.raw !== '').length;
      report(
        ctx,
        'warning',
        'few-neighbours',
        line,
        firstBlank,
        `Line ${line}: authority ${code} has ${filled} neighbour${filled === 1 ? '' : 's'}, not 10 (column "${firstBlank}" is blank). Its neighbour figures use those it has.`,
      );
    }
    byCode.set(code, line);
    las.push({ code, name, region: at(row, 'regionName'), neighbours });
    where.push({ line, headers: from });
  });

  // A neighbour must be an authority of the list itself, or it is someone the list does not know.
  las.forEach((la, i) => {
    const { line, headers: from } = where[i]!;
    la.neighbours.forEach((n, k) => {
      if (byCode.has(n)) return;
      const column = from[k] ?? '';
      report(
        ctx,
        'warning',
        'unknown-neighbour',
        line,
        column,
        `Line ${line}, column "${column}": neighbour ${n} of ${la.code} is not an authority of this list. It was kept; check the code.`,
      );
    });
  });

  out.neighbours = { file: ctx.file, las };
  out.rowsAccepted = las.length;
}
