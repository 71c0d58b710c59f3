import { describe, expect, it } from 'vitest';
import type { BenchmarkKind, ScorecardRow } from '@/domain/types';
import { commonBenchmarkYears } from '@/domain/scorecard';

/** A row holding only the benchmarks of its cells, by kind and year. */
const row = (cells: Partial<Record<BenchmarkKind, string>>) =>
  ({
    benchmarks: (Object.entries(cells) as [BenchmarkKind, string][]).map(([kind, period]) => ({
      kind,
      stale: false,
      benchmark: { indicatorId: 'x', benchmark: kind, period, value: 1, source: '', label: '' },
    })),
  }) as unknown as ScorecardRow;

describe('commonBenchmarkYears: the year a benchmark column header shows', () => {
  it.each<[string, ScorecardRow[], Partial<Record<BenchmarkKind, string | null>>]>([
    [
      'every row the same year',
      [row({ sn_avg: '2014/15' }), row({ sn_avg: '2014/15' })],
      { sn_avg: '2014/15', best_sn: null },
    ],
    [
      'most rows win',
      [row({ sn_avg: '2013/14' }), row({ sn_avg: '2014/15' }), row({ sn_avg: '2014/15' })],
      { sn_avg: '2014/15' },
    ],
    [
      'a tie: the newer year',
      [row({ sn_avg: '2013/14' }), row({ sn_avg: '2014/15' })],
      { sn_avg: '2014/15' },
    ],
    [
      'each kind on its own',
      [row({ sn_avg: '2014/15', national_avg: '2013/14' })],
      { sn_avg: '2014/15', national_avg: '2013/14', national_top_quartile: null },
    ],
    ['no rows', [], { sn_avg: null }],
  ])('%s', (_case, rows, expected) => {
    expect(commonBenchmarkYears(rows)).toMatchObject(expected);
  });
});
