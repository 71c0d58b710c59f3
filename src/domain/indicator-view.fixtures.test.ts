/**
 * The indicator view on the project's own fixtures (the December 2015 demo, imported in the
 * demo's order): what the indicator pages of 2.1, 2.8 and 3.5 show.
 */
import { describe, expect, it } from 'vitest';
import { computeIndicatorView } from '@/domain/indicator-view';
import { indicatorHeadline } from '@/domain/headline';
import { buildExampleWorkspace } from '@/data/demo';

/** The December 2015 example, built from the committed fixtures as the app builds it. */
const ws = buildExampleWorkspace('2024-01-01T00:00:00.000Z');
const view = (id: string) => {
  const v = computeIndicatorView(ws, id, '2015-12');
  if (!v) throw new Error(`no view for ${id}`);
  return v;
};

describe('indicator view of the December 2015 demo', () => {
  it('contacts (2.1): all nine months Apr-15 to Dec-15, and 2014/15 as the annual trend', () => {
    const v = view('2.1');
    const shown = v.year.points.filter((p) => p.value !== null);
    expect(shown.map((p) => p.label)).toEqual([
      'Apr-15',
      'May-15',
      'Jun-15',
      'Jul-15',
      'Aug-15',
      'Sep-15',
      'Oct-15',
      'Nov-15',
      'Dec-15',
    ]);
    expect(shown.map((p) => p.value)).toEqual([880, 860, 999, 1032, 1030, 1145, 935, 1029, 1041]);
    expect(v.annual.find((a) => a.year === '2014/15')).toEqual({
      year: '2014/15',
      value: 10517,
      source: 'imported',
    });
  });

  it('re-referrals (2.8): SN average and England 2014/15, Red against the 23% target', () => {
    const v = view('2.8');
    expect(v.references.map((r) => [r.kind, r.value, r.year])).toEqual([
      ['sn_avg', 23.6, '2014/15'],
      ['national_avg', 24, '2014/15'],
    ]);
    expect(v.target.lines).toEqual([{ kind: 'target', value: 23 }]);
    expect(v.target.amberBands).toEqual([{ low: 23, high: 26 }]);
    expect(indicatorHeadline(v)).toMatch(
      /rose to 29\.3% in December 2015: worse than last month; rolling year 29\.3% is 5\.7 points worse than the statistical-neighbour average of 23\.6% \(2014\/15\); Red against the 23% target\.$/,
    );
  });

  it('assessment outcomes (3.5): drawn with 3.6-3.8', () => {
    expect(view('3.5').related?.series.map((s) => s.indicator.id)).toEqual([
      '3.5',
      '3.6',
      '3.7',
      '3.8',
    ]);
  });
});
