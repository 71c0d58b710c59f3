/**
 * Property tests of the importer (issue 8, deliverable 6): thousands of generated CSV texts per
 * run, random and made by mutating the real fixtures. Whatever the text, parsing returns its
 * result (never throws), every problem has a place, and every figure kept was in the input:
 * read from one of its cells, or computed from a numerator and denominator that were.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseText } from '@/domain/import/parse-file';
import { parseValue } from '@/domain/values';
import type { ParsedFile } from '@/domain/types';

const at = '2024-01-01T00:00:00.000Z';
const fixture = (name: string) => readFileSync(resolve(process.cwd(), 'fixtures', name), 'utf8');

/** Small real files (the first lines of the big ones), so thousands of runs stay quick. */
const head = (text: string, lines: number) => text.split('\n').slice(0, lines).join('\n');
const VALID = [
  head(fixture('scorecard-2015-12.csv'), 12),
  head(fixture('detail-monthly-2015.csv'), 40),
  head(fixture('catalogue-2015.csv'), 10),
  head(fixture('benchmarks-2015.csv'), 20),
  fixture('population-2015.csv'),
  fixture('edge/wide-2015.csv'),
  fixture('edge/semicolon.csv'),
  fixture('edge/revised-2015-12.csv'),
  head(fixture('edge/summary-saved-from-excel.csv'), 16),
];

/** Every number any cell of the text can be read as (value, numerator or denominator). */
function numbersIn(text: string): Set<number> {
  const numbers = new Set<number>();
  // Cells as any separator, quote or line break could split them, and the text's runs of digits.
  const pieces = text.split(/[,;\t\n\r"]/).concat(text.match(/[-+]?[\d.,]+%?/g) ?? []);
  for (const piece of pieces) {
    const v = parseValue(piece);
    if (v.kind !== 'number') continue;
    for (const n of [v.value, v.numerator, v.denominator]) if (n !== null) numbers.add(n);
  }
  return numbers;
}

/** The figures a parsed file keeps that were not in the input (should be none). */
function inventedFigures(p: ParsedFile, text: string): string[] {
  const known = numbersIn(text);
  const bad: string[] = [];
  const check = (what: string, n: number | null) => {
    if (n === null) return;
    if (!Number.isFinite(n)) bad.push(`${what} is ${n}`);
    else if (!known.has(n)) bad.push(`${what} ${n} is not in the input`);
  };
  for (const o of p.observations) {
    const where = `${o.indicatorId} ${o.period}`;
    check(`${where} numerator`, o.numerator);
    check(`${where} denominator`, o.denominator);
    // A value computed from a numerator and denominator ("69 of 568") is checked through them.
    if (o.value !== null && !/^\S+ of \S+$/.test(o.raw)) check(`${where} value`, o.value);
    if (o.value !== null && /^\S+ of \S+$/.test(o.raw) && !Number.isFinite(o.value))
      bad.push(`${where} value is ${o.value}`);
  }
  for (const b of p.benchmarks) check(`benchmark ${b.indicatorId}`, b.value);
  for (const y of p.importedYtd) check(`YTD ${y.indicatorId}`, y.value);
  for (const f of p.population) check(`population ${f.period}`, f.population0to17);
  return bad;
}

function wellFormed(p: ParsedFile, text: string) {
  for (const problem of p.problems) {
    expect(problem.line).toBeGreaterThanOrEqual(0);
    expect(problem.message.length).toBeGreaterThan(0);
  }
  expect(p.rowsAccepted).toBeLessThanOrEqual(p.rowsRead);
  expect(inventedFigures(p, text)).toEqual([]);
}

/** Edits a CSV file might suffer: cut, doubled, re-separated, quotes and digits inserted. */
const PIECES = [
  '"',
  '""',
  ',',
  ';',
  '\t',
  '\n',
  '\r\n',
  '%',
  '-',
  '9'.repeat(20),
  '1e400',
  '/',
  ' of ',
  '2011-12',
  '31/02/2015',
  '\uFEFF',
  '\u0000',
  '＝',
];
const mutation = fc.oneof(
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    piece: fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 4 })),
  }),
  fc.record({
    kind: fc.constant('delete' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 8 }),
  }),
  fc.record({ kind: fc.constant('duplicate-line' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('swap-separator' as const),
    at: fc.nat(),
    to: fc.constantFrom(',', ';', '\t'),
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);

interface Mutation {
  kind: string;
  at: number;
  piece?: string;
  length?: number;
  to?: string;
}

function mutate(text: string, m: Mutation): string {
  const i = text.length === 0 ? 0 : m.at % text.length;
  const lines = text.split('\n');
  const l = lines.length === 0 ? 0 : m.at % lines.length;
  switch (m.kind) {
    case 'insert':
      return text.slice(0, i) + m.piece + text.slice(i);
    case 'delete':
      return text.slice(0, i) + text.slice(i + (m.length ?? 1));
    case 'duplicate-line':
      return [...lines.slice(0, l + 1), ...lines.slice(l)].join('\n');
    case 'swap-separator':
      lines[l] = (lines[l] ?? '').replace(/[,;\t]/g, m.to ?? ',');
      return lines.join('\n');
    default:
      return text.slice(0, i);
  }
}

describe('the importer on generated input', () => {
  it('mutated real files: never throws, never keeps a figure that was not in the input', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...VALID),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        (valid, ms) => {
          const text = ms.reduce((t, m) => mutate(t, m), valid);
          wellFormed(parseText('mutated.csv', text, at), text);
        },
      ),
      { numRuns: 1500 },
    );
  }, 120_000);

  it('random text shaped like CSV: the same', () => {
    const cell = fc.oneof(
      fc.constantFrom(
        '2.1',
        '2.8',
        '2015-12',
        'Dec-15',
        '2011-12',
        '46.6%',
        '1,041',
        '"1,041"',
        '20/478 4.18%',
        '5 of 0',
        '-3',
        '',
        'n/a',
        '9'.repeat(30),
      ),
      fc.string({ maxLength: 6 }),
    );
    const header = fc.constantFrom(
      'indicator_id,period,value,numerator,denominator',
      'indicator_id,Oct-15,Nov 15,Dec-15,2014/15',
      'period,population_0_17',
      'indicator_id,benchmark,period,value',
    );
    fc.assert(
      fc.property(
        header,
        fc.array(fc.array(cell, { maxLength: 7 }), { maxLength: 15 }),
        (h, rows) => {
          const text = [h, ...rows.map((r) => r.join(','))].join('\n');
          wellFormed(parseText('random.csv', text, at), text);
        },
      ),
      { numRuns: 1500 },
    );
  }, 120_000);
});
