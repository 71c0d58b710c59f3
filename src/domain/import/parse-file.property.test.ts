/**
 * Robust input (SPEC 5): whatever bytes or text arrive, parsing returns a report and never
 * throws; every problem has a place; nothing reaches an object prototype.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFile, parseText } from '@/domain/import/parse-file';

const at = '2024-01-01T00:00:00.000Z';
const HEADERS = [
  'No.',
  'Indicator',
  'Good perf is',
  'Dec-15',
  'Nov 15',
  'YTD',
  'Red',
  'Amber',
  'Target Green',
  'indicator_id',
  'period',
  'value',
  'numerator',
  'denominator',
  'benchmark',
  'polarity',
  'unit',
  '2014/15',
  '__proto__',
  'constructor',
  'population_0_17',
  'time_period',
  'geographic_level',
  'old_la_code',
  'la_name',
  'SN1',
  'SN_2',
  'SNP',
];
const CELLS = [
  '',
  '-',
  'n/a',
  '46.6%',
  '1,041',
  '20/478 4.18%',
  '125 of 137',
  '<83%',
  '26%+',
  '+/-5 of 158.8',
  '16-22',
  'YTD <55',
  '"',
  '""',
  '=1+2',
  "'-5",
  'Dec-15',
  '2015-12',
  'x',
  'ü',
  '\u0000',
  '2015',
  '201415',
  'National',
  'Local authority',
  'Regional',
  '372',
  'low',
];

const csvText = fc
  .tuple(
    fc.array(fc.constantFrom(...HEADERS), { minLength: 1, maxLength: 8 }),
    fc.array(fc.array(fc.oneof(fc.constantFrom(...CELLS), fc.string()), { maxLength: 10 }), {
      maxLength: 20,
    }),
    fc.constantFrom(',', ';', '\t'),
  )
  .map(([h, rows, d]) => [h.join(d), ...rows.map((r) => r.join(d))].join('\n'));

describe('parsing never throws, whatever the input', () => {
  it('on CSV-shaped text built from real headers and cells', () => {
    fc.assert(
      fc.property(csvText, (text) => {
        const p = parseText('f.csv', text, at);
        for (const problem of p.problems) {
          expect(problem.line).toBeGreaterThanOrEqual(0);
          expect(problem.message.length).toBeGreaterThan(0);
        }
        expect(p.rowsAccepted).toBeLessThanOrEqual(p.rowsRead);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 400 },
    );
  });

  it('on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        const p = parseFile('f.csv', bytes, at);
        expect(Array.isArray(p.problems)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
