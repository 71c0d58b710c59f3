import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseText } from '@/domain/import/parse-file';
import { progressPercent, type ParseProgress } from '@/domain/import/progress';
import { PIECE_CHARS } from '@/domain/import/csv';

const AT = '2016-01-10T09:00:00.000Z';
const dir = resolve(process.cwd(), 'fixtures');
const fixtures = [
  ...readdirSync(dir).filter((f) => f.endsWith('.csv')),
  ...readdirSync(resolve(dir, 'edge')).map((f) => `edge/${f}`),
];

/** A long-form file over PIECE_CHARS, so it is read in pieces, with the given line break. */
function large(newline: string, quoted: boolean): string {
  const lines = ['indicator_id,period,value,note'];
  let length = 0;
  for (let i = 0; length < PIECE_CHARS * 2.5; i += 1) {
    const month = `${2000 + (Math.floor(i / 12) % 20)}-${String((i % 12) + 1).padStart(2, '0')}`;
    const note = quoted && i % 7 === 0 ? `"a note${newline}over two lines, with ""quotes"""` : '';
    const line = `x${i % 97},${month},${i % 1000},${note}`;
    lines.push(line);
    length += line.length + newline.length;
  }
  return lines.join(newline);
}

describe('reading with progress gives what reading in one pass gives', () => {
  it.each(fixtures)('%s', (name) => {
    const text = readFileSync(resolve(dir, name), 'latin1');
    const seen: ParseProgress[] = [];
    expect(parseText(name, text, AT, [], (p) => seen.push(p))).toEqual(
      parseText(name, text, AT, []),
    );
  });

  it.each([
    ['LF', '\n', false],
    ['CRLF', '\r\n', false],
    ['LF with quoted cells over two lines', '\n', true],
    ['CRLF with quoted cells over two lines', '\r\n', true],
  ])('a file of 2.5 MB, %s: the same rows, lines and problems, with progress', (_t, nl, quoted) => {
    const text = large(nl, quoted);
    const seen: ParseProgress[] = [];
    const withProgress = parseText('big.csv', text, AT, [], (p) => seen.push(p));
    expect(withProgress).toEqual(parseText('big.csv', text, AT, []));
    // Read in at least three pieces, each reported, then checked in batches.
    const reading = seen.filter((p) => p.phase === 'reading');
    expect(reading.length).toBeGreaterThanOrEqual(3);
    expect(reading[reading.length - 1]).toMatchObject({ done: text.length, total: text.length });
    expect(seen.some((p) => p.phase === 'checking')).toBe(true);
  });

  it('a quote never closed in the last piece, after earlier pieces were checked: read again in one pass, as before', () => {
    const text = large('\n', false);
    const at = text.lastIndexOf('\nx') + 1;
    const broken = `${text.slice(0, at)}"${text.slice(at)}`;
    const withProgress = parseText('big.csv', broken, AT, [], () => {});
    expect(withProgress).toEqual(parseText('big.csv', broken, AT, []));
    const line = broken.slice(0, at).split('\n').length;
    expect(withProgress.problems).toContainEqual(
      expect.objectContaining({ code: 'malformed-csv', line }),
    );
    // Every other row is still imported.
    expect(withProgress.rowsAccepted).toBe(withProgress.rowsRead - 1);
  });

  it('titles above the header, blank lines, the header repeated and a row given twice, in different pieces: the same as one pass', () => {
    const rows = large('\n', false).split('\n');
    const middle = Math.floor(rows.length / 2);
    const text = [
      'Monthly extract',
      '',
      rows[0],
      ...rows.slice(1, middle),
      '',
      rows[0],
      ...rows.slice(middle),
      rows[5],
      ',,,',
    ].join('\n');
    const withProgress = parseText('big.csv', text, AT, [], () => {});
    expect(withProgress).toEqual(parseText('big.csv', text, AT, []));
    expect(withProgress.layout).toMatch(/Header on line 3/);
    // Every data row once (the repeated header and the blank rows are not data), plus row 5 again.
    expect(withProgress.rowsRead).toBe(rows.length);
  });

  it('a quote never closed: read in one pass as before (the problem reported on its line)', () => {
    const text = large('\n', false).replace('x5,', '"x5,');
    const withProgress = parseText('big.csv', text, AT, [], () => {});
    expect(withProgress).toEqual(parseText('big.csv', text, AT, []));
    expect(withProgress.problems.some((p) => /quote/i.test(p.message))).toBe(true);
  });
});

describe('progressPercent: reading is the first half, checking the second', () => {
  it.each([
    [{ phase: 'reading', done: 0, total: 100, rows: 0 }, 0],
    [{ phase: 'reading', done: 50, total: 100, rows: 9 }, 25],
    [{ phase: 'checking', done: 0, total: 10, rows: 10 }, 50],
    [{ phase: 'checking', done: 5, total: 10, rows: 10 }, 75],
    [{ phase: 'checking', done: 10, total: 10, rows: 10 }, 100],
    [{ phase: 'checking', done: 0, total: 0, rows: 0 }, 100],
  ] as const)('%o is %i%', (p, percent) => {
    expect(progressPercent(p)).toBe(percent);
  });
});
