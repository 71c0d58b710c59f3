import type { HeaderChoice } from '@/domain/import/csv';
import { fieldOf, mapHeaders, type HeaderMap } from '@/domain/import/headers';
import { recogniseKind } from '@/domain/import/recognise';
import { parsePeriod } from '@/domain/periods';

/** A cell that is a plain number ("935", "46.6%", "1,041"): data, never a header. */
const isNumberCell = (c: string) => /^[-+]?[\d,]*\.?\d+%?$/.test(c.trim());

/** How many columns a header row maps: known fields plus month and year columns. */
const mapped = (map: HeaderMap) => map.fields.size + map.months.length + map.years.length;

/**
 * Two header rows read as one, as a Performance Summary saved from Excel has them: a row of
 * group titles over merged cells ("LAST THREE MONTHS", "Year to Date 15/16", "Target and
 * Tolerances", "LATEST BENCHMARKING - 2014/15") over a row of column titles ("Oct-15", "YTD",
 * "DATA NOTE", "Red"), with the titles of unmerged columns ("NO.", "INDICATOR") in the upper row
 * only. Each column takes its lower cell, or the upper one when the lower is blank. A lower cell
 * under a group title (carried right across the merged cells) is read with the group's words when
 * that names a field the lower words alone do not name better: "DATA NOTE" under "Year to Date"
 * is the YTD note, not a second data note.
 */
export function mergeHeaderRows(upper: string[], lower: string[]): string[] {
  const width = Math.max(upper.length, lower.length);
  const out: string[] = [];
  let group = '';
  for (let i = 0; i < width; i += 1) {
    const top = (upper[i] ?? '').trim();
    const bottom = (lower[i] ?? '').trim();
    if (top !== '') group = top;
    if (bottom === '') {
      out.push(top);
      continue;
    }
    if (parsePeriod(bottom) || group === '' || group === bottom) {
      out.push(bottom);
      continue;
    }
    const together = `${group} ${bottom}`;
    const alone = fieldOf(bottom);
    const joined = fieldOf(together);
    const taken = alone !== null && out.some((h) => fieldOf(h) === alone);
    out.push(joined !== null && (alone === null || taken) ? together : bottom);
  }
  return out;
}

/**
 * Finds the header among the first non-blank rows of a file (titles such as "Performance
 * Summary" or "As at Month End: December 2015" may come first): the first row whose cells are
 * recognised as a kind of file (SPEC 2.1-2.6). That row merged with the next is preferred when
 * the next holds no number (a data row always does) and the two together map at least two more
 * columns than either alone: a two-row header (a title line over the header is not one). Null
 * when no row is recognised.
 */
export function locateHeader(candidates: string[][]): HeaderChoice | null {
  for (let i = 0; i < candidates.length; i += 1) {
    const row = candidates[i]!;
    const alone = mapHeaders(row);
    const next = candidates[i + 1];
    if (next && !next.some(isNumberCell) && next.filter((c) => c !== '').length >= 2) {
      const merged = mergeHeaderRows(row, next);
      const both = mapHeaders(merged);
      const gain = mapped(both) - Math.max(mapped(alone), mapped(mapHeaders(next)));
      if (recogniseKind(both) !== 'unknown' && gain >= 2) {
        return { index: i, span: 2, headers: merged };
      }
    }
    if (recogniseKind(alone) !== 'unknown') return { index: i, span: 1, headers: row };
  }
  return null;
}

/**
 * The section column of a sheet that has no "Section" header: sheets print the section as a
 * merged cell in an untitled first column, left of the indicator number. The first untitled
 * column left of the id column whose cells hold text (not numbers) is taken as the section.
 * Returns the map with `section` set, or the map unchanged.
 */
export function withUntitledSection(
  map: HeaderMap,
  headers: string[],
  rows: string[][],
): HeaderMap {
  const idColumn = map.fields.get('id');
  if (map.fields.has('section') || idColumn === undefined) return map;
  for (let c = 0; c < idColumn; c += 1) {
    if ((headers[c] ?? '').trim() !== '') continue;
    const texts = rows.map((r) => (r[c] ?? '').trim()).filter((v) => v !== '');
    if (texts.length > 0 && !texts.some(isNumberCell)) {
      const fields = new Map(map.fields);
      fields.set('section', c);
      return { ...map, fields };
    }
  }
  return map;
}
