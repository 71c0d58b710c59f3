import { describe, expect, it } from 'vitest';
import { readCsv, unescapeFormula } from '@/domain/import/csv';

describe('readCsv', () => {
  it('splits the header from the rows and numbers the lines from the header (line 1)', () => {
    const t = readCsv(' indicator_id , period,value\n2.1,2015-12,1041\n\n2.2,2015-12,485\n');
    expect(t.headers).toEqual(['indicator_id', 'period', 'value']);
    expect(t.rows).toEqual([
      ['2.1', '2015-12', '1041'],
      ['2.2', '2015-12', '485'],
    ]);
    expect(t.lines).toEqual([2, 4]);
    expect(t.errors).toEqual([]);
  });

  it.each([
    ['CRLF', 'a,b\r\n1,2\r\n3,4\r\n'],
    ['CR only', 'a,b\r1,2\r3,4\r'],
    ['a BOM', '\uFEFFa,b\n1,2\n3,4'],
    ['blank lines before the header', '\n\n a , b \n1,2\n3,4'],
    ['semicolons', 'a;b\n1;2\n3;4'],
    ['tabs', 'a\tb\n1\t2\n3\t4'],
  ])('reads %s', (_case, text) => {
    const t = readCsv(text);
    expect(t.headers).toEqual(['a', 'b']);
    expect(t.rows).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('keeps quoted delimiters, quotes and line breaks inside a cell, and counts those lines', () => {
    const t = readCsv('id,note\n1,"a, ""quoted"" note\nover two lines"\n2,plain\n');
    expect(t.rows[0]).toEqual(['1', 'a, "quoted" note\nover two lines']);
    expect(t.lines).toEqual([2, 4]);
  });

  it('reports a quote never closed, at the line it opens', () => {
    const t = readCsv('id,note\n1,ok\n2,"open\n3,lost\n');
    expect(t.errors.map((e) => e.line)).toEqual([3]);
  });

  it('takes hostile header names as plain strings', () => {
    const t = readCsv('__proto__,constructor,toString\n{"admin":true},x,y\n');
    expect(t.headers).toEqual(['__proto__', 'constructor', 'toString']);
    expect(t.rows[0]).toEqual(['{"admin":true}', 'x', 'y']);
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });

  it('gives no headers and no rows for a text of blank lines', () => {
    expect(readCsv('\n \n')).toMatchObject({ headers: [], rows: [], lines: [], errors: [] });
  });

  it('takes the header a locator chooses, keeps true line numbers and drops repeated headers', () => {
    const text =
      'Performance Summary\n\nNo.,Indicator\n2.1,Contacts\nNo.,Indicator\n2.2,Referrals\n';
    const t = readCsv(text, (rows) => ({ index: 1, span: 1, headers: rows[1]! }));
    expect(t.headers).toEqual(['No.', 'Indicator']);
    expect(t.rows).toEqual([
      ['2.1', 'Contacts'],
      ['2.2', 'Referrals'],
    ]);
    expect(t.lines).toEqual([4, 6]);
    expect(t.header).toEqual({ line: 3, span: 1, skippedLines: [1] });
  });

  it('without a locator (or when it finds nothing) the first non-blank row is the header', () => {
    expect(readCsv('\na,b\n1,2', () => null).header).toEqual({
      line: 2,
      span: 1,
      skippedLines: [],
    });
  });
});

describe('unescapeFormula: our export protection is read back', () => {
  it.each([
    ["'=SUM(A1)", '=SUM(A1)'],
    ["'-5", '-5'],
    ["'+1", '+1'],
    ["'@x", '@x'],
    ["'quoted'", "'quoted'"],
    ['-5', '-5'],
    ["'＝SUM(A1)", '＝SUM(A1)'],
    ["'－5", '－5'],
  ])('%j -> %j', (cell, out) => expect(unescapeFormula(cell)).toBe(out));
});
