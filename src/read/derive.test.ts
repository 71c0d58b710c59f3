import { describe, expect, it } from 'vitest';
import { buildExampleWorkspace } from '@/data/demo';
import { computeScorecard } from '@/domain/scorecard';
import type { PrintedStatus } from '@/domain/types';
import { NO_FILTERS } from '@/domain/scorecard-selection';
import {
  asAtOf,
  catalogueTagsOf,
  indicatorOrderOf,
  orderedIndicatorsOf,
  printedMonthsOf,
  scorecardOf,
  selectedRowsOf,
  spcSettingsOf,
} from './derive';
import { indicatorViewOf } from './indicator';
import { compareMonthOf } from './overview';
import { meetingOrderOf } from './meeting';

const example = buildExampleWorkspace('2016-02-03T10:00:00.000Z');

describe('asAtOf: the month every screen shows', () => {
  it.each([
    ['nothing chosen', null, '2015-12'],
    ['a month with data', '2015-10', '2015-10'],
    ['a month without data', '2019-01', '2015-12'],
  ])('%s', (_case, selected, expected) => {
    const { asAt, latest, months } = asAtOf(example, selected);
    expect(asAt).toBe(expected);
    expect(latest).toBe('2015-12');
    expect(months.at(-1)).toBe('2015-12');
  });
});

describe('compareMonthOf', () => {
  it.each([
    ['2015-12', null, '2015-11'],
    ['2015-12', '2015-06', '2015-06'],
    // a later or equal month cannot be "compared with": the month before instead
    ['2015-12', '2015-12', '2015-11'],
    ['2015-04', '2016-01', '2015-03'],
  ])('as at %s, chosen %s: %s', (asAt, chosen, expected) => {
    expect(compareMonthOf(asAt, chosen)).toBe(expected);
  });
});

describe('derived once per workspace and month', () => {
  it('gives the domain result, and the same object for a second screen on the same month', () => {
    const card = scorecardOf(example, '2015-12');
    expect(card).toEqual(computeScorecard(example, '2015-12'));
    expect(scorecardOf(example, '2015-12')).toBe(card);
    expect(scorecardOf(example, '2015-11')).not.toBe(card);
  });

  it('computes again for a new workspace (an import or commentary makes a new object)', () => {
    const edited = { ...example, commentary: [...example.commentary] };
    expect(scorecardOf(edited, '2015-12')).not.toBe(scorecardOf(example, '2015-12'));
    expect(indicatorViewOf(edited, '2.8', '2015-12')?.indicator.id).toBe('2.8');
    expect(indicatorViewOf(edited, 'no-such', '2015-12')).toBeNull();
  });
});

describe('a month switch shares what it does not change', () => {
  it('keeps the year trend, benchmark cells and column years of the same financial year', () => {
    const ws = { ...example };
    const dec = scorecardOf(ws, '2015-12');
    const nov = scorecardOf(ws, '2015-11');
    // Both in 2015/16: the trend years (2013/14, 2014/15) and the annual figures are the same.
    expect(nov.trendYears).toBe(dec.trendYears);
    expect(nov.benchmarkYears).toBe(dec.benchmarkYears);
    nov.rows.forEach((row, i) => {
      const before = dec.rows[i]!;
      expect(row.indicator).toBe(before.indicator);
      expect(row.yearTrend).toBe(before.yearTrend);
    });
    // Most benchmark cells are shared; a cell whose gap sentence names the month's figure is not.
    const shared = nov.rows.filter((row, i) => row.benchmarks === dec.rows[i]!.benchmarks);
    expect(shared.length).toBeGreaterThan(0);
    // The months themselves move: 9.1's December is no longer among November's recent months.
    const row91 = nov.rows.find((r) => r.indicator.id === '9.1')!;
    expect(row91.recent.map((r) => r.month)).toEqual(['2015-09', '2015-10', '2015-11']);
    // And nothing differs from computing November afresh.
    expect(nov).toEqual(computeScorecard(ws, '2015-11'));
  });

  it('gives new trend years in another financial year', () => {
    const ws = { ...example };
    const apr = scorecardOf(ws, '2015-04');
    const mar = scorecardOf(ws, '2015-03');
    expect(mar.trendYears).not.toBe(apr.trendYears);
    expect(mar.trendYears).toEqual(['2012/13', '2013/14']);
    expect(mar).toEqual(computeScorecard(ws, '2015-03'));
  });
});

describe('what the screens list, kept per workspace', () => {
  const printed = (indicatorId: string, month: string): PrintedStatus => ({
    indicatorId,
    month,
    dot: 'up',
    rag: 'G',
    file: 'sheet.csv',
    line: 2,
  });

  it.each([
    ['none printed', [], []],
    // Two sheets, months out of order and repeated: each month once, oldest first.
    [
      'two sheets',
      [printed('1.1', '2015-12'), printed('1.2', '2015-11'), printed('1.1', '2015-11')],
      ['2015-11', '2015-12'],
    ],
  ])('printed months: %s', (_case, list, expected) => {
    const ws = { ...example, printed: list };
    expect(printedMonthsOf(ws)).toEqual(expected);
    expect(printedMonthsOf(ws)).toBe(printedMonthsOf(ws));
  });

  it('orders indicators once, by section as imported and id (6.10 after 6.9, 6.2a before 6.2b)', () => {
    const ws = { ...example };
    const ordered = orderedIndicatorsOf(ws);
    expect(ordered).toBe(orderedIndicatorsOf(ws));
    expect(ordered).toHaveLength(75);
    const ids = ordered.map((i) => i.id);
    expect(ids.indexOf('6.10')).toBe(ids.indexOf('6.9') + 1);
    expect(ids.indexOf('6.2b')).toBe(ids.indexOf('6.2a') + 1);
    expect(ids.slice(0, 2)).toEqual(['2.1', '2.2']);
    expect(indicatorOrderOf(ws)).toEqual(ids);
  });

  it('lists the catalogue tags as first written, each once', () => {
    const [a, b, c] = example.indicators;
    const ws = {
      ...example,
      indicators: [
        { ...a!, tags: ['Board', 'LAC'] },
        { ...b!, tags: ['board', 'CIN'] },
        { ...c!, tags: undefined },
      ],
    };
    expect(catalogueTagsOf(ws)).toEqual(['Board', 'LAC', 'CIN']);
  });
});

describe('the scorecard selection, one for the scorecard and meeting mode', () => {
  const card = scorecardOf(example, '2015-12');
  const reds = { ...NO_FILTERS, rag: 'red' as const };

  it('gives the same rows to every screen on the same selection, computed once', () => {
    const rows = selectedRowsOf(example, card, null, reds);
    // fixtures/expected-2015-12.csv: 13 Reds, 2.5 first and 12.1 last in sheet order.
    expect(rows).toHaveLength(13);
    expect([rows[0]?.indicator.id, rows.at(-1)?.indicator.id]).toEqual(['2.5', '12.1']);
    expect(selectedRowsOf(example, card, null, { ...reds })).toBe(rows);
    expect(selectedRowsOf(example, card, null, { ...reds, sort: 'dot' })).not.toBe(rows);
  });

  it("meeting mode's order is the selection's ids, less the 24 No target rows when skipped", () => {
    expect(meetingOrderOf(example, card, null, NO_FILTERS, false).ids).toHaveLength(75);
    const { ids: skipped, indicators } = meetingOrderOf(example, card, null, NO_FILTERS, true);
    expect(indicators.map((i) => i.id)).toEqual(skipped);
    expect(skipped).toHaveLength(51);
    expect(skipped.slice(0, 3)).toEqual(['2.3', '2.5', '2.6']);
    expect(meetingOrderOf(example, card, null, reds, true).ids).toEqual(
      selectedRowsOf(example, card, null, reds).map((r) => r.indicator.id),
    );
  });
});

describe('spcSettingsOf: an indicator signal-or-noise settings, per workspace', () => {
  it('defaults, then a marked break in a new workspace (the old one keeps its own)', () => {
    const plain = spcSettingsOf(example, '9.1');
    expect(plain.settings).toMatchObject({ runLength: 7, minimumPoints: 13, breaks: [] });
    // 9.1 has Oct-14 to Dec-15 in the example: 15 months to mark a break at.
    expect(plain.months).toHaveLength(15);
    expect(spcSettingsOf(example, '9.1')).toBe(plain);
    const marked = {
      ...example,
      spc: { breaks: [{ indicatorId: '9.1', month: '2015-07', reason: 'Definition change' }] },
    };
    expect(spcSettingsOf(marked, '9.1').settings.breaks).toEqual([
      { month: '2015-07', reason: 'Definition change' },
    ]);
    expect(spcSettingsOf(example, '9.1').settings.breaks).toEqual([]);
  });
});
