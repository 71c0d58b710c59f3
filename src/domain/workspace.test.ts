import { describe, expect, it } from 'vitest';
import type { Indicator, Observation, ParsedFile } from '@/domain/types';
import {
  applyObservationPatch,
  indexObservations,
  mergeObservations,
  availableMonths,
  emptyWorkspace,
  latestMonth,
  mergeImport,
  placeholderIndicator,
  removeImport,
  revisionsOf,
} from '@/domain/workspace';
import { previewImport, previewImportListing } from '@/domain/import-preview';

const obs = (
  indicatorId: string,
  period: string,
  value: number | null,
  file: string,
): Observation => ({
  indicatorId,
  period,
  value,
  numerator: null,
  denominator: null,
  decimals: 0,
  raw: value === null ? '' : String(value),
  note: '',
  provenance: { file, importedAt: '', line: 2 },
});

const indicator = (id: string, extra: Partial<Indicator> = {}): Indicator => ({
  ...placeholderIndicator(id, 0),
  section: 'CONTACT',
  name: `Name ${id}`,
  ...extra,
});

const file = (name: string, parts: Partial<ParsedFile>): ParsedFile => ({
  file: name,
  kind: 'monthly-long',
  rowsRead: 0,
  rowsAccepted: 0,
  indicators: [],
  observations: [],
  benchmarks: [],
  importedYtd: [],
  printed: [],
  population: [],
  problems: [],
  ...parts,
});

const first = file('nov.csv', {
  indicators: [indicator('2.1')],
  observations: [obs('2.1', '2015-10', 935, 'nov.csv'), obs('2.1', '2015-11', 1029, 'nov.csv')],
});
const second = file('dec.csv', {
  observations: [obs('2.1', '2015-11', 1031, 'dec.csv'), obs('2.1', '2015-12', 1041, 'dec.csv')],
});

describe('workspace merge and revisions (SPEC 2.7)', () => {
  const ws1 = mergeImport(emptyWorkspace(), [first], '2016-01-05T10:00:00Z');
  const ws2 = mergeImport(ws1, [second], '2016-01-18T10:00:00Z');

  it('previews new months and every revised value before confirming', () => {
    const p = previewImport(ws1, [second]);
    expect(p.newMonths).toEqual(['2015-12']);
    expect(p.revisions).toHaveLength(1);
    expect(p.revisions[0]?.before.value).toBe(1029);
    expect(p.revisions[0]?.after.value).toBe(1031);
    expect(p.revisions[0]?.indicatorName).toBe('Name 2.1');
  });

  it('replaces a re-imported month and keeps the earlier value with its file and time', () => {
    expect(ws2.observations.find((o) => o.period === '2015-11')?.value).toBe(1031);
    const revs = revisionsOf(ws2, '2.1', '2015-11');
    expect(revs).toHaveLength(1);
    expect(revs[0]?.previous.value).toBe(1029);
    expect(revs[0]?.previous.provenance.file).toBe('nov.csv');
    expect(revs[0]?.replacedBy).toMatchObject({
      file: 'dec.csv',
      importedAt: '2016-01-18T10:00:00Z',
    });
  });

  it('does not record a revision when the same value is imported again', () => {
    const again = mergeImport(ws2, [second], '2016-01-19T10:00:00Z');
    expect(again.revisions).toHaveLength(1);
    expect(previewImport(ws2, [second]).unchanged).toBe(2);
  });

  it.each([
    ['76', 0, '76.0%', 1, '76.0%', 1],
    ['76.0%', 1, '76', 0, '76.0%', 1],
  ])(
    'the same reading spelt %j then %j is no revision and shows as precisely as printed',
    (firstRaw, firstDp, laterRaw, laterDp, shownRaw, shownDp) => {
      const a = { ...obs('2.5', '2015-11', 76, 'detail.csv'), raw: firstRaw, decimals: firstDp };
      const b = { ...obs('2.5', '2015-11', 76, 'sheet.csv'), raw: laterRaw, decimals: laterDp };
      let w = mergeImport(emptyWorkspace(), [file('detail.csv', { observations: [a] })], 't1');
      w = mergeImport(w, [file('sheet.csv', { observations: [b] })], 't2');
      expect(w.revisions).toEqual([]);
      const kept = w.observations.find((o) => o.period === '2015-11');
      expect(kept).toMatchObject({ raw: shownRaw, decimals: shownDp });
      // The value still belongs to the file that first gave it.
      expect(kept?.provenance.file).toBe('detail.csv');
    },
  );

  it.each<
    [
      string,
      [number | null, number | null],
      [number | null, number | null],
      boolean,
      [number | null, number | null],
    ]
  >([
    [
      'a sheet without the fraction repeats the detail page',
      [1, 362],
      [null, null],
      false,
      [1, 362],
    ],
    ['a later file adds the fraction', [null, null], [1, 362], false, [1, 362]],
    ['a different numerator behind the same rounded value', [1, 362], [2, 362], true, [2, 362]],
  ])('0.3%% then 0.3%%: %s', (_case, [n1, d1], [n2, d2], revised, [n, d]) => {
    const a = { ...obs('6.10', '2015-12', 0.3, 'detail.csv'), numerator: n1, denominator: d1 };
    const b = { ...obs('6.10', '2015-12', 0.3, 'sheet.csv'), numerator: n2, denominator: d2 };
    let w = mergeImport(emptyWorkspace(), [file('detail.csv', { observations: [a] })], 't1');
    expect(previewImport(w, [file('sheet.csv', { observations: [b] })]).unchanged).toBe(
      revised ? 0 : 1,
    );
    w = mergeImport(w, [file('sheet.csv', { observations: [b] })], 't2');
    expect(w.revisions).toHaveLength(revised ? 1 : 0);
    expect(w.observations[0]).toMatchObject({ numerator: n, denominator: d });
  });

  it.each([
    // 3 new values (2.2 in three months) and 2 revisions (2.1 and 2.3 in 2015-11 changed).
    [1, 1, 1],
    [2, 2, 2],
    [10, 3, 2],
  ])(
    'lists at most %i new values and revisions, with the whole counts beside them',
    (cap, newListed, revisedListed) => {
      const held = mergeImport(
        emptyWorkspace(),
        [
          file('a.csv', {
            observations: [obs('2.1', '2015-11', 10, 'a.csv'), obs('2.3', '2015-11', 5, 'a.csv')],
          }),
        ],
        't1',
      );
      const later = file('b.csv', {
        observations: [
          obs('2.1', '2015-11', 11, 'b.csv'),
          obs('2.2', '2015-10', 1, 'b.csv'),
          obs('2.2', '2015-11', 2, 'b.csv'),
          obs('2.3', '2015-11', 6, 'b.csv'),
          obs('2.2', '2015-12', 3, 'b.csv'),
        ],
      });
      const { preview, totals } = previewImportListing(held, [later], cap);
      expect(totals).toEqual({ newValues: 3, revisions: 2 });
      expect(preview.newValues).toHaveLength(newListed);
      expect(preview.newValues[0]).toEqual({ indicatorId: '2.2', period: '2015-10' });
      expect(preview.revisions.map((r) => r.indicatorId)).toEqual(
        ['2.1', '2.3'].slice(0, revisedListed),
      );
      // The months and counts are whole whatever is listed.
      expect(preview.newMonths).toEqual(['2015-10', '2015-12']);
      expect(previewImport(held, [later]).newValues).toHaveLength(3);
    },
  );

  describe('one file compared in one pass, or the last value of each pair first', () => {
    const held = mergeImport(
      emptyWorkspace(),
      [file('a.csv', { observations: [obs('2.1', '2015-11', 10, 'a.csv')] })],
      't1',
    );
    const values = [
      obs('2.2', '2015-10', 1, 'b.csv'),
      obs('2.1', '2015-11', 11, 'b.csv'),
      obs('2.2', '2015-11', 2, 'b.csv'),
      obs('2.3', '2015-12', 3, 'b.csv'),
    ];
    const compared = (files: ReturnType<typeof file>[]) => {
      const { preview, totals } = previewImportListing(held, files, 10);
      const { newValues, revisions, unchanged, newMonths } = preview;
      return { newValues, revisions, unchanged, newMonths, totals };
    };

    it('the same as the values split between two files', () => {
      const one = compared([file('b.csv', { observations: values })]);
      expect(one).toEqual(
        compared([
          file('b.csv', { observations: values.slice(0, 2) }),
          file('c.csv', { observations: values.slice(2) }),
        ]),
      );
      expect(one.totals).toEqual({ newValues: 3, revisions: 1 });
      expect(one.newValues.map((v) => `${v.indicatorId} ${v.period}`)).toEqual([
        '2.2 2015-10',
        '2.2 2015-11',
        '2.3 2015-12',
      ]);
    });

    it.each([
      ['a held pair', obs('2.1', '2015-11', 10, 'b.csv'), obs('2.1', '2015-11', 12, 'b.csv')],
      ['a new pair', obs('2.4', '2015-11', 7, 'b.csv'), obs('2.4', '2015-11', 8, 'b.csv')],
    ])('a file giving %s twice: its later value is the one compared, once', (_t, first, later) => {
      const { totals, revisions, unchanged, newValues } = compared([
        file('b.csv', { observations: [first, ...values.slice(2), later] }),
      ]);
      if (first.indicatorId === '2.1') {
        // 10 then 12 against 10 held: one revision to 12, nothing unchanged.
        expect(totals).toEqual({ newValues: 2, revisions: 1 });
        expect(revisions[0]!.after.value).toBe(12);
        expect(unchanged).toBe(0);
      } else {
        expect(totals).toEqual({ newValues: 3, revisions: 0 });
        // In the order the pairs first came.
        expect(newValues[0]).toEqual({ indicatorId: '2.4', period: '2015-11' });
      }
    });
  });

  it('knows the latest month with data', () => {
    expect(availableMonths(ws2)).toEqual(['2015-10', '2015-11', '2015-12']);
    expect(latestMonth(ws2)).toBe('2015-12');
    expect(latestMonth(emptyWorkspace())).toBeNull();
  });

  it('removing an import puts back the values it replaced', () => {
    const id = ws2.imports[1]?.id ?? '';
    const back = removeImport(ws2, id);
    expect(back.observations.find((o) => o.period === '2015-11')?.value).toBe(1029);
    expect(back.observations.find((o) => o.period === '2015-12')).toBeUndefined();
    expect(back.revisions).toHaveLength(0);
    expect(back.imports).toHaveLength(1);
  });

  it('keeps values of indicators no file described, under a placeholder', () => {
    const ws = mergeImport(
      emptyWorkspace(),
      [file('x.csv', { observations: [obs('11.1', '2015-12', 4, 'x.csv')] })],
      't',
    );
    expect(ws.indicators.map((i) => i.name)).toEqual(['Indicator 11.1']);
    const removed = removeImport(ws, ws.imports[0]?.id ?? '');
    expect(removed.indicators).toHaveLength(0);
  });

  it('a scorecard sheet updates targets but keeps the catalogue YTD kind and unit', () => {
    const cat = file('cat.csv', {
      kind: 'catalogue',
      indicators: [indicator('2.3', { ytd: 'ratio', unit: 'percent' })],
    });
    const sheet = file('sheet.csv', {
      kind: 'scorecard',
      indicators: [
        indicator('2.3', {
          ytd: 'latest',
          unit: 'count',
          targetCells: { red: '<83%', amber: '83%>', green: '86%' },
        }),
      ],
    });
    const ws = mergeImport(emptyWorkspace(), [cat, sheet], 't');
    expect(ws.indicators[0]).toMatchObject({
      ytd: 'ratio',
      unit: 'percent',
      targetCells: { red: '<83%' },
    });
  });

  it("a scorecard sheet keeps the catalogue's small-numbers threshold", () => {
    const cat = file('cat.csv', {
      kind: 'catalogue',
      indicators: [indicator('7.7', { smallNumbersThreshold: 5 })],
    });
    const sheet = file('sheet.csv', { kind: 'scorecard', indicators: [indicator('7.7')] });
    const ws = mergeImport(emptyWorkspace(), [cat, sheet], 't');
    expect(ws.indicators[0]!.smallNumbersThreshold).toBe(5);
  });
});

describe('removing an import takes out everything it brought, and brings back what it replaced', () => {
  const sn = (value: number) => ({
    indicatorId: '2.8',
    benchmark: 'sn_avg' as const,
    period: '2014/15',
    value,
    source: '',
    label: '',
  });
  const bench = (name: string, value: number) =>
    file(name, { kind: 'benchmarks', benchmarks: [sn(value)] });
  const snOf = (w: ReturnType<typeof emptyWorkspace>) =>
    w.benchmarks.filter((b) => b.indicatorId === '2.8').map((b) => b.value);
  const importOf = (w: ReturnType<typeof emptyWorkspace>, name: string) =>
    w.imports.find((r) => r.file === name)!.id;

  it('the preview lists a benchmark the file would change, not one it repeats', () => {
    const w = mergeImport(emptyWorkspace(), [bench('b1.csv', 23.6)], 't1');
    expect(previewImport(w, [bench('b2.csv', 24.1)]).revisedBenchmarks).toEqual([
      { indicatorId: '2.8', kind: 'sn_avg', period: '2014/15', before: 23.6, after: 24.1 },
    ]);
    expect(previewImport(w, [bench('b2.csv', 23.6)]).revisedBenchmarks).toEqual([]);
  });

  it('a benchmarks file: removed, its benchmarks go', () => {
    const w = mergeImport(emptyWorkspace(), [bench('b1.csv', 23.6)], 't1');
    expect(snOf(w)).toEqual([23.6]);
    expect(snOf(removeImport(w, importOf(w, 'b1.csv')))).toEqual([]);
  });

  it('a later benchmarks file: removed, the earlier value returns', () => {
    let w = mergeImport(emptyWorkspace(), [bench('b1.csv', 23.6)], 't1');
    w = mergeImport(w, [bench('b2.csv', 24.1)], 't2');
    expect(snOf(w)).toEqual([24.1]);
    expect(snOf(removeImport(w, importOf(w, 'b2.csv')))).toEqual([23.6]);
  });

  it('three files on one benchmark: removing the middle one, then the last, gives the first', () => {
    let w = mergeImport(emptyWorkspace(), [bench('b1.csv', 23.6)], 't1');
    w = mergeImport(w, [bench('b2.csv', 24.1)], 't2');
    w = mergeImport(w, [bench('b3.csv', 25.0)], 't3');
    w = removeImport(w, importOf(w, 'b2.csv'));
    expect(snOf(w)).toEqual([25.0]);
    w = removeImport(w, importOf(w, 'b3.csv'));
    expect(snOf(w)).toEqual([23.6]);
    expect(w.superseded).toEqual([]);
  });

  it('a scorecard sheet: removed, its printed YTD and printed DOT/RAG go too', () => {
    const sheet = file('sheet.csv', {
      kind: 'scorecard',
      indicators: [indicator('2.1')],
      observations: [obs('2.1', '2015-12', 1041, 'sheet.csv')],
      importedYtd: [
        {
          indicatorId: '2.1',
          month: '2015-12',
          value: 8727,
          numerator: null,
          denominator: null,
          raw: '8727',
        },
      ],
      printed: [
        { indicatorId: '2.1', month: '2015-12', dot: '↑', rag: '', file: 'sheet.csv', line: 2 },
      ],
      population: [{ period: '2015/16', population0to17: 56400 }],
    });
    const w = mergeImport(emptyWorkspace(), [sheet], 't1');
    expect([w.importedYtd.length, w.printed.length, w.population.length]).toEqual([1, 1, 1]);
    const after = removeImport(w, importOf(w, 'sheet.csv'));
    expect([after.importedYtd, after.printed, after.population, after.observations]).toEqual([
      [],
      [],
      [],
      [],
    ]);
  });

  it('keeps items of workspaces saved before imports were recorded on them', () => {
    const legacy = { ...emptyWorkspace(), benchmarks: [sn(22)] };
    const w = mergeImport(legacy, [bench('b1.csv', 23.6)], 't1');
    expect(snOf(removeImport(w, importOf(w, 'b1.csv')))).toEqual([22]);
  });
});

describe('the preview of published national files', () => {
  it('names a national dataset and a neighbour list, which bring no values of their own', () => {
    const national = file('c1.csv', {
      kind: 'national',
      national: { file: 'c1.csv', filters: [], measures: ['a', 'b'], rows: [] },
    });
    const neighbours = file('sn.csv', {
      kind: 'neighbours',
      neighbours: {
        file: 'sn.csv',
        las: [{ code: '372', name: 'Rotherham', region: '', neighbours: [] }],
      },
    });
    expect(previewImport(emptyWorkspace(), [national, neighbours]).published).toEqual([
      { file: 'c1.csv', words: 'published national data: 2 measures, 0 rows' },
      { file: 'sn.csv', words: 'statistical neighbours of 1 local authority' },
    ]);
  });
});

describe('mergeObservations and applyObservationPatch (the rule the import worker runs)', () => {
  const obs = (
    period: string,
    value: number | null,
    extra: Partial<Observation> = {},
  ): Observation => ({
    indicatorId: '1.1',
    period,
    value,
    numerator: null,
    denominator: null,
    decimals: 0,
    raw: String(value),
    note: '',
    provenance: { file: 'a.csv', importedAt: 'x', line: 2 },
    ...extra,
  });
  const held = [obs('2015-11', 50), obs('2015-12', 60)];
  // Worked out by hand: positions in `held` (0 Nov, 1 Dec), -1 appended; values after.
  it.each([
    ['new', [obs('2016-01', 70)], [-1], ['2015-11 50', '2015-12 60', '2016-01 70'], []],
    ['revised', [obs('2015-12', 61)], [1], ['2015-11 50', '2015-12 61'], ['2015-12 60']],
    ['unchanged', [obs('2015-11', 50)], [], ['2015-11 50', '2015-12 60'], []],
    [
      'duplicate rows in one file, new period: the later reading wins, the earlier kept as revision',
      [obs('2016-01', 70), obs('2016-01', 71)],
      [-1],
      ['2015-11 50', '2015-12 60', '2016-01 71'],
      ['2016-01 70'],
    ],
    [
      'duplicate rows revising a held period: both earlier readings kept',
      [obs('2015-12', 61), obs('2015-12', 62)],
      [1],
      ['2015-11 50', '2015-12 62'],
      ['2015-12 60', '2015-12 61'],
    ],
    [
      'the same reading more precisely: kept in place with the more precise spelling',
      [obs('2015-11', 50, { decimals: 1, raw: '50.0' })],
      [0],
      ['2015-11 50 (50.0)', '2015-12 60'],
      [],
    ],
  ])('%s', (_t, incoming, at, after, revised) => {
    const patch = mergeObservations(held, indexObservations(held), incoming, 'T');
    expect(patch.at).toEqual(at);
    const next = applyObservationPatch(held, patch);
    expect(
      next.map((o) => `${o.period} ${o.value}${o.raw === String(o.value) ? '' : ` (${o.raw})`}`),
    ).toEqual(after);
    expect(patch.revisions.map((r) => `${r.period} ${r.previous.value}`)).toEqual(revised);
    expect(held.map((o) => o.value)).toEqual([50, 60]);
  });
});
