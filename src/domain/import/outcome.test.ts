import { describe, expect, it } from 'vitest';
import type { ImportProblem, ParsedFile } from '@/domain/types';
import { importOutcome } from '@/domain/import/outcome';

const problem = (severity: 'error' | 'warning'): ImportProblem => ({
  severity,
  code: 'x',
  file: 'f',
  line: 2,
  column: '',
  message: 'm',
});
/** A file read: `values` observations brought, with errors and warnings. */
function file(name: string, values: number, errors = 0, warnings = 0): ParsedFile {
  return {
    file: name,
    kind: values > 0 ? 'monthly-long' : 'unknown',
    rowsRead: values + errors,
    rowsAccepted: values,
    indicators: [],
    observations: Array.from({ length: values }, (_, i) => ({
      indicatorId: '2.1',
      period: `2015-${String(i + 1).padStart(2, '0')}`,
      value: 1,
      numerator: null,
      denominator: null,
      decimals: 0,
      raw: '1',
      note: '',
      provenance: { file: name, importedAt: 't', line: i + 2 },
    })),
    benchmarks: [],
    importedYtd: [],
    printed: [],
    population: [],
    problems: [
      ...Array.from({ length: errors }, () => problem('error')),
      ...Array.from({ length: warnings }, () => problem('warning')),
    ],
  };
}

describe('importOutcome: what confirming does', () => {
  it.each<[string, ParsedFile[], object]>([
    [
      'clean files: all imported, no second step',
      [file('a.csv', 3), file('b.csv', 2, 0, 4)],
      { imported: ['a.csv', 'b.csv'], notImported: [], errorsLeftOut: 0, needsSecondStep: false },
    ],
    [
      '5 good files and 2 that bring nothing: second step',
      [
        ...['a', 'b', 'c', 'd', 'e'].map((n) => file(`${n}.csv`, 1)),
        file('Scorecard.xls', 0, 1),
        file('notes.csv', 0, 1),
      ],
      {
        imported: ['a.csv', 'b.csv', 'c.csv', 'd.csv', 'e.csv'],
        notImported: ['Scorecard.xls', 'notes.csv'],
        errorsLeftOut: 0,
        needsSecondStep: true,
      },
    ],
    [
      'a file with good rows and 3 bad ones: imported, its 3 errors left out, second step',
      [file('a.csv', 10, 3)],
      {
        imported: ['a.csv'],
        importedWithErrors: ['a.csv'],
        errorsLeftOut: 3,
        needsSecondStep: true,
      },
    ],
    [
      'nothing importable: no second step (there is nothing to confirm)',
      [file('notes.csv', 0, 1)],
      { imported: [], notImported: ['notes.csv'], needsSecondStep: false },
    ],
    [
      'warnings only: no second step',
      [file('a.csv', 1, 0, 2)],
      { errorsLeftOut: 0, needsSecondStep: false },
    ],
  ])('%s', (_name, parsed, expected) => {
    expect(importOutcome(parsed)).toMatchObject(expected);
  });
});
