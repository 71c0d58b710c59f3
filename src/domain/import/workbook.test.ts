import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { parseFile } from '@/domain/import/parse-file';
import { workbookKind } from '@/domain/import/workbook';

/** The parts every .xlsx has, zipped as Excel would (bytes made here, not a stored file). */
const xlsxBytes = () =>
  zipSync({
    '[Content_Types].xml': strToU8('<Types/>'),
    'xl/workbook.xml': strToU8('<workbook/>'),
  });
/** An OLE2 compound file's signature, then anything (an .xls from Excel 97-2003). */
const xlsBytes = () =>
  new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x00, 0x00, 0x3e, 0x00]);
/** A Word document is a zip too, but with word/, not xl/. */
const docxBytes = () =>
  zipSync({
    '[Content_Types].xml': strToU8('<Types/>'),
    'word/document.xml': strToU8('<document/>'),
  });
const text = (s: string) => new TextEncoder().encode(s);

describe('workbookKind: told by the first bytes, never by the name', () => {
  it.each<[string, () => Uint8Array, ReturnType<typeof workbookKind>]>([
    ['an .xlsx (zip with [Content_Types].xml and xl/)', xlsxBytes, 'xlsx'],
    ['an .xls (OLE2 signature D0 CF 11 E0 A1 B1 1A E1)', xlsBytes, 'xls'],
    ['another zip (a Word document)', docxBytes, 'zip'],
    ['a CSV file', () => text('indicator_id,period,value\n2.1,2015-04,880\n'), null],
    ['a CSV whose first cell is PK', () => text('PK,period\n'), null],
    ['an empty file', () => new Uint8Array(0), null],
    ['only half the OLE2 signature', () => xlsBytes().slice(0, 4), null],
  ])('%s', (_name, bytes, kind) => {
    expect(workbookKind(bytes())).toBe(kind);
  });
});

describe('a workbook dropped as a file: named as such, not shown as bytes', () => {
  it.each([
    [
      'Scorecard.xls',
      xlsBytes,
      /^This is an Excel workbook in the old \.xls format .*Save the sheet as CSV/,
    ],
    ['Scorecard.csv', xlsBytes, /^This is an Excel workbook in the old \.xls format/],
    ['Archive.zip', docxBytes, /^Archive\.zip is a compressed \(zip\) file, not a CSV file/],
  ])('%s', (file, bytes, message) => {
    const parsed = parseFile(file, bytes(), '2026-12-06T00:00:00Z');
    expect(parsed.kind).toBe('unknown');
    expect(parsed.rowsRead).toBe(0);
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0]).toMatchObject({ severity: 'error', code: 'workbook', line: 0 });
    expect(parsed.problems[0]!.message).toMatch(message);
  });

  it('an .xlsx read without the workbook reader (the main-thread fallback) says so too', () => {
    const parsed = parseFile('Scorecard.xlsx', xlsxBytes(), '2026-12-06T00:00:00Z');
    expect(parsed.problems[0]!.message).toMatch(/^This is an Excel workbook \(\.xlsx\)/);
  });
});
