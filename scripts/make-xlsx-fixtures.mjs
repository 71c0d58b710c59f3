// Writes fixtures/import/*.xlsx: small Excel workbooks made from their XML parts, as Excel saves
// them (shared strings, number formats, a date cell, a hidden sheet, an empty sheet), so the
// workbook reader (src/workers/xlsx.ts) is tested on files a user could drop.
// Run: node scripts/make-xlsx-fixtures.mjs (the files are committed; rerun only to change them).
import { writeFileSync } from 'node:fs';
import process from 'node:process';
import { strToU8, zipSync } from 'fflate';

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const xml = (body) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${body}`;

/** Cells: strings go to the shared strings; { n, s } is a number with a style index. */
function workbook(sheets) {
  const strings = [];
  const si = (text) => {
    let i = strings.indexOf(text);
    if (i < 0) i = strings.push(text) - 1;
    return i;
  };
  const col = (i) => String.fromCharCode(65 + i);
  const sheetXml = (rows) =>
    xml(
      `<worksheet xmlns="${NS}"><sheetData>${rows
        .map(
          (row, r) =>
            `<row r="${r + 1}">${row
              .map((cell, c) => {
                const ref = `${col(c)}${r + 1}`;
                if (cell === null) return '';
                if (typeof cell === 'string') return `<c r="${ref}" t="s"><v>${si(cell)}</v></c>`;
                return `<c r="${ref}" s="${cell.s ?? 0}"><v>${cell.n}</v></c>`;
              })
              .join('')}</row>`,
        )
        .join('')}</sheetData></worksheet>`,
    );
  const parts = {};
  sheets.forEach((s, i) => {
    parts[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheetXml(s.rows));
  });
  const esc = (t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  parts['xl/sharedStrings.xml'] = strToU8(
    xml(
      `<sst xmlns="${NS}" count="${strings.length}" uniqueCount="${strings.length}">${strings
        .map((t) => `<si><t>${esc(t)}</t></si>`)
        .join('')}</sst>`,
    ),
  );
  // Styles: 0 General, 1 "0.0%", 2 "mmm-yy" (custom 164), 3 "0.00" (built-in 2).
  parts['xl/styles.xml'] = strToU8(
    xml(
      `<styleSheet xmlns="${NS}"><numFmts count="2"><numFmt numFmtId="164" formatCode="mmm\\-yy"/><numFmt numFmtId="165" formatCode="0.0%"/></numFmts>` +
        `<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="165" applyNumberFormat="1"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="2" applyNumberFormat="1"/></cellXfs></styleSheet>`,
    ),
  );
  parts['xl/workbook.xml'] = strToU8(
    xml(
      `<workbook xmlns="${NS}" xmlns:r="${R}"><sheets>${sheets
        .map(
          (s, i) =>
            `<sheet name="${s.name}" sheetId="${i + 1}"${s.hidden ? ' state="hidden"' : ''} r:id="rId${i + 1}"/>`,
        )
        .join('')}</sheets></workbook>`,
    ),
  );
  parts['xl/_rels/workbook.xml.rels'] = strToU8(
    xml(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
        .map(
          (_s, i) =>
            `<Relationship Id="rId${i + 1}" Type="${R}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
        )
        .join('')}</Relationships>`,
    ),
  );
  parts['[Content_Types].xml'] = strToU8(
    xml(
      `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`,
    ),
  );
  // A fixed date in the zip headers, so the script makes the same bytes each run.
  return zipSync(parts, { mtime: new Date('2016-02-01T00:00:00Z') });
}

// January 2016 for three indicators of the December 2015 report: 2.1 contacts (a count),
// 9.1 % of long-term LAC in stable placements (0.753 shown as 75.3%), 2.8 % re-referrals
// (a number formatted 0.00, built-in format 2). The period is an Excel date (serial 42370 = 1 January 2016)
// formatted mmm-yy, as a user's sheet would have it.
const jan16 = { n: 42370, s: 2 };
writeFileSync(
  'fixtures/import/monthly-2016-01.xlsx',
  workbook([
    {
      name: 'Monthly values',
      rows: [
        ['indicator_id', 'period', 'value', 'note'],
        ['2.1', jan16, { n: 905 }, null],
        ['9.1', jan16, { n: 0.753, s: 1 }, 'From the new placements report'],
        ['2.8', jan16, { n: 24.25, s: 3 }, null],
      ],
    },
    {
      name: 'Lookup',
      hidden: true,
      rows: [
        ['code', 'meaning'],
        ['a', 'b'],
      ],
    },
    { name: 'Sheet3', rows: [] },
  ]),
);
process.stdout.write('wrote fixtures/import/monthly-2016-01.xlsx\n');
