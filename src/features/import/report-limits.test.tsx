import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import type { ImportProblem, Observation, ParsedFile } from '@/domain/types';
import type { ImportPreview } from '@/domain/import-preview';
import { ChangePreview, REVISIONS_SHOWN } from './change-preview';
import { FileReport, PROBLEMS_SHOWN } from './file-report';

afterEach(cleanup);

const problem = (line: number): ImportProblem => ({
  severity: 'error',
  code: 'invalid-number',
  file: 'extract.csv',
  line,
  column: 'value',
  message: `Line ${line}, column "value": "x" is not a number.`,
});
const parsedWith = (problems: number): ParsedFile => ({
  file: 'extract.csv',
  kind: 'monthly-long',
  rowsRead: problems + 1,
  rowsAccepted: 1,
  indicators: [],
  observations: [],
  benchmarks: [],
  importedYtd: [],
  printed: [],
  population: [],
  problems: Array.from({ length: problems }, (_, i) => problem(i + 2)),
});

const obs = (value: number): Observation => ({
  indicatorId: '2.1',
  period: '2015-12',
  value,
  numerator: null,
  denominator: null,
  decimals: 0,
  raw: String(value),
  note: '',
  provenance: { file: 'a.csv', importedAt: '', line: 2 },
});
const previewWith = (revisions: number): ImportPreview => ({
  revisedBenchmarks: [],
  published: [],
  newIndicators: [],
  newValues: [],
  newMonths: [],
  revisions: Array.from({ length: revisions }, (_, i) => ({
    indicatorId: `x${i}`,
    indicatorName: `Indicator ${i}`,
    period: '2015-12',
    before: obs(i),
    after: obs(i + 1),
  })),
  unchanged: 0,
  benchmarks: 0,
});
const bodyRows = (name: string) =>
  screen.getByRole('table', { name }).querySelectorAll('tbody tr').length;

describe('a broken file lists its problems, up to a limit that keeps the page responsive', () => {
  it.each([
    [1, 1, false],
    [PROBLEMS_SHOWN, PROBLEMS_SHOWN, false],
    [PROBLEMS_SHOWN + 1, PROBLEMS_SHOWN, true],
    [5000, PROBLEMS_SHOWN, true],
  ])('%i problems: %i rows listed, "showing the first" note: %s', (problems, rows, note) => {
    render(<FileReport parsed={parsedWith(problems)} />);
    expect(bodyRows('Problems in extract.csv')).toBe(rows);
    expect(screen.queryByText(/Showing the first 200 of/) !== null).toBe(note);
  });

  it('a file without problems says None and shows no table', () => {
    render(<FileReport parsed={parsedWith(0)} />);
    expect(screen.getByText('None')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});

describe('a large re-import lists its revisions, up to a limit', () => {
  it.each([
    [3, 3, false],
    [REVISIONS_SHOWN + 1, REVISIONS_SHOWN, true],
  ])('%i revisions: %i rows listed, note: %s', (revisions, rows, note) => {
    render(<ChangePreview preview={previewWith(revisions)} unitOf={() => 'count'} />);
    expect(bodyRows('Revised values')).toBe(rows);
    expect(screen.getByRole('region', { name: 'What will change' })).toHaveTextContent(
      `${revisions.toLocaleString('en-GB')} revised values`,
    );
    expect(screen.queryByText(/Showing the first 1,000 of/) !== null).toBe(note);
  });

  it('a file with nothing readable does not claim its values are already held', () => {
    render(<ChangePreview preview={{ ...previewWith(0), unchanged: 0 }} unitOf={() => 'count'} />);
    expect(screen.getByText(/Nothing to import: no values could be read/)).toBeInTheDocument();
    expect(screen.queryByText(/already in your workspace/)).toBeNull();
  });

  it('lists every benchmark the files would change, before and after', () => {
    render(
      <ChangePreview
        preview={{
          ...previewWith(0),
          benchmarks: 2,
          revisedBenchmarks: [
            { indicatorId: '2.8', kind: 'sn_avg', period: '2014/15', before: 23.6, after: 23.4 },
          ],
        }}
        unitOf={() => 'percent'}
      />,
    );
    const region = screen.getByRole('region', { name: 'What will change' });
    expect(region).toHaveTextContent(
      '2 benchmark values (1 replaces a different value held already',
    );
    expect(region).toHaveTextContent(
      '2.8 statistical-neighbour average 2014/15: 23.6% becomes 23.4%',
    );
  });

  it('a published national file is something to import', () => {
    render(
      <ChangePreview
        preview={{
          ...previewWith(0),
          unchanged: 0,
          published: [{ file: 'sn.csv', words: 'statistical neighbours of 153 local authorities' }],
        }}
        unitOf={() => 'count'}
      />,
    );
    expect(screen.queryByText(/Nothing to import/)).toBeNull();
    expect(
      screen.getByText('sn.csv: statistical neighbours of 153 local authorities'),
    ).toBeInTheDocument();
  });

  it('nothing new says so', () => {
    render(<ChangePreview preview={{ ...previewWith(0), unchanged: 12 }} unitOf={() => 'count'} />);
    expect(
      screen.getByText(/Nothing new: every value in these files is already in your workspace/),
    ).toBeInTheDocument();
  });
});
