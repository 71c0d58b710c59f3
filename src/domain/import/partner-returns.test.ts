import { describe, expect, it } from 'vitest';
import { parseText } from '@/domain/import/parse-file';
import type { Indicator } from '@/domain/types';
import { placeholderIndicator } from '@/domain/workspace';

const at = '2016-01-25T09:00:00.000Z';
const tracked: Indicator = {
  ...placeholderIndicator('H1', 0),
  unit: 'percent',
  agency: 'health',
  expected: { frequency: 'monthly', dueDays: 20 },
};
const untracked: Indicator = { ...placeholderIndicator('2.1', 1), unit: 'count' };
const parse = (header: string, rows: string[]) =>
  parseText('return.csv', [header, ...rows].join('\n'), at, [tracked, untracked]);

describe("a partner agency's return (SPEC 2.9)", () => {
  it("records the file's agency with each value", () => {
    const p = parse('indicator_id,period,value,numerator,denominator,note,agency', [
      'H1,2015-12,,28,33,,Health',
      '2.1,2015-12,1041,,,,NHS',
    ]);
    expect(p.kind).toBe('monthly-long');
    expect(p.problems).toEqual([]);
    expect(p.observations.map((o) => [o.indicatorId, o.value, o.provenance.agency])).toEqual([
      ['H1', 84.8, 'health'],
      ['2.1', 1041, 'health'],
    ]);
  });

  it.each([
    // header, row, markers kept (indicator, marker, agency)
    [
      'with an agency column, a marker',
      'agency',
      'H1,2015-12,n/a,,,,Health',
      [['H1', 'n/a', 'health']],
    ],
    ['with an agency column, a blank: not a return', 'agency', 'H1,2015-12,,,,,Health', []],
    ['a tracked indicator in the council’s file', 'x', 'H1,2015-12,c,,,,', [['H1', 'c', 'health']]],
    ['an untracked indicator in the council’s file', 'x', '2.1,2015-12,-,,,,', []],
  ])('%s', (_, last, row, markers) => {
    const p = parse(`indicator_id,period,value,numerator,denominator,note,${last}`, [row]);
    expect((p.markers ?? []).map((m) => [m.indicatorId, m.marker, m.agency])).toEqual(markers);
    expect(p.observations).toEqual([]);
  });

  it('a value given later for the same period replaces the marker, and the other way round', () => {
    const header = 'indicator_id,period,value,numerator,denominator,note,agency';
    const p = parse(header, ['H1,2015-12,n/a,,,,Health', 'H1,2015-12,80.0,,,,Health']);
    expect([p.markers, p.observations.map((o) => o.value)]).toEqual([undefined, [80]]);
    const q = parse(header, ['H1,2015-12,80.0,,,,Health', 'H1,2015-12,n/a,,,,Health']);
    expect([q.markers?.length, q.observations]).toEqual([1, []]);
  });
});
