import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseText } from '@/domain/import/parse-file';
import { computeScorecard } from '@/domain/scorecard';
import { scorecardCsvRow } from '@/domain/csv-export';
import { VARIATION_WORDS } from '@/domain/spc-verdict';
import { observedMonths } from '@/domain/signal';
import { DEFAULT_SPC_SETTINGS } from '@/domain/spc';
import {
  baselineProblem,
  breakProblem,
  minimumPointsProblem,
  spcSettingsFor,
  withBaseline,
  withBreak,
  withMinimumPoints,
  withoutBreak,
  withRunLength,
} from '@/domain/spc-settings';
import { emptyWorkspace, mergeImport } from '@/domain/workspace';
import type { SpcPreferences, WorkspaceData } from '@/domain/types';

const fixture = (name: string) => readFileSync(resolve(process.cwd(), 'fixtures', name), 'utf8');
const at = '2016-01-18T09:00:00.000Z';
function example(): WorkspaceData {
  let ws = emptyWorkspace();
  for (const f of [
    'catalogue-2015.csv',
    'detail-monthly-2015.csv',
    'scorecard-2015-12.csv',
    'benchmarks-2015.csv',
    'population-2015.csv',
  ])
    ws = mergeImport(ws, [parseText(f, fixture(f), at, ws.indicators)], at);
  return ws;
}
const ws = example();
const withPrefs = (spc: SpcPreferences): WorkspaceData => ({ ...ws, spc });
const signal91 = (w: WorkspaceData) =>
  computeScorecard(w, '2015-12').rows.find((r) => r.indicator.id === '9.1')!.signal;

describe('spcSettingsFor', () => {
  it.each<[string, SpcPreferences | undefined, string, object]>([
    ['nothing stored: the defaults', undefined, '9.1', DEFAULT_SPC_SETTINGS],
    ['run length 6', { runLength: 6 }, '9.1', { runLength: 6, minimumPoints: 13 }],
    ['minimum points 9', { minimumPoints: 9 }, '9.1', { runLength: 7, minimumPoints: 9 }],
    ['minimum points out of range: default', { minimumPoints: 1 }, '9.1', { minimumPoints: 13 }],
    ['minimum points not whole: default', { minimumPoints: 9.5 }, '9.1', { minimumPoints: 13 }],
    [
      "another indicator's break is not this one's",
      { breaks: [{ indicatorId: '9.2', month: '2015-07', reason: 'Other' }] },
      '9.1',
      { breaks: [] },
    ],
    [
      'breaks sorted by month, reason kept',
      {
        breaks: [
          { indicatorId: '9.1', month: '2015-07', reason: 'New recording system' },
          { indicatorId: '9.1', month: '2015-02', reason: 'Definition change' },
        ],
      },
      '9.1',
      {
        breaks: [
          { month: '2015-02', reason: 'Definition change' },
          { month: '2015-07', reason: 'New recording system' },
        ],
      },
    ],
    [
      'baseline of 9 months',
      { baselines: [{ indicatorId: '9.1', months: 9 }] },
      '9.1',
      { baselinePoints: 9 },
    ],
    [
      'baseline of 1 month is not a baseline',
      { baselines: [{ indicatorId: '9.1', months: 1 }] },
      '9.1',
      { baselinePoints: null },
    ],
  ])('%s', (_name, spc, id, expected) => {
    expect(spcSettingsFor({ ...ws, spc }, id)).toMatchObject(expected);
  });
});

describe('checks on what the user enters', () => {
  const months = observedMonths(ws, '9.1'); // 2014-10 .. 2015-12
  it.each<[string, string, string, string | null]>([
    ['a month with a value, after the first', '2015-07', 'New recording system', null],
    ['no reason', '2015-07', '  ', 'Say why the limits are recalculated from this month.'],
    ['a month without a value', '2016-01', 'Other', 'Choose a month that has a value.'],
    [
      'the first month',
      '2014-10',
      'Other',
      'Choose a month after the first: limits already start from the first month.',
    ],
  ])('break: %s', (_name, month, reason, problem) => {
    expect(breakProblem(ws, { indicatorId: '9.1', month, reason }, months)).toBe(problem);
  });
  it('break: a month already marked', () => {
    const marked = withPrefs({ breaks: [{ indicatorId: '9.1', month: '2015-07', reason: 'x' }] });
    expect(
      breakProblem(marked, { indicatorId: '9.1', month: '2015-07', reason: 'y' }, months),
    ).toBe('This month is already marked as a break.');
  });
  it.each([
    [13, null],
    [2, null],
    [60, null],
    [1, 'Enter a whole number of months from 2 to 60.'],
    [61, 'Enter a whole number of months from 2 to 60.'],
    [12.5, 'Enter a whole number of months from 2 to 60.'],
  ])('minimum points %s', (n, problem) => expect(minimumPointsProblem(n)).toBe(problem));
  it.each([
    [12, null],
    [1, 'Enter a whole number of months from 2 to 120.'],
  ])('baseline %s', (n, problem) => expect(baselineProblem(n)).toBe(problem));
});

describe('the edits never change what they are given', () => {
  it('add, replace and remove a break; fix and free a baseline; set run length and minimum', () => {
    const start: SpcPreferences = {};
    const one = withBreak(start, { indicatorId: '9.1', month: '2015-07', reason: ' Other ' });
    expect(start).toEqual({});
    expect(one.breaks).toEqual([{ indicatorId: '9.1', month: '2015-07', reason: 'Other' }]);
    const replaced = withBreak(one, { indicatorId: '9.1', month: '2015-07', reason: 'New' });
    expect(replaced.breaks).toEqual([{ indicatorId: '9.1', month: '2015-07', reason: 'New' }]);
    expect(withoutBreak(replaced, '9.1', '2015-07').breaks).toEqual([]);
    const fixed = withBaseline(start, '9.1', 12);
    expect(fixed.baselines).toEqual([{ indicatorId: '9.1', months: 12 }]);
    expect(withBaseline(fixed, '9.1', null).baselines).toEqual([]);
    expect(withMinimumPoints(withRunLength(start, 6), 10)).toEqual({
      runLength: 6,
      minimumPoints: 10,
    });
  });
});

describe('9.1 in December 2015 with settings (the verdicts the scorecard shows)', () => {
  // 9.1, Oct-14 to Dec-15: 72.3 71.2 71.7 71.0 71.9 71.7 71.6 71.1 71.1 | 73.2 74.8 74.3 75.3
  // 75.2 74.7. With no settings: special cause improvement (Dec 74.7 above the limit of 74.6).
  it('no settings: special cause improvement', () => {
    expect(signal91(ws).variation.verdict).toBe('special-cause-improvement');
  });

  it('a break at July 2015: 6 months since, fewer than 13, so no verdict, and says why', () => {
    const w = withPrefs({
      breaks: [{ indicatorId: '9.1', month: '2015-07', reason: 'New recording system' }],
    });
    const s = signal91(w);
    expect(s.analysis.segments.map((g) => [g.from, g.to])).toEqual([
      ['2014-10', '2015-06'],
      ['2015-07', '2015-12'],
    ]);
    expect(s.variation.verdict).toBe('no-verdict');
    expect(s.variation.sentence).toContain(
      'Only 6 months since July 2015 (New recording system): process limits need at least 13 months',
    );
  });

  it('the same break with minimum points 6: common cause in the new period', () => {
    // Jul-15..Dec-15: 73.2 74.8 74.3 75.3 75.2 74.7, sum 447.5, mean 74.5833. Moving ranges
    // 1.6 0.5 1.0 0.1 0.5, mean 0.74; limits 74.5833 +/- 1.9684 = 72.615 to 76.552. December's
    // 74.7 is inside; no run of 7 (or 6) on one side; one point (73.2) beyond the lower 2-sigma
    // line of 73.271, not two of three: common cause.
    const w = withPrefs({
      minimumPoints: 6,
      breaks: [{ indicatorId: '9.1', month: '2015-07', reason: 'New recording system' }],
    });
    const s = signal91(w);
    const limits = s.analysis.segments[1]!.limits!;
    expect(limits.mean).toBeCloseTo(447.5 / 6, 6);
    expect(limits.lower).toBeCloseTo(447.5 / 6 - 2.66 * 0.74, 6);
    expect(limits.upper).toBeCloseTo(447.5 / 6 + 2.66 * 0.74, 6);
    expect(s.variation.verdict).toBe('common-cause');
  });

  it('limits fixed from a 9-month baseline (with minimum 9): December far above them', () => {
    // Oct-14..Jun-15: sum 643.6, mean 71.5111; moving ranges 1.1 0.5 0.7 0.9 0.2 0.1 0.5 0.0,
    // mean 0.5; limits 71.5111 +/- 1.33 = 70.181 to 72.841.
    const w = withPrefs({ minimumPoints: 9, baselines: [{ indicatorId: '9.1', months: 9 }] });
    const limits = signal91(w).analysis.segments[0]!.limits!;
    expect(limits.mean).toBeCloseTo(643.6 / 9, 6);
    expect(limits.upper).toBeCloseTo(643.6 / 9 + 1.33, 6);
    expect(limits.baselineTo).toBe('2015-06');
    expect(signal91(w).variation.verdict).toBe('special-cause-improvement');
  });

  it('a 9-month baseline with the default minimum of 13: no verdict, and says why', () => {
    const w = withPrefs({ baselines: [{ indicatorId: '9.1', months: 9 }] });
    expect(signal91(w).variation.sentence).toContain(
      'The baseline has 9 months: process limits need at least 13 months',
    );
  });

  it('the CSV export follows the break: 9.1 exported as no verdict', () => {
    const w = withPrefs({
      breaks: [{ indicatorId: '9.1', month: '2015-07', reason: 'New recording system' }],
    });
    const row = computeScorecard(w, '2015-12').rows.find((r) => r.indicator.id === '9.1')!;
    const cells = scorecardCsvRow(row);
    expect(cells[cells.length - 2]).toBe(VARIATION_WORDS['no-verdict']);
    const before = scorecardCsvRow(
      computeScorecard(ws, '2015-12').rows.find((r) => r.indicator.id === '9.1')!,
    );
    expect(before[before.length - 2]).toBe('Special cause improvement');
  });
});
