import { describe, expect, it } from 'vitest';
import type { DotLabel, RagStatus, ScorecardRow } from '@/domain/types';
import {
  chunkSizes,
  exceptionReason,
  packLayout,
  packRows,
  pageRange,
  scorecardPages,
  scopeWords,
  type PackChoice,
} from './pack';

/** A scorecard row with only what the pack's rules read. */
function row(id: string, section: string, rag: RagStatus = 'green', dot: DotLabel = 'improving') {
  return {
    indicator: { id, section, name: `Indicator ${id}` },
    rag: { status: rag },
    dot: { label: dot },
  } as unknown as ScorecardRow;
}

describe('exceptionReason: Red, Amber or worsening', () => {
  it.each<[RagStatus, DotLabel, string | null]>([
    ['red', 'improving', 'Red'],
    ['amber', 'no-change', 'Amber'],
    ['green', 'worsening', 'Worsening'],
    ['red', 'worsening', 'Red, worsening'],
    ['amber', 'worsening', 'Amber, worsening'],
    ['no-target', 'worsening', 'Worsening'],
    ['green', 'improving', null],
    ['green', 'no-change', null],
    ['no-target', 'increasing', null],
    ['no-data', 'new', null],
    ['tbc', 'off', null],
  ])('%s and %s: %s', (rag, dot, expected) => {
    expect(exceptionReason(row('1.1', 'A', rag, dot))).toBe(expected);
  });
});

describe('packRows', () => {
  const rows = [
    row('1.1', 'A', 'red', 'improving'),
    row('1.2', 'A', 'green', 'improving'),
    row('1.3', 'A', 'green', 'worsening'),
    row('2.1', 'B', 'amber', 'no-change'),
    row('2.2', 'B', 'no-target', 'increasing'),
    row('3.1', 'C', 'green', 'no-change'),
  ];
  const choice = (c: Partial<PackChoice>): PackChoice => ({
    scope: 'all',
    leftOut: new Set(),
    only: null,
    ...c,
  });
  it.each<[string, Partial<PackChoice>, string[]]>([
    ['all', {}, ['1.1', '1.2', '1.3', '2.1', '2.2', '3.1']],
    // Red 1.1, worsening 1.3, Amber 2.1; 3.1 (Green, no change) and 2.2 (no target) are not.
    ['exceptions only', { scope: 'exceptions' }, ['1.1', '1.3', '2.1']],
    ['section B left out', { leftOut: new Set(['B']) }, ['1.1', '1.2', '1.3', '3.1']],
    ['exceptions, A left out', { scope: 'exceptions', leftOut: new Set(['A']) }, ['2.1']],
    ['one indicator', { only: '2.2', scope: 'exceptions' }, ['2.2']],
    ['an id not in the scorecard', { only: '9.9' }, []],
  ])('%s', (_, c, ids) => {
    expect(packRows(rows, choice(c)).map((r) => r.indicator.id)).toEqual(ids);
  });
});

describe('chunkSizes', () => {
  it.each<[number, number, number, number[]]>([
    [0, 24, 60, [0]],
    [10, 24, 60, [10]],
    [24, 24, 60, [24]],
    [25, 24, 60, [24, 1]],
    [150, 24, 60, [24, 60, 60, 6]],
  ])('%i items, %i first, %i after: %j', (n, first, rest, sizes) => {
    expect(chunkSizes(n, first, rest)).toEqual(sizes);
  });
});

describe('scorecardPages: fixed lines per page, a section title never ends a page', () => {
  const ids = (pages: ReturnType<typeof scorecardPages>) =>
    pages.map((p) => p.map((g) => `${g.section}${g.continued ? '+' : ''}:${g.rows.length}`));

  it('fits on one page: title lines counted', () => {
    // A: title + 3 rows = 4 lines, B: title + 2 rows = 3 lines; 7 of 7.
    const rows = [
      row('1.1', 'A'),
      row('1.2', 'A'),
      row('1.3', 'A'),
      row('2.1', 'B'),
      row('2.2', 'B'),
    ];
    expect(ids(scorecardPages(rows, 7))).toEqual([['A:3', 'B:2']]);
  });

  it('a section runs over: its title repeated as continued', () => {
    // 5 lines a page: A's title + 4 rows, then "A continued" + 2 rows, then B's title + 1 row.
    const rows = [...Array.from({ length: 6 }, (_, i) => row(`1.${i + 1}`, 'A')), row('2.1', 'B')];
    expect(ids(scorecardPages(rows, 5))).toEqual([['A:4'], ['A+:2', 'B:1']]);
  });

  it('a title that would be the last line moves to the next page', () => {
    // 4 lines a page: A title + 2 rows = 3; B's title and first row need 2 more: new page.
    const rows = [row('1.1', 'A'), row('1.2', 'A'), row('2.1', 'B'), row('2.2', 'B')];
    expect(ids(scorecardPages(rows, 4))).toEqual([['A:2'], ['B:2']]);
  });
});

describe('packLayout: contents page numbers', () => {
  // 3 sections, 20 rows: A 8, B 10, C 2. At 14 lines a page the scorecard is
  // page 1: A title + 8 rows (9 lines), B title + 4 rows (5 lines) = 14;
  // page 2: B continued + 6 rows (7 lines), C title + 2 rows (3 lines) = 10. Two pages.
  const rows = [
    ...Array.from({ length: 8 }, (_, i) => row(`1.${i + 1}`, 'A')),
    ...Array.from({ length: 10 }, (_, i) => row(`2.${i + 1}`, 'B')),
    ...Array.from({ length: 2 }, (_, i) => row(`3.${i + 1}`, 'C')),
  ];

  it('cover 1, contents 2, summary 3, scorecard 4-5, indicators from 6', () => {
    const layout = packLayout(rows, 5, { linesPerPage: 14 });
    expect(layout.contentsPages).toBe(1);
    expect(layout.summaryPage).toBe(3);
    expect(layout.scorecardFirstPage).toBe(4);
    expect(layout.scorecard).toHaveLength(2);
    expect(layout.indicatorPages.get('1.1')).toBe(6);
    expect(layout.indicatorPages.get('2.1')).toBe(14);
    expect(layout.indicatorPages.get('3.2')).toBe(25);
    expect(layout.total).toBe(25);
    const line = (label: string) => layout.contents.find((e) => e.label === label)!;
    expect(pageRange(line('Summary of RAG ratings'))).toBe('3');
    expect(pageRange(line('Performance summary (scorecard)'))).toBe('4–5');
    expect(pageRange(line('B'))).toBe('14–23');
    expect(pageRange(line('2.10'))).toBe('23');
    // 2 blocks + 3 sections + 20 indicators.
    expect(layout.contents).toHaveLength(25);
  });

  it('30 RAG changes: the summary takes two pages and everything after moves by one', () => {
    const layout = packLayout(rows, 30, { linesPerPage: 14 });
    expect(layout.changeChunks).toEqual([24, 6]);
    expect(layout.scorecardFirstPage).toBe(5);
    expect(layout.indicatorPages.get('1.1')).toBe(7);
    expect(layout.total).toBe(26);
  });

  it('a page of key messages comes after the contents and moves everything after it by one', () => {
    const layout = packLayout(rows, 5, { linesPerPage: 14, keyMessagesPages: 1 });
    expect(layout.contents[0]).toMatchObject({ label: 'Key messages', page: 3, lastPage: 3 });
    expect(layout.summaryPage).toBe(4);
    expect(layout.indicatorPages.get('1.1')).toBe(7);
    expect(layout.total).toBe(26);
  });

  it('contents longer than a page take two, and everything after moves by one', () => {
    // 25 entries at 20 a page: two pages of contents.
    const layout = packLayout(rows, 0, { linesPerPage: 14, contentsPerPage: 20 });
    expect(layout.contentsPages).toBe(2);
    expect(layout.summaryPage).toBe(4);
    expect(layout.indicatorPages.get('1.1')).toBe(7);
  });
});

describe('scopeWords', () => {
  it.each<[Parameters<typeof scopeWords>, string]>([
    [['all', 75, 75], 'All 75 indicators'],
    [['all', 60, 75], '60 of 75 indicators'],
    [['exceptions', 42, 75], 'Exceptions only (Red, Amber or worsening): 42 of 75 indicators'],
  ])('%j: %s', (args, words) => {
    expect(scopeWords(...args)).toBe(words);
  });
});
