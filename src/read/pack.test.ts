import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildExampleWorkspace } from '@/data/demo';
import { councilNameOf, packOf } from './pack';

const example = buildExampleWorkspace('2016-02-03T10:00:00.000Z');

describe('packOf: the committee pack of the December 2015 report', () => {
  // The golden file made from the printed report: our DOT and RAG for every indicator.
  const expected = readFileSync(resolve(process.cwd(), 'fixtures/expected-2015-12.csv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(','))
    .map(([id, , dot, , rag]) => ({ id: id!, dot: dot!, rag: rag! }));
  const all = { scope: 'all', leftOut: new Set<string>(), only: null } as const;

  it('exceptions only: the rows rated Red or Amber or worsening, nothing else', () => {
    const pack = packOf(example, '2015-12', null, { ...all, scope: 'exceptions' }, '2015-11');
    const exceptions = expected
      .filter((e) => e.rag === 'red' || e.rag === 'amber' || e.dot === 'worsening')
      .map((e) => e.id);
    expect(exceptions).toHaveLength(42);
    expect(pack.rows.map((r) => r.indicator.id).sort()).toEqual([...exceptions].sort());
  });

  it('all 75: the contents point each indicator at its page after the scorecard', () => {
    const pack = packOf(example, '2015-12', null, all, '2015-11');
    expect(pack.rows).toHaveLength(75);
    const { layout } = pack;
    // Cover 1, contents 2, key messages 3, summary 4.
    expect(layout.summaryPage).toBe(4);
    const first = layout.scorecardFirstPage + layout.scorecard.length;
    expect(layout.indicatorPages.get('2.1')).toBe(first);
    expect(layout.total).toBe(first + 74);
    // Every scorecard row printed once, over pages of at most 14 lines.
    expect(layout.scorecard.flatMap((p) => p.flatMap((g) => g.rows))).toHaveLength(75);
    // The same object for the same choice (kept per workspace).
    expect(packOf(example, '2015-12', null, { ...all, leftOut: new Set() }, '2015-11')).toBe(pack);
  });

  it('the summary counts and changes leave out the sections left out', () => {
    const pack = packOf(
      example,
      '2015-12',
      null,
      { ...all, leftOut: new Set(['CASELOAD']) },
      '2015-09',
    );
    expect(pack.countsBySection.map((c) => c.section)).not.toContain('CASELOAD');
    expect(pack.changes.every((c) => c.row.indicator.section !== 'CASELOAD')).toBe(true);
    expect(pack.compareWith).toBe('2015-09');
  });
});

describe('councilNameOf: the council on the pack cover', () => {
  const list = {
    file: 'sn.csv',
    las: [
      { code: '372', name: 'Rotherham', region: 'Yorkshire and The Humber', neighbours: [] },
      { code: '370', name: 'Barnsley', region: 'Yorkshire and The Humber', neighbours: [] },
    ],
  };
  it.each([
    ['no own LA chosen', { neighbours: [list], ownLa: null }, null],
    ['Rotherham chosen', { neighbours: [list], ownLa: '372' }, 'Rotherham'],
    ['an LA the files do not name', { neighbours: [list], ownLa: '999' }, null],
  ])('%s', (_case, extra, name) => {
    expect(councilNameOf({ ...example, ...extra })).toBe(name);
  });
});
