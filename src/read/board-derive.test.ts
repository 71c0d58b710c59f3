import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ParsedFile, WorkspaceData } from '@/domain/types';
import { parseText } from '@/domain/import/parse-file';
import { emptyWorkspace, mergeImport } from '@/domain/workspace';
import { scorecardOf, viewOf } from '@/read/derive';
import { breakdownsOf, completenessOf } from '@/read/board';
import { ragOverviewOf } from '@/read/overview';

const at = '2016-01-25T09:00:00.000Z';
function load(): WorkspaceData {
  const parsed: ParsedFile[] = [];
  for (const f of [
    'catalogue-2015.csv',
    'detail-monthly-2015.csv',
    'benchmarks-2015.csv',
    'board/catalogue-board.csv',
    'board/benchmarks-board.csv',
    'board/police-2015-12.csv',
    'board/health-2015-11.csv',
    'board/breakdown-cp-duration.csv',
  ]) {
    const catalogue = parsed.flatMap((p) => p.indicators);
    parsed.push(parseText(f, readFileSync(`fixtures/${f}`, 'utf8'), at, catalogue));
  }
  const ws = mergeImport(emptyWorkspace(), parsed, at);
  return {
    ...ws,
    views: [
      {
        id: 'health',
        title: 'Health',
        audience: 'Board',
        tags: [],
        indicatorIds: ['H1', 'H2', '2.8'],
        status: { kind: 'draft' },
        ragRule: 'two_test',
      },
    ],
  };
}

describe("the read layer's board selectors", () => {
  const ws = load();
  const chosen = viewOf(ws, 'health');

  it("rates a two-test view's rows on the board's rule, and the full scorecard on each indicator's own", () => {
    const rule = (id: string, s = scorecardOf(ws, '2015-11', chosen)) =>
      s.rows.find((r) => r.indicator.id === id)?.ragRule;
    expect([rule('H1'), rule('H2'), rule('2.8')]).toEqual(['two_test', 'two_test', 'two_test']);
    const all = scorecardOf(ws, '2015-11');
    expect([rule('H1', all), rule('H2', all), rule('2.8', all)]).toEqual([
      'two_test',
      'target',
      'target',
    ]);
    // The view's RAG overview counts its rows on the same rule as its scorecard.
    const overview = ragOverviewOf(ws, '2015-11', '2015-10', chosen);
    const counts = overview.countsBySection.flatMap((s) => Object.entries(s.counts));
    const fromScorecard = scorecardOf(ws, '2015-11', chosen).counts;
    for (const status of ['red', 'amber', 'green'] as const)
      expect(counts.filter(([k]) => k === status).reduce((n, [, v]) => n + v, 0)).toBe(
        fromScorecard[status],
      );
  });

  it('tracks only the view’s agencies when a view is chosen, and is kept per day checked', () => {
    const all = completenessOf(ws, '2015-12', '2016-01-25');
    expect(all.agencies.map((a) => a.name)).toEqual(['Health', 'LADO', 'Police']);
    expect(completenessOf(ws, '2015-12', '2016-01-25', chosen).agencies.map((a) => a.name)).toEqual(
      ['Health'],
    );
    expect(completenessOf(ws, '2015-12', '2016-01-25')).toBe(all);
    expect(completenessOf(ws, '2015-12', '2016-01-20').agencies[0]!.cells.at(-1)!.status).toBe(
      'awaiting',
    );
  });

  it('gives the breakdowns of an indicator that has them, and none otherwise', () => {
    expect(breakdownsOf(ws, '6.1', '2015-12').map((t) => t.dimension)).toEqual([
      'Length of time on plan',
    ]);
    expect(breakdownsOf(ws, '2.1', '2015-12')).toEqual([]);
  });
});
