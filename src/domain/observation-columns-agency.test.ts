import { describe, expect, it } from 'vitest';
import {
  decodeObservations,
  decodePatch,
  encodeObservations,
  encodePatch,
  whyNotColumns,
} from '@/domain/observation-columns';
import type { Observation } from '@/domain/types';

const obs = (id: string, agency?: string): Observation => ({
  indicatorId: id,
  period: '2015-12',
  value: 1,
  numerator: null,
  denominator: null,
  decimals: 0,
  raw: '1',
  note: '',
  provenance: { file: 'f.csv', importedAt: 't', line: 2, ...(agency ? { agency } : {}) },
});

describe("a partner's agency kept with each value through columns (SPEC 2.9)", () => {
  it.each([
    ['none has one', [obs('A'), obs('B')]],
    ['all have one', [obs('A', 'police'), obs('B', 'health')]],
    ['the first has none', [obs('A'), obs('B', 'police'), obs('C')]],
  ])('%s: decoded as encoded', (_, list) => {
    const columns = encodeObservations(list);
    expect(whyNotColumns(columns)).toBeNull();
    expect(decodeObservations(columns)).toEqual(list);
  });

  it('adds no column when no value has an agency (records stay as they were)', () => {
    expect(encodeObservations([obs('A')]).agency).toBeUndefined();
  });

  it('keeps it in a patch sent from the worker', () => {
    const patch = {
      at: [-1],
      observations: [obs('A', 'lado')],
      revisions: [],
      indicatorIds: ['A'],
    };
    expect(decodePatch(encodePatch(patch)).observations[0]!.provenance.agency).toBe('lado');
  });

  it('refuses an agency column of the wrong length or pointing past its table', () => {
    const c = encodeObservations([obs('A', 'police')]);
    expect(whyNotColumns({ ...c, agency: new Uint32Array(2) })).toBe(
      'the column agency is not 1 long',
    );
    expect(whyNotColumns({ ...c, agency: Uint32Array.of(99) })).toBe(
      'the column agency points past its table',
    );
  });
});
