/**
 * The golden test: the December 2015 Performance Summary, imported from the project's own
 * fixtures, must give the DOT and RAG that the rules derive for all 75 rows
 * (fixtures/expected-2015-12.csv, made from the reference analysis, not from this code).
 * Where the printed report disagrees with the rules, the case names the row and why.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseText } from '@/domain/import/parse-file';
import { emptyWorkspace, mergeImport } from '@/domain/workspace';
import { computeScorecard } from '@/domain/scorecard';

const fixture = (name: string) => readFileSync(resolve(process.cwd(), 'fixtures', name), 'utf8');

interface Expected {
  id: string;
  polarity: string;
  rule_dot: string;
  printed_dot: string;
  rule_rag: string;
  printed_rag: string;
  rag_basis: string;
  value_used: string;
  note: string;
}

const expected = Papa.parse<Expected>(fixture('expected-2015-12.csv'), {
  header: true,
  skipEmptyLines: true,
}).data;

const at = '2024-01-01T00:00:00.000Z';
const sheet = parseText('scorecard-2015-12.csv', fixture('scorecard-2015-12.csv'), at);
const scorecardOnly = computeScorecard(mergeImport(emptyWorkspace(), [sheet], at), '2015-12');
/** The same summary as Excel saves it: titles, a two-row header, an untitled section column. */
const excelSheet = parseText(
  'summary-saved-from-excel.csv',
  fixture('edge/summary-saved-from-excel.csv'),
  at,
);
const fromExcel = computeScorecard(mergeImport(emptyWorkspace(), [excelSheet], at), '2015-12');

/** The demo's order: catalogue, detail months, then the summary sheet, then benchmarks. */
function demoWorkspace() {
  let ws = emptyWorkspace();
  const files = [
    'catalogue-2015.csv',
    'detail-monthly-2015.csv',
    'scorecard-2015-12.csv',
    'benchmarks-2015.csv',
  ];
  for (const f of files) {
    ws = mergeImport(ws, [parseText(f, fixture(f), at, ws.indicators)], at);
  }
  return ws;
}
const full = computeScorecard(demoWorkspace(), '2015-12');

const disagreeWithPrint = (e: Expected) => (e.note ? ` (printed differs: ${e.note})` : '');

describe('December 2015 scorecard reproduced from the fixtures', () => {
  it('imports the summary sheet without errors: 75 indicators', () => {
    expect(sheet.kind).toBe('scorecard');
    expect(sheet.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(scorecardOnly.rows).toHaveLength(75);
    expect(expected).toHaveLength(75);
  });

  it('reads the summary as saved from Excel the same: 75 rows, the same sections and values', () => {
    expect(excelSheet.kind).toBe('scorecard');
    expect(excelSheet.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(excelSheet.layout).toBe(
      'Header on lines 5-6; lines 1-3 above it (titles) were not read.',
    );
    const summary = (s: typeof fromExcel) =>
      s.rows.map((r) => [
        r.indicator.id,
        r.indicator.section,
        r.indicator.targetCells,
        r.recent.map((m) => m.observation?.value ?? null),
        r.ytd.value,
        r.yearTrend.map((y) => y.value),
        r.benchmarks.map((b) => b.benchmark?.value ?? null),
      ]);
    expect(fromExcel.sections).toEqual(scorecardOnly.sections);
    expect(summary(fromExcel)).toEqual(summary(scorecardOnly));
  });

  describe.each([
    ['the summary sheet alone', scorecardOnly],
    ['the summary as saved from Excel', fromExcel],
    ['catalogue + detail months + sheet + benchmarks (the demo)', full],
  ])('from %s', (_label, scorecard) => {
    const row = (id: string) => {
      const r = scorecard.rows.find((x) => x.indicator.id === id);
      if (!r) throw new Error(`row ${id} missing`);
      return r;
    };

    it.each(expected.map((e) => [`${e.id}${disagreeWithPrint(e)}`, e] as const))(
      'row %s has the rules DOT and RAG',
      (_name, e) => {
        const r = row(e.id);
        expect(r.dot.label).toBe(e.rule_dot);
        expect(r.rag.status).toBe(e.rule_rag);
      },
    );

    it('lists the printed disagreements: DOT of 12.1, RAG of 6.7, 9.2 and 12.1', () => {
      const found = scorecard.rows
        .flatMap((r) => r.disagreements.map((d) => `${d.field} ${r.indicator.id}`))
        .sort();
      expect(found).toEqual(['dot 12.1', 'rag 12.1', 'rag 6.7', 'rag 9.2']);
    });
  });

  it('flags exactly the printed YTDs that do not reconcile with the months (rules-2015 (d))', () => {
    const flagged = full.rows.filter((r) => r.ytd.warning !== null).map((r) => r.indicator.id);
    expect(flagged).toEqual(['2.1', '2.2', '3.1', '4.1', '4.4', '7.3', '7.4']);
    // The printed YTD still wins: 2.1 shows 8,727, not the months' 8,951.
    expect(full.rows.find((r) => r.indicator.id === '2.1')?.ytd).toMatchObject({
      value: 8727,
      source: 'imported',
      computed: 8951,
    });
  });

  it('keeps sections in sheet order and sorts ids naturally (6.9, 6.10 ... 6.14)', () => {
    const ids = full.rows.map((r) => r.indicator.id);
    expect(ids.indexOf('6.10')).toBe(ids.indexOf('6.9') + 1);
    expect(ids.indexOf('6.2b')).toBe(ids.indexOf('6.2a') + 1);
    expect(ids[0]).toBe('2.1');
    expect(ids[ids.length - 1]).toBe('12.2');
  });

  it('rates the YTD basis rows on their year to date (10.1 Red on 79.3%, 7.5 Amber on 34.7%)', () => {
    const r101 = full.rows.find((r) => r.indicator.id === '10.1');
    const r75 = full.rows.find((r) => r.indicator.id === '7.5');
    expect(r101?.rag.basis).toBe('ytd');
    expect(r101?.rag.valueUsed).toBeCloseTo(79.3, 5);
    expect(r75?.rag.valueUsed).toBeCloseTo(34.7, 5);
    expect(r101?.rag.reason).toMatch(/year to date/i);
  });
});

/**
 * SPEC 3.6: benchmarks are annual outturns (2014/15 here), so each is compared with the figure on
 * the same basis. Worked by hand from the fixtures (scorecard-2015-12.csv, benchmarks-2015.csv):
 * - 6.7 discontinuations of CP plans per 10,000 (High, ytd = sum): only Oct-Dec 2015 are known, so
 *   the last 12 months are not; the printed YTD 85.1 covers 9 months (Apr-Dec), projected for the
 *   year 85.1 x 12 / 9 = 113.47 ("113.5"); SN average 67.8: 113.47 - 67.8 = 45.67, "45.7 better";
 *   England 52.1: 113.47 - 52.1 = 61.37, "61.4 better". The month's 7.8 is never compared.
 * - 7.7 children adopted (High, percentage, ytd = ratio): the printed YTD 20% ("20.0%"); SN 25.1%:
 *   20 - 25.1 = -5.1, "5.1 points worse"; England 17.0%: 20 - 17 = 3, "3 points better".
 * - 2.4 referrals per 10,000 "rolling 12 month performance" (Low): already rolling, so December's
 *   668.6; SN 655.4: 668.6 - 655.4 = 13.2, "13.2 worse"; England 548.3: 120.3 worse.
 */
describe.each([
  ['the demo workspace', full],
  ['the summary sheet alone', scorecardOnly],
])('gaps on the benchmark basis, from %s (SPEC 3.6)', (_label, scorecard) => {
  const gapOf = (id: string, kind: 'sn_avg' | 'national_avg') => {
    const r = scorecard.rows.find((x) => x.indicator.id === id);
    const gap = r?.benchmarks.find((b) => b.kind === kind)?.gap;
    if (!r || !gap) throw new Error(`no ${kind} gap for ${id}`);
    return { row: r, gap };
  };

  it.each<[string, 'sn_avg' | 'national_avg', string, number, number, string, string]>([
    [
      '6.7',
      'sn_avg',
      'projected',
      (85.1 * 12) / 9,
      (85.1 * 12) / 9 - 67.8,
      'better',
      'Projected for the year 113.5 (year to date 85.1 in 9 months) against the statistical-neighbour average of 67.8 (2014/15): 45.7 better',
    ],
    [
      '6.7',
      'national_avg',
      'projected',
      (85.1 * 12) / 9,
      (85.1 * 12) / 9 - 52.1,
      'better',
      'Projected for the year 113.5 (year to date 85.1 in 9 months) against the England average of 52.1 (2014/15): 61.4 better',
    ],
    [
      '7.7',
      'sn_avg',
      'ytd',
      20,
      20 - 25.1,
      'worse',
      'Year to date 20.0% against the statistical-neighbour average of 25.1% (2014/15): 5.1 points worse',
    ],
    [
      '7.7',
      'national_avg',
      'ytd',
      20,
      20 - 17,
      'better',
      'Year to date 20.0% against the England average of 17.0% (2014/15): 3 points better',
    ],
    [
      '2.4',
      'sn_avg',
      'rolling',
      668.6,
      668.6 - 655.4,
      'worse',
      'Rolling year 668.6 against the statistical-neighbour average of 655.4 (2014/15): 13.2 worse',
    ],
    [
      '2.4',
      'national_avg',
      'rolling',
      668.6,
      668.6 - 548.3,
      'worse',
      'Rolling year 668.6 against the England average of 548.3 (2014/15): 120.3 worse',
    ],
  ])('%s against %s', (id, kind, basis, figure, gapValue, judgement, sentence) => {
    const { row, gap } = gapOf(id, kind);
    expect(row.compared.kind).toBe(basis);
    if (row.compared.kind !== 'none') expect(row.compared.value).toBeCloseTo(figure, 9);
    expect(gap.gap).toBeCloseTo(gapValue, 9);
    expect(gap.judgement).toBe(judgement);
    expect(gap.sentence).toBe(sentence);
  });
});
