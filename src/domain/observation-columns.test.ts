import { describe, expect, it } from 'vitest';
import type { Observation } from '@/domain/types';
import {
  ColumnsReader,
  decodeObservations,
  decodePatch,
  encodeObservations,
  encodePatch,
  whyNotColumns,
} from '@/domain/observation-columns';

const o = (over: Partial<Observation>): Observation => ({
  indicatorId: '2.1',
  period: '2015-12',
  value: 46.6,
  numerator: 7,
  denominator: 15,
  decimals: 1,
  raw: '46.6%',
  note: '',
  provenance: { file: 'detail.csv', importedAt: '2016-01-10T09:00:00.000Z', line: 2 },
  ...over,
});

describe('observations as columns', () => {
  it.each([
    ['an empty list', []],
    [
      'numbers, fractions and notes',
      [o({}), o({ period: '2016-01', note: 'late', raw: '7 of 15' })],
    ],
    ['nulls kept apart from zero', [o({ value: null, numerator: null, denominator: 0, raw: '-' })]],
    ['cell text with any character', [o({ raw: 'a\u0000b' }), o({ raw: '' }), o({ raw: '£ “x”' })]],
    [
      'a year key and another file',
      [o({ period: '2014/15', provenance: { file: 'b.csv', importedAt: 't', line: 9 } })],
    ],
  ])('%s come back as they were', (_t, list) => {
    const columns = encodeObservations(list);
    expect(whyNotColumns(columns)).toBeNull();
    expect(decodeObservations(structuredClone(columns))).toEqual(list);
  });

  it('shares the repeated strings: 1,000 values of one indicator and file hold 4 strings of those', () => {
    const list = Array.from({ length: 1000 }, (_, i) =>
      o({ provenance: { file: 'f', importedAt: 't', line: i } }),
    );
    const columns = encodeObservations(list);
    // '2.1', '2015-12', 'f', 't', '' (the note)
    expect(columns.strings).toEqual(['2.1', '2015-12', 'f', 't', '']);
    const back = decodeObservations(columns);
    expect(back[0]!.indicatorId).toBe(back[999]!.indicatorId);
  });

  it('decodes a slice at a time into the same list', () => {
    const list = Array.from({ length: 25 }, (_, i) => o({ raw: `v${i}`, value: i }));
    const reader = new ColumnsReader(encodeObservations(list));
    const out: Observation[] = [];
    const steps: number[] = [];
    while (!reader.done) steps.push(reader.read(10, out));
    expect(steps).toEqual([10, 10, 5]);
    expect(out).toEqual(list);
  });

  it.each([
    ['not a record', null, 'not a record'],
    [
      'a short column',
      { ...encodeObservations([o({})]), value: new Float64Array(0) },
      'the column value is not 1 long',
    ],
    [
      'a string index past the table',
      { ...encodeObservations([o({})]), period: Uint32Array.of(99) },
      'the column period points past its table',
    ],
    [
      'NaN where a number is',
      { ...encodeObservations([o({})]), numerator: Float64Array.of(Number.NaN) },
      'item 1: the numerator is NaN, not a finite number',
    ],
    [
      'text shorter than its lengths',
      { ...encodeObservations([o({})]), raw: '4' },
      'the cell text does not match its lengths',
    ],
  ])('refuses %s, saying what is wrong', (_t, value, why) => {
    expect(whyNotColumns(value)).toBe(why);
  });

  it('a patch goes through columns and back unchanged, revisions included', () => {
    const patch = {
      at: [1, -1],
      observations: [o({ value: 50 }), o({ period: '2016-01' })],
      revisions: [
        {
          indicatorId: '2.1',
          period: '2015-12',
          previous: o({ value: 49 }),
          replacedBy: { file: 'n.csv', importedAt: 'u', line: 4 },
        },
      ],
      indicatorIds: ['2.1'],
    };
    const back = decodePatch(structuredClone(encodePatch(patch)));
    expect({ ...back, at: Array.from(back.at) }).toEqual(patch);
  });
});
