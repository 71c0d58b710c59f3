/**
 * RFC 4180 conformance of the CSV reader (`readCsv`): each edge case of the RFC with the rows and
 * line numbers we expect, worked out from the RFC's rules, plus the cases the RFC leaves open and
 * what we decided (docs/decisions.md, "Hostile and odd files").
 */
import { describe, expect, it } from 'vitest';
import { readCsv } from '@/domain/import/csv';

interface Expected {
  rows: string[][];
  lines: number[];
  errors?: { line: number; kind: 'unclosed' | 'malformed' }[];
}

describe('RFC 4180 edge cases', () => {
  it.each<[string, string, Expected]>([
    // 2.1: records separated by line breaks (CRLF)
    [
      'CRLF line breaks',
      'h1,h2\r\na,b\r\nc,d\r\n',
      {
        rows: [
          ['a', 'b'],
          ['c', 'd'],
        ],
        lines: [2, 3],
      },
    ],
    // 2.2: the last record may have no ending line break
    ['no line break at the end', 'h1,h2\na,b', { rows: [['a', 'b']], lines: [2] }],
    // LF and lone CR line ends are read too (spreadsheets on other systems)
    [
      'LF line breaks',
      'h1,h2\na,b\nc,d\n',
      {
        rows: [
          ['a', 'b'],
          ['c', 'd'],
        ],
        lines: [2, 3],
      },
    ],
    // 2.4: spaces are part of a field
    ['spaces kept in fields', 'h1,h2\n a , b \n', { rows: [[' a ', ' b ']], lines: [2] }],
    // 2.4: empty fields
    ['empty fields', 'h1,h2,h3\na,,c\n', { rows: [['a', '', 'c']], lines: [2] }],
    // 2.5: fields may be enclosed in double quotes
    ['quoted fields', 'h1,h2\n"a","b"\n', { rows: [['a', 'b']], lines: [2] }],
    // 2.6: a quoted field may hold commas
    ['a comma inside quotes', 'h1,h2\n"1,041",b\n', { rows: [['1,041', 'b']], lines: [2] }],
    // 2.6: ... and line breaks: the next record starts two lines later
    [
      'a line break inside quotes',
      'h1,h2\n"two\nlines",b\nc,d\n',
      {
        rows: [
          ['two\nlines', 'b'],
          ['c', 'd'],
        ],
        lines: [2, 4],
      },
    ],
    // 2.7: a double quote inside a quoted field is written twice
    ['an escaped quote', 'h1,h2\n"say ""hi""",b\n', { rows: [['say "hi"', 'b']], lines: [2] }],
    ['a quoted empty field', 'h1,h2\n"",b\n', { rows: [['', 'b']], lines: [2] }],
    // Left open by the RFC: a quote inside an unquoted field is kept as written
    ['a quote inside an unquoted field', 'h1,h2\na"b,c\n', { rows: [['a"b', 'c']], lines: [2] }],
    // Left open: blank lines are skipped, and line numbers stay true
    [
      'blank lines skipped',
      'h1,h2\n\na,b\n\n\nc,d\n',
      {
        rows: [
          ['a', 'b'],
          ['c', 'd'],
        ],
        lines: [3, 6],
      },
    ],
    // Not RFC: a quote never closed leaves out its line and the lines after it are read on
    [
      'an unclosed quote',
      'h1,h2\na,b\n"c,d\ne,f\n',
      {
        rows: [
          ['a', 'b'],
          ['e', 'f'],
        ],
        lines: [2, 4],
        errors: [{ line: 3, kind: 'unclosed' }],
      },
    ],
    [
      'two unclosed quotes',
      'h1,h2\n"a,b\nc,d\n"e,f\ng,h\n',
      {
        rows: [
          ['c', 'd'],
          ['g', 'h'],
        ],
        lines: [3, 5],
        errors: [
          { line: 2, kind: 'unclosed' },
          { line: 4, kind: 'unclosed' },
        ],
      },
    ],
    // Separators other than the comma (SPEC 2): semicolon and tab, found from the first lines
    ['semicolons', 'h1;h2\n"a;b";c\n', { rows: [['a;b', 'c']], lines: [2] }],
    ['tabs', 'h1\th2\na\tb\n', { rows: [['a', 'b']], lines: [2] }],
    // A UTF-8 byte-order mark is not part of the first header
    ['a BOM', '\uFEFFh1,h2\na,b\n', { rows: [['a', 'b']], lines: [2] }],
  ])('%s', (_case, text, expected) => {
    const table = readCsv(text);
    expect(table.rows).toEqual(expected.rows);
    expect(table.lines).toEqual(expected.lines);
    expect(table.errors).toEqual(expected.errors ?? []);
  });

  it('the header is the first row, trimmed, and a BOM never reaches it', () => {
    expect(readCsv('\uFEFF h1 ,h2\na,b').headers).toEqual(['h1', 'h2']);
  });
});
