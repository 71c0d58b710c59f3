import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseText } from '@/domain/import/parse-file';
import { computeScorecard, indexWorkspace } from '@/domain/scorecard';
import { computeIndicatorView } from '@/domain/indicator-view';
import { figureInterval, observedMonths, signalAt } from '@/domain/signal';
import { DEFAULT_SPC_SETTINGS } from '@/domain/spc';
import { emptyWorkspace, mergeImport } from '@/domain/workspace';
import type { Observation } from '@/domain/types';

const fixture = (name: string) => readFileSync(resolve(process.cwd(), 'fixtures', name), 'utf8');
const at = '2016-01-18T09:00:00.000Z';

/** The example's order: catalogue, detail months (Oct-14 to Dec-15), summary sheet, benchmarks. */
function example() {
  let ws = emptyWorkspace();
  for (const f of [
    'catalogue-2015.csv',
    'detail-monthly-2015.csv',
    'scorecard-2015-12.csv',
    'benchmarks-2015.csv',
    'population-2015.csv',
  ]) {
    ws = mergeImport(ws, [parseText(f, fixture(f), at, ws.indicators)], at);
  }
  return ws;
}
const ws = example();
const scorecard = computeScorecard(ws, '2015-12');
const row = (id: string) => scorecard.rows.find((r) => r.indicator.id === id)!;

describe('signal or noise on the December 2015 report', () => {
  // 9.1, % of long-term LAC in stable placements (higher is better, target 70%), Oct-14 to Dec-15
  // (the summary's Oct-Dec 75.3, 75.2, 74.7 win over the detail page):
  // 72.3 71.2 71.7 71.0 71.9 71.7 71.6 71.1 71.1 73.2 74.8 74.3 75.3 75.2 74.7.
  // Sum 1,091.1 over 15: mean 72.74. Moving ranges 1.1 0.5 0.7 0.9 0.2 0.1 0.5 0.0 2.1 1.6 0.5
  // 1.0 0.1 0.5: sum 9.8 over 14, mean 0.7. Limits 72.74 +/- 2.66 x 0.7 = 72.74 +/- 1.862:
  // 70.878 to 74.602. December's 74.7 is above the upper limit.
  it('9.1: the worked limits', () => {
    const limits = row('9.1').signal.analysis.segments[0]!.limits!;
    expect(limits.mean).toBeCloseTo(1091.1 / 15, 6);
    expect(limits.meanMovingRange).toBeCloseTo(0.7, 6);
    expect(limits.upper).toBeCloseTo(74.602, 3);
    expect(limits.lower).toBeCloseTo(70.878, 3);
  });

  it('9.1: special cause improvement, with the rule in words', () => {
    const { variation } = row('9.1').signal;
    expect(variation.verdict).toBe('special-cause-improvement');
    expect(variation.sentence).toBe(
      'Special cause improvement: December 2015 (74.7%) is above the upper process limit of 74.6%.',
    );
  });

  it('9.1: the 70% target is below the lower limit of 70.9%: consistently met', () => {
    expect(row('9.1').signal.assurance.verdict).toBe('consistently-meets');
  });

  it('9.1: a shift of 9 below the average to June 2015; the run above it since is 6', () => {
    const shifts = (runLength: 6 | 7) =>
      signalAt({
        indicator: row('9.1').indicator,
        asAt: '2015-12',
        months: observedMonths(ws, '9.1'),
        observation: indexWorkspace(ws).observation,
        settings: { ...DEFAULT_SPC_SETTINGS, runLength },
      })
        .analysis.segments[0]!.causes.filter((c) => c.rule === 'shift')
        .map((c) => [c.direction, c.first, c.last]);
    expect(shifts(7)).toEqual([['down', 0, 8]]);
    expect(shifts(6)).toEqual([
      ['down', 0, 8],
      ['up', 9, 14],
    ]);
  });

  it('9.1: the change may be called real (119 of 146 children is not small numbers)', () => {
    expect(row('9.1').signal.change).toMatchObject({ reading: 'signal', mayCallReal: true });
  });

  it('7.4, children ceasing to be looked after: 10 in December is small numbers', () => {
    const { smallNumbers, change, variation } = row('7.4').signal;
    expect(smallNumbers.small).toBe(true);
    expect(variation.verdict).toBe('common-cause');
    expect(change.mayCallReal).toBe(false);
    expect(change.sentence).toMatch(/^Small numbers: the figure counts 10, fewer than 20/);
  });

  it('2.1, contacts: 9 months of data, so no verdict, and why', () => {
    expect(row('2.1').signal.variation.sentence).toBe(
      'Only 9 months of data: process limits need at least 13 months, so there is no verdict on signal or noise yet.',
    );
  });

  it('only the months up to the chosen one count', () => {
    // As at June 2015, 9.1 has 9 months (Oct-14 to Jun-15): no verdict.
    const june = computeScorecard(ws, '2015-06').rows.find((r) => r.indicator.id === '9.1')!;
    expect(june.signal.variation.verdict).toBe('no-verdict');
    expect(june.signal.variation.sentence).toMatch(/^Only 9 months of data/);
  });

  it('the indicator page has the same signal as the scorecard row', () => {
    const view = computeIndicatorView(ws, '9.1', '2015-12')!;
    expect(view.row.signal.variation.sentence).toBe(row('9.1').signal.variation.sentence);
  });

  it("9.1's SPC chart: the shift below to June 2015 a concern, July common, then improvement", () => {
    // Aug, Oct, Nov, Dec are beyond the upper limit; Sep is 2 of 3 beyond 2 sigma (73.98) with Aug.
    const { spc } = computeIndicatorView(ws, '9.1', '2015-12')!;
    expect(spc.points.map((p) => `${p.label} ${p.mark}`)).toEqual([
      'Oct-14 concern',
      'Nov-14 concern',
      'Dec-14 concern',
      'Jan-15 concern',
      'Feb-15 concern',
      'Mar-15 concern',
      'Apr-15 concern',
      'May-15 concern',
      'Jun-15 concern',
      'Jul-15 common',
      'Aug-15 improvement',
      'Sep-15 improvement',
      'Oct-15 improvement',
      'Nov-15 improvement',
      'Dec-15 improvement',
    ]);
    expect(spc.breaks).toEqual([]);
  });
});

describe('signal or noise as at an earlier month (the series kept per indicator)', () => {
  // The same workspace, so the index already holds 9.1's series up to December 2015. As at
  // October 2015 it has 13 points (Oct-14 to Oct-15, the least for limits): sum 643.6 to June,
  // + 73.2 + 74.8 + 74.3 + 75.3 = 941.2, mean 72.4; moving ranges 1.1 0.5 0.7 0.9 0.2 0.1 0.5 0.0
  // 2.1 1.6 0.5 1.0, sum 9.2 over 12. As at September, 12 points: too few for limits.
  const at = (month: string) =>
    computeScorecard(ws, month).rows.find((r) => r.indicator.id === '9.1')!.signal;
  const unkept = (month: string) =>
    signalAt({
      indicator: row('9.1').indicator,
      asAt: month,
      months: observedMonths(ws, '9.1'),
      observation: indexWorkspace(ws).observation,
    });

  it.each([
    ['2015-10', 13, 941.2 / 13, 9.2 / 12],
    ['2015-09', 12, null, null],
  ] as const)('as at %s: %i points, mean %s', (month, points, mean, mr) => {
    const signal = at(month);
    const segment = signal.analysis.segments[0]!;
    expect(segment.points).toHaveLength(points);
    expect(segment.points.at(-1)!.month).toBe(month);
    expect(segment.limits?.mean ?? null).toEqual(mean === null ? null : expect.closeTo(mean, 9));
    expect(segment.limits?.meanMovingRange ?? null).toEqual(
      mr === null ? null : expect.closeTo(mr, 9),
    );
    // Read from the months one by one, as before the series was kept: the same analysis.
    expect(signal).toEqual(unkept(month));
  });
});

describe('figureInterval: the 95% interval of a month by its unit', () => {
  const o = (value: number, numerator: number | null, denominator: number | null): Observation => ({
    indicatorId: 'x',
    period: '2015-12',
    value,
    numerator,
    denominator,
    decimals: 1,
    raw: String(value),
    note: '',
    provenance: { file: 'f.csv', importedAt: at, line: 2 },
  });
  const ind = (unit: 'percent' | 'count' | 'rate_per_10k' | 'days') => ({
    ...row('9.1').indicator,
    unit,
  });

  it('a percentage with its fraction: Wilson (81 of 263: 25.5% to 36.6%)', () => {
    const ci = figureInterval(o(30.8, 81, 263), ind('percent'))!;
    expect([ci.lower, ci.upper].map((x) => Math.round(x * 10) / 10)).toEqual([25.5, 36.6]);
  });

  it('a count of 3: exact Poisson 0.62 to 8.77', () => {
    const ci = figureInterval(o(3, null, null), ind('count'))!;
    expect([ci.lower, ci.upper].map((x) => Math.round(x * 100) / 100)).toEqual([0.62, 8.77]);
  });

  it('a rate with events and population: per 10,000', () => {
    const ci = figureInterval(o(0.5, 3, 56400), ind('rate_per_10k'))!;
    expect(ci.upper).toBeCloseTo((8.7673 / 56400) * 10000, 4);
  });

  it('a percentage without its fraction, or days: none', () => {
    expect(figureInterval(o(30.8, null, null), ind('percent'))).toBeNull();
    expect(figureInterval(o(30, null, 15), ind('days'))).toBeNull();
  });
});
