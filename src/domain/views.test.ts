import { describe, expect, it } from 'vitest';
import type { Indicator, RagStatus, Scorecard, ScorecardRow } from '@/domain/types';
import { placeholderIndicator } from '@/domain/workspace';
import {
  catalogueTags,
  issueView,
  newView,
  readTags,
  scorecardForView,
  viewId,
  viewIndicatorIds,
  viewStatusWords,
  type ScorecardView,
} from './views';

const ind = (id: string, section: string, tags: string[]): Indicator => ({
  ...placeholderIndicator(id, 0),
  section,
  tags,
});

// Scorecard order: front door 2.1, 2.8; CP 6.7; LAC 7.1, 7.7
const ordered = [
  ind('2.1', 'FRONT DOOR', ['Council Plan']),
  ind('2.8', 'FRONT DOOR', ['LSCB key', 'Council Plan']),
  ind('6.7', 'CP', ['lscb KEY']),
  ind('7.1', 'LAC', ['Corporate parenting']),
  ind('7.7', 'LAC', ['Corporate parenting', 'LSCB key']),
];

const view = (over: Partial<ScorecardView>): ScorecardView => ({
  id: 'v',
  title: 'V',
  audience: '',
  tags: [],
  indicatorIds: [],
  status: { kind: 'draft' },
  ...over,
});

describe('readTags: the catalogue cell', () => {
  it.each([
    [
      'Council Plan; Corporate parenting; LSCB key; CSE',
      ['Council Plan', 'Corporate parenting', 'LSCB key', 'CSE'],
    ],
    ['', []],
    [' ; ;', []],
    ['CSE;cse; CSE ', ['CSE']],
    ['LSCB   key', ['LSCB key']],
  ])('%j', (cell, expected) => expect(readTags(cell)).toEqual(expected));
});

describe('catalogueTags', () => {
  it('lists each tag once, as first written, in the order first met', () => {
    expect(catalogueTags(ordered)).toEqual(['Council Plan', 'LSCB key', 'Corporate parenting']);
  });
});

describe('viewIndicatorIds: which rows, in which order', () => {
  it.each<[string, Partial<ScorecardView>, string[]]>([
    ['by tag, case ignored, in scorecard order', { tags: ['LSCB KEY'] }, ['2.8', '6.7', '7.7']],
    [
      'two tags: either',
      { tags: ['corporate parenting', 'council plan'] },
      ['2.1', '2.8', '7.1', '7.7'],
    ],
    [
      'picked rows in the order picked, a subset of a section',
      { indicatorIds: ['7.7', '2.1'] },
      ['7.7', '2.1'],
    ],
    [
      'picked first, then tagged, no repeats',
      { indicatorIds: ['6.7'], tags: ['LSCB key'] },
      ['6.7', '2.8', '7.7'],
    ],
    ['an id no longer in the data is left out', { indicatorIds: ['9.9', '2.8'] }, ['2.8']],
    ['a tag nobody has: empty', { tags: ['CSE'] }, []],
  ])('%s', (_name, over, expected) => {
    expect(viewIndicatorIds(view(over), ordered)).toEqual(expected);
  });
});

describe('viewId and newView', () => {
  it.each([
    ['Safeguarding board: key indicators', [], 'safeguarding-board-key-indicators'],
    ['Child sexual exploitation', ['child-sexual-exploitation'], 'child-sexual-exploitation-2'],
    ['  ', [], 'view'],
    ['../..', [], 'view'],
  ])('%j', (title, taken, expected) => expect(viewId(title, taken)).toBe(expected));

  it('starts as a draft', () => {
    expect(newView('Front door', 'Performance sub-group', [], ['2.1'], []).status).toEqual({
      kind: 'draft',
    });
  });
});

describe('issueView and the words for its status', () => {
  const fm = (m: string) => (m === '2015-12' ? 'December 2015' : m);
  const fd = (iso: string) => iso.slice(0, 10);
  it('numbers each issue and keeps the month and the time it was produced', () => {
    const first = issueView(view({}), '2015-11', '2016-01-05T09:00:00.000Z');
    const second = issueView(first, '2015-12', '2016-02-03T09:00:00.000Z');
    expect(second.status).toEqual({
      kind: 'issued',
      issue: 2,
      asAt: '2015-12',
      producedAt: '2016-02-03T09:00:00.000Z',
    });
    expect(viewStatusWords(second.status, fm, fd)).toBe(
      'Issue 2, as at December 2015, produced 2016-02-03',
    );
    expect(viewStatusWords({ kind: 'draft' }, fm, fd)).toBe('Draft');
  });
});

describe('scorecardForView', () => {
  const row = (i: Indicator, status: RagStatus) =>
    ({ indicator: i, rag: { status } }) as unknown as ScorecardRow;
  const statuses: RagStatus[] = ['red', 'green', 'amber', 'red', 'no-target'];
  const card = {
    asAt: '2015-12',
    sections: ['FRONT DOOR', 'CP', 'LAC'],
    rows: ordered.map((i, k) => row(i, statuses[k]!)),
    counts: { red: 2, amber: 1, green: 1, 'no-target': 1, 'no-data': 0, tbc: 0 },
  } as unknown as Scorecard;

  it('keeps only the view rows, sections together in the order first reached, counts of those rows', () => {
    const out = scorecardForView(card, ['7.7', '2.8', '7.1']);
    expect(out.rows.map((r) => r.indicator.id)).toEqual(['7.7', '7.1', '2.8']);
    expect(out.sections).toEqual(['LAC', 'FRONT DOOR']);
    expect(out.counts).toEqual({
      red: 1,
      amber: 0,
      green: 1,
      'no-target': 1,
      'no-data': 0,
      tbc: 0,
    });
    // the rows are the full scorecard's own objects: same figures as the subgroup's full set
    expect(out.rows[0]).toBe(card.rows[4]);
  });
});
