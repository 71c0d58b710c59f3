import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import type { ParsedFile } from '@/domain/types';
import { parseFile } from '@/domain/import/parse-file';
import {
  expandWorkbooks,
  readXlsxSheets,
  showNumber,
  shownBy,
  withWorkbookSheets,
} from '@/workers/xlsx';

const buffer = (u: Uint8Array) =>
  u.buffer.slice(u.byteOffset, u.byteOffset + u.byteLength) as ArrayBuffer;

/** A dropped file read as the import worker reads it: workbooks expanded, then each parsed. */
async function parseXlsx(file: string, bytes: Uint8Array, importedAt: string, _known: never[]) {
  const out: ParsedFile[] = [];
  let known: ParsedFile['indicators'] = [];
  for (const piece of await expandWorkbooks([{ name: file, bytes: buffer(bytes) }])) {
    const parsed = parseFile(piece.name, new Uint8Array(piece.bytes), importedAt, known);
    out.push(parsed);
    known = [...known, ...parsed.indicators];
  }
  return out;
}

const fixture = () =>
  new Uint8Array(readFileSync(resolve(process.cwd(), 'fixtures/import/monthly-2016-01.xlsx')));
const at = '2026-12-06T12:00:00.000Z';

describe('fixtures/import/monthly-2016-01.xlsx read as CSV', () => {
  it('gives its one visible sheet with data, each cell as Excel shows it', async () => {
    // The hidden sheet "Lookup" and the empty "Sheet3" are left out. Serial 42370 formatted
    // mmm-yy is January 2016; 0.753 formatted 0.0% is 75.3%; 24.25 formatted 0.00 stays 24.25.
    expect(await readXlsxSheets(fixture())).toEqual([
      {
        sheet: 'Monthly values',
        text:
          'indicator_id,period,value,note\r\n' +
          '2.1,2016-01,905,\r\n' +
          '9.1,2016-01,75.3%,From the new placements report\r\n' +
          '2.8,2016-01,24.25,\r\n',
      },
    ]);
  });

  it('is imported as monthly values, the sheet named in the report', async () => {
    const parsed = (await parseXlsx('monthly-2016-01.xlsx', fixture(), at, []))!;
    expect(parsed).toHaveLength(1);
    expect(parsed[0]!.file).toBe('monthly-2016-01.xlsx, sheet Monthly values');
    expect(parsed[0]!.kind).toBe('monthly-long');
    expect(parsed[0]!.rowsAccepted).toBe(3);
    const nine = parsed[0]!.observations.find((o) => o.indicatorId === '9.1')!;
    expect([nine.period, nine.value, nine.note]).toEqual([
      '2016-01',
      75.3,
      'From the new placements report',
    ]);
  });

  it("the worker's read request gets the workbook's sheets; other requests and files pass as they are", async () => {
    const csv = new TextEncoder().encode('indicator_id,period,value\n2.1,2016-01,905\n');
    const request = {
      type: 'read' as const,
      id: 7,
      files: [
        { name: 'a.csv', bytes: buffer(csv) },
        { name: 'monthly-2016-01.xlsx', bytes: buffer(fixture()) },
      ],
      importedAt: at,
      base: { key: 0, indicators: [], benchmarks: [] },
    };
    const expanded = await withWorkbookSheets(request);
    if (expanded.type !== 'read') throw new Error(expanded.type);
    expect(expanded.files.map((f) => f.name)).toEqual([
      'a.csv',
      'monthly-2016-01.xlsx, sheet Monthly values',
    ]);
    expect(new TextDecoder().decode(expanded.files[1]!.bytes)).toMatch(
      /^indicator_id,period,value,note\r\n2\.1,2016-01,905,/,
    );
    const forget = { type: 'forget' as const, read: 3 };
    expect(await withWorkbookSheets(forget)).toBe(forget);
  });
});

describe('workbooks made here', () => {
  const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const book = (sheets: Record<string, string>, extra: Record<string, string> = {}) => {
    const names = Object.keys(sheets);
    const parts: Record<string, Uint8Array> = {
      '[Content_Types].xml': strToU8('<Types/>'),
      'xl/workbook.xml': strToU8(
        `<workbook xmlns="${NS}" xmlns:r="r"><sheets>${names
          .map((n, i) => `<sheet name="${n}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
          .join('')}</sheets></workbook>`,
      ),
      'xl/_rels/workbook.xml.rels': strToU8(
        `<Relationships>${names
          .map((_n, i) => `<Relationship Id="rId${i + 1}" Target="worksheets/s${i + 1}.xml"/>`)
          .join('')}</Relationships>`,
      ),
    };
    names.forEach((n, i) => {
      parts[`xl/worksheets/s${i + 1}.xml`] = strToU8(
        `<worksheet xmlns="${NS}"><sheetData>${sheets[n]}</sheetData></worksheet>`,
      );
    });
    for (const [k, v] of Object.entries(extra)) parts[k] = strToU8(v);
    return zipSync(parts);
  };

  it('inline strings, a comma and a quote, an empty row kept as a line, a gap in a row', async () => {
    const sheets = await readXlsxSheets(
      book({
        Data:
          '<row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c><c r="C1" t="inlineStr"><is><t>value</t></is></c></row>' +
          '<row r="3"><c r="A3" t="inlineStr"><is><t>Smith, "J"</t></is></c><c r="C3"><v>0.30000000000000004</v></c></row>',
      }),
    );
    // Row 2 is empty: line 2 stays, so the importer's line 3 is the sheet's row 3.
    expect(sheets[0]!.text).toBe('id,,value\r\n,,\r\n"Smith, ""J""",,0.3\r\n');
  });

  it('two sheets: each its own file, the second seeing the indicators of the first', async () => {
    const cat =
      '<row r="1"><c t="inlineStr"><is><t>id</t></is></c><c t="inlineStr"><is><t>section</t></is></c><c t="inlineStr"><is><t>name</t></is></c><c t="inlineStr"><is><t>polarity</t></is></c><c t="inlineStr"><is><t>unit</t></is></c></row>' +
      '<row r="2"><c t="inlineStr"><is><t>X1</t></is></c><c t="inlineStr"><is><t>Test</t></is></c><c t="inlineStr"><is><t>Things</t></is></c><c t="inlineStr"><is><t>high</t></is></c><c t="inlineStr"><is><t>count</t></is></c></row>';
    const monthly =
      '<row r="1"><c t="inlineStr"><is><t>indicator_id</t></is></c><c t="inlineStr"><is><t>period</t></is></c><c t="inlineStr"><is><t>value</t></is></c></row>' +
      '<row r="2"><c t="inlineStr"><is><t>X1</t></is></c><c t="inlineStr"><is><t>2016-01</t></is></c><c><v>4</v></c></row>';
    const parsed = (await parseXlsx(
      'book.xlsx',
      book({ Catalogue: cat, Values: monthly }),
      at,
      [],
    ))!;
    expect(parsed.map((p) => [p.file, p.kind, p.rowsAccepted])).toEqual([
      ['book.xlsx, sheet Catalogue', 'catalogue', 1],
      ['book.xlsx, sheet Values', 'monthly-long', 1],
    ]);
    // X1 is known from the first sheet: no "not in the catalogue" warning on the second.
    expect(parsed[1]!.problems.filter((p) => p.message.includes('X1'))).toEqual([]);
  });

  it('a damaged workbook is named, with what to do; a workbook of empty sheets has nothing', async () => {
    const whole = book({ Data: '<row r="1"><c t="inlineStr"><is><t>id</t></is></c></row>' });
    // Its end (the zip's directory) cut off, as a copy that stopped half way.
    const cut = whole.slice(0, whole.length - 40);
    const [damaged] = (await parseXlsx('cut.xlsx', cut, at, []))!;
    expect(damaged!.problems[0]!.message).toMatch(
      /^This is an Excel workbook \(\.xlsx\), not a CSV file, and it could not be read\. Save the sheet as CSV/,
    );
    const [empty] = (await parseXlsx('empty.xlsx', book({ Sheet1: '' }), at, []))!;
    expect(empty!.problems[0]!.message).toBe(
      'empty.xlsx is empty: there is nothing to import. Check that you chose the right file.',
    );
  });
});

describe('number formats', () => {
  it.each<[string, number, string]>([
    ['General', 905, '905'],
    ['General', 0.1 + 0.2, '0.3'],
    ['0%', 0.466, '47%'],
    ['0.0%', 0.466, '46.6%'],
    ['0.00', 12.4, '12.40'],
    ['#,##0', 12345, '12345'],
    ['mmm\\-yy', 42370, '2016-01'],
    ['dd/mm/yyyy', 42369, '2015-12-31'],
    ['[$-809]dd mmmm yyyy', 42094, '2015-03-31'],
    ['"Rate "0.0', 33.25, '33.3'],
  ])('%s: %s shows as %s', (code, value, shown) => {
    expect(showNumber(value, shownBy(code))).toBe(shown);
  });

  it('serial 59 is 28 February 1900 and 61 is 1 March (Excel counts a 29 February 1900)', () => {
    expect(showNumber(59, shownBy('yyyy-mm-dd'))).toBe('1900-02-28');
    expect(showNumber(61, shownBy('yyyy-mm-dd'))).toBe('1900-03-01');
  });
});
