/**
 * The safeguarding board's view on real fixtures: the December 2015 report with the partner
 * agencies' catalogue and returns and the CP-plan breakdown of fixtures/board/ (issue 12).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ParsedFile, WorkspaceData } from '@/domain/types';
import { parseText } from '@/domain/import/parse-file';
import { emptyWorkspace, mergeImport, removeImport } from '@/domain/workspace';
import { previewImport } from '@/domain/import-preview';
import { computeScorecard, indexWorkspace } from '@/domain/scorecard';
import { computeCompleteness, returnedIn } from '@/domain/completeness';
import { breakdownTables } from '@/domain/breakdowns';
import { orderIndicators } from '@/domain/scorecard';

const at = '2016-01-25T09:00:00.000Z';
const FILES = [
  'catalogue-2015.csv',
  'detail-monthly-2015.csv',
  'scorecard-2015-12.csv',
  'benchmarks-2015.csv',
  'board/catalogue-board.csv',
  'board/benchmarks-board.csv',
  'board/police-2015-12.csv',
  'board/health-2015-11.csv',
  'board/lado-2015-09.csv',
  'board/breakdown-cp-duration.csv',
  'board/d5-cpps-by-duration-england.csv',
];

function load(files = FILES): { ws: WorkspaceData; parsed: ParsedFile[] } {
  const parsed: ParsedFile[] = [];
  for (const f of files) {
    const catalogue = parsed.flatMap((p) => p.indicators);
    parsed.push(parseText(f, readFileSync(`fixtures/${f}`, 'utf8'), at, catalogue));
  }
  return { ws: mergeImport(emptyWorkspace(), parsed, at), parsed };
}

const { ws, parsed } = load();
const byFile = (name: string) => parsed.find((p) => p.file.endsWith(name))!;

describe('partner agencies on the December 2015 fixtures', () => {
  it('reads every board fixture without a problem', () => {
    for (const p of parsed.slice(4)) expect([p.file, p.problems]).toEqual([p.file, []]);
    expect(byFile('breakdown-cp-duration.csv').kind).toBe('breakdown');
  });

  it('reads agency, expected and rag_rule from the catalogue', () => {
    const p2 = ws.indicators.find((i) => i.id === 'P2')!;
    expect([p2.agency, p2.expected, p2.ragRule]).toEqual([
      'police',
      { frequency: 'quarterly', dueDays: 30 },
      'two_test',
    ]);
    // The report's own indicators name no agency: not tracked.
    expect(ws.indicators.find((i) => i.id === '2.1')!.agency).toBeUndefined();
  });

  it("records the file's agency with each value, and LADO's suppressed figure as returned", () => {
    const p1 = ws.observations.find((o) => o.indicatorId === 'P1' && o.period === '2015-12')!;
    expect(p1.provenance).toMatchObject({ file: 'board/police-2015-12.csv', agency: 'police' });
    expect(ws.markers).toEqual([
      expect.objectContaining({
        indicatorId: 'L2',
        period: '2015-09',
        marker: 'c',
        agency: 'lado',
      }),
    ]);
    // P2's September quarter, 9 of 41 = 22.0%, computed from the fraction.
    expect(
      ws.observations.find((o) => o.indicatorId === 'P2' && o.period === '2015-09')?.value,
    ).toBe(22);
  });

  it('tracks Health as late (due 20 Jan, 5 days late on 25 Jan), LADO awaiting, Police received', () => {
    const c = computeCompleteness(
      orderIndicators(ws.indicators),
      returnedIn(ws),
      '2015-12',
      '2016-01-25',
    );
    expect(c.agencies.map((a) => [a.name, a.cells.at(-1)!.status])).toEqual([
      ['Health', 'late'],
      ['LADO', 'awaiting'],
      ['Police', 'received'],
    ]);
    // September's LADO quarter: L1 23 and L2 "c": received.
    expect(c.agencies[1]!.cells.find((x) => x.month === '2015-09')!.status).toBe('received');
    expect(c.outstanding.map((o) => `${o.name} ${o.month} ${o.due} ${o.daysLate}`)).toEqual([
      'Health 2015-12 2016-01-20 5',
      'LADO 2015-12 2016-01-30 null',
    ]);
  });

  it('says on the scorecard whose figure is awaited, and which rows use the board RAG', () => {
    const sc = computeScorecard(ws, '2015-12');
    const row = (id: string) => sc.rows.find((r) => r.indicator.id === id)!;
    expect(row('H1').awaiting?.words).toBe('Awaiting data from Health (due 20 Jan)');
    expect(row('L1').awaiting?.words).toBe('Awaiting data from LADO (due 30 Jan)');
    expect(row('P1').awaiting).toBeNull();
    expect(row('2.1').awaiting).toBeNull();
    expect([row('P2').ragRule, row('H2').ragRule, row('2.1').ragRule]).toEqual([
      'two_test',
      'target',
      'target',
    ]);
    // P2 December: 11 of 46 = 23.9%: Amber on its target (Red below 20%, Green 30%), so the
    // target test fails; it meets England's 21.0%: Amber, both tests named.
    expect(row('P2').rag).toMatchObject({
      status: 'amber',
      reason:
        "Amber: month end 23.9% meets England's 21.0% (2014/15) but 23.9% does not meet the 30% target",
    });
  });

  it('rates a whole view on the two tests when asked: 2.8 re-referrals', () => {
    // 2.8 (Low; Red 26%+, Green 23%) December 22.7%... on its own rule and on the board's.
    const plain = computeScorecard(ws, '2015-12').rows.find((r) => r.indicator.id === '2.8')!;
    const board = computeScorecard(ws, '2015-12', { ragRule: 'two_test' }).rows.find(
      (r) => r.indicator.id === '2.8',
    )!;
    expect(plain.ragRule).toBe('target');
    expect(board.ragRule).toBe('two_test');
    expect(board.rag.reason).toMatch(/England's 24(\.0)?% \(2014\/15\)/);
  });

  it('removing a return takes its values and markers out', () => {
    const lado = ws.imports.find((r) => r.file === 'board/lado-2015-09.csv')!;
    const after = removeImport(ws, lado.id);
    expect(after.markers).toEqual([]);
    expect(after.observations.some((o) => o.indicatorId === 'L1')).toBe(false);
  });
});

describe('the CP-plan breakdown on the fixtures', () => {
  const [table] = breakdownTables(
    ws,
    ws.indicators.find((i) => i.id === '6.1')!,
    '2015-12',
    indexWorkspace(ws).observation,
  );

  it('shows March 2015 against March 2014 with shares of the total', () => {
    expect(table!.periodLabel).toBe('March 2015');
    expect(table!.lastYearLabel).toBe('March 2014');
    expect(table!.total).toBe(426);
    // 156 of 426 = 36.6%; a year earlier 113 of 388 = 29.1% (the DfE file prints both).
    const first = table!.categories[0]!;
    expect([first.category, first.value, first.lastYear]).toEqual(['3 months or less', 156, 113]);
    expect(first.share!.toFixed(1)).toBe('36.6');
    expect(first.lastYearShare!.toFixed(1)).toBe('29.1');
  });

  it("says by how much the categories miss the indicator's own figure (426 against 423)", () => {
    expect(table!.totalCheck).toBe(
      "The categories add up to 426, 3 more than the indicator's 423 for the period.",
    );
  });

  it("sets England's distribution beside it (2014/15, from the DfE file)", () => {
    expect(table!.categories.map((c) => c.englandShare)).toEqual([30.4, 25.2, 26.8, 15.3, 2.3]);
    expect(table!.englandSource).toBe('England, 2014/15 (board/d5-cpps-by-duration-england.csv)');
  });

  it('marks the categories under 20 as small numbers: none in 2015, but 19 a year earlier', () => {
    expect(table!.categories.map((c) => c.small)).toEqual([false, false, false, false, false]);
    const [earlier] = breakdownTables(
      ws,
      ws.indicators.find((i) => i.id === '6.1')!,
      '2014-12',
      indexWorkspace(ws).observation,
    );
    expect(earlier!.categories.map((c) => c.small)).toEqual([false, false, false, false, true]);
  });
});

describe('the import preview', () => {
  it('lists a breakdown file and an agency’s no-value markers, so they are not "nothing to import"', () => {
    const p = previewImport(emptyWorkspace(), [
      byFile('breakdown-cp-duration.csv'),
      byFile('lado-2015-09.csv'),
    ]);
    expect(p.published.map((x) => x.words)).toEqual([
      'breakdown: 10 rows of 6.1 by length of time on plan',
      '1 figure returned with no value (c)',
    ]);
  });
});
