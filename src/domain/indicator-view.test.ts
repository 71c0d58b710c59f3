import { describe, expect, it } from 'vitest';
import { computeIndicatorView, targetGuide } from '@/domain/indicator-view';
import { relatedMeasures } from '@/domain/related-measures';
import type { Target } from '@/domain/types';
import { smallWorkspace } from '@/domain/indicator-view.fixture';

const ws = smallWorkspace();
const view = (id: string, asAt = '2015-12') => {
  const v = computeIndicatorView(ws, id, asAt);
  if (!v) throw new Error(`no view for ${id}`);
  return v;
};

describe('computeIndicatorView', () => {
  it('is null for an indicator the workspace does not have', () => {
    expect(computeIndicatorView(ws, '99.9', '2015-12')).toBeNull();
  });

  it('gives the twelve months of the selected and the previous financial year, labelled Apr-15 ...', () => {
    const v = view('2.8');
    expect(v.year.year).toBe('2015/16');
    expect(v.previousYear.year).toBe('2014/15');
    expect(v.year.points.map((p) => p.label)).toEqual([
      'Apr-15',
      'May-15',
      'Jun-15',
      'Jul-15',
      'Aug-15',
      'Sep-15',
      'Oct-15',
      'Nov-15',
      'Dec-15',
      'Jan-16',
      'Feb-16',
      'Mar-16',
    ]);
    expect(v.year.points.map((p) => p.value).slice(6)).toEqual([
      26.8,
      28.2,
      29.3,
      null,
      null,
      null,
    ]);
    expect(v.previousYear.points[11]).toMatchObject({ label: 'Mar-15', value: 22.8 });
  });

  it.each([
    ['2015-10', [26.8, null, null]],
    ['2015-11', [26.8, 28.2, null]],
  ])('as at %s leaves the later months empty', (asAt, octToDec) => {
    expect(
      view('2.8', asAt)
        .year.points.slice(6, 9)
        .map((p) => p.value),
    ).toEqual(octToDec);
  });

  it('keeps numerator and denominator, and the value a re-import replaced', () => {
    expect(view('3.3').year.points[8]).toMatchObject({
      value: 79.2,
      numerator: 122,
      denominator: 154,
    });
    const dec = view('2.1').year.points[8];
    expect(dec?.value).toBe(1041);
    expect(dec?.revisedFrom?.value).toBe(1052);
    expect(view('2.1').year.points[7]?.revisedFrom).toBeNull();
  });

  it('gives SN average and England with their year as reference lines', () => {
    expect(view('2.8').references).toEqual([
      { kind: 'sn_avg', value: 23.6, year: '2014/15', stale: false },
      { kind: 'national_avg', value: 24, year: '2014/15', stale: false },
    ]);
    expect(view('2.1').references).toEqual([]);
  });

  it('marks a benchmark older than the latest two years as out of date', () => {
    expect(
      view('3.3').gaps.map((g) => [g.cell.kind, g.cell.benchmark.period, g.cell.stale]),
    ).toEqual([['sn_avg', '2012/13', true]]);
  });

  it('gives a gap for every benchmark but the top-quartile threshold, which is a position', () => {
    const v = view('2.8');
    expect(v.gaps.map((g) => g.cell.kind)).toEqual([
      'sn_avg',
      'best_sn',
      'national_avg',
      'national_top_quartile',
    ]);
    expect(v.gaps[0]?.gap?.gap).toBeCloseTo(5.7, 9);
    expect(v.gaps[2]?.gap?.gap).toBeCloseTo(5.3, 9);
    expect(v.gaps[3]?.gap).toBeNull();
    expect(v.topQuartile).not.toBeNull();
  });

  it('lists annual outturns, imported or computed, leaving out the year in progress', () => {
    expect(view('2.8').annual).toEqual([
      { year: '2013/14', value: 24.9, source: 'imported' },
      { year: '2014/15', value: 22.8, source: 'imported' },
    ]);
    expect(view('2.1').annual).toEqual([{ year: '2014/15', value: 10517, source: 'imported' }]);
  });

  it('says what each revision changed, newest period first', () => {
    const [revision] = view('2.1').revisions;
    expect(revision?.sentence).toBe(
      'Dec-15: 1,041, revised from 1,052 (detail-monthly-2015.csv, 18 Jan 2016)',
    );
    expect(view('2.8').revisions).toEqual([]);
  });

  it('gives the month note and the previous month note', () => {
    const v = view('2.8');
    expect(v.commentary).toBeNull();
    expect(v.previousCommentary?.text).toBe('Re-referrals continue to rise.');
    expect(view('2.8', '2015-11').commentary?.text).toBe('Re-referrals continue to rise.');
  });

  it.each([
    ['2.1', null, '2.8'],
    ['2.8', '2.1', '3.3'],
    ['3.3', '2.8', '3.5'],
    ['3.8', '3.7', null],
  ])('%s sits between %s and %s in the scorecard order', (id, previous, next) => {
    const v = view(id);
    expect([v.previousId, v.nextId]).toEqual([previous, next]);
  });

  it('draws the assessment outcomes 3.5-3.8 together, the indicator first', () => {
    const v = view('3.6');
    expect(v.related?.series.map((s) => s.label)).toEqual([
      '3.6 No further action',
      '3.5 Ongoing Involvement',
      '3.7 Step down to Early Help / Other Agency',
      '3.8 Out of area',
    ]);
    expect(v.related?.series[0]?.points.slice(6, 9).map((p) => p.value)).toEqual([
      40.1, 38.2, 30.1,
    ]);
    expect(view('2.8').related).toBeNull();
    expect(view('3.3').related).toBeNull();
  });
});

describe('relatedMeasures', () => {
  const caseloads = [
    'LAC',
    'Duty Teams',
    'CIN North Teams',
    'CIN Central Teams',
    'CIN South Teams',
    "Children's Disability Team",
    'Child Sexual Exploitation team',
  ].map((team, i) => ({
    ...smallWorkspace().indicators[0]!,
    id: `11.${i + 3}`,
    section: 'CASELOAD',
    unit: 'average' as const,
    name: `Average number of cases per qualified social worker in ${team}`,
    order: i,
  }));
  it.each([
    ['11.3', ['11.3', '11.4', '11.5', '11.6']],
    ['11.6', ['11.6', '11.5', '11.7', '11.8']],
    ['11.9', ['11.9', '11.6', '11.7', '11.8']],
  ])('caseload %s is drawn with at most three neighbours: %j', (id, ids) => {
    const ind = caseloads.find((c) => c.id === id)!;
    const group = relatedMeasures(caseloads, ind);
    expect(group?.members.map((m) => m.indicator.id)).toEqual(ids);
    expect(group?.stem).toBe('Average number of cases per qualified social worker in');
  });

  it('keeps a measure of another unit out of the family', () => {
    const ind = { ...caseloads[0]!, unit: 'count' as const };
    expect(relatedMeasures([ind, ...caseloads.slice(1)], ind)).toBeNull();
  });
});

describe('targetGuide', () => {
  it.each<[string, Target, { lines: number[]; bands: [number, number][] }]>([
    [
      'threshold 26%+ / 26%< / 23%',
      { form: 'threshold', red: 26, green: 23, higherIsBetter: false, redInclusive: true },
      { lines: [23], bands: [[23, 26]] },
    ],
    ['target only 85%>', { form: 'target-only', green: 85 }, { lines: [85], bands: [] }],
    [
      'band +/-5 of 158.8, amber +/-15',
      { form: 'band', centre: 158.8, green: 5, amber: 15 },
      {
        lines: [158.8],
        bands: [
          [143.8, 153.8],
          [163.8, 173.8],
        ],
      },
    ],
    [
      'range 16-22, 1% above',
      { form: 'range', low: 16, high: 22, tolerance: 1, tolerancePercent: true },
      { lines: [16, 22], bands: [[22, 22.22]] },
    ],
    [
      'range 14-20, 1 case above',
      { form: 'range', low: 14, high: 20, tolerance: 1, tolerancePercent: false },
      { lines: [14, 20], bands: [[20, 21]] },
    ],
    ['no target', { form: 'none' }, { lines: [], bands: [] }],
    ['tbc', { form: 'tbc', text: 'range to be set' }, { lines: [], bands: [] }],
  ])('%s', (_name, target, expected) => {
    const guide = targetGuide(target, 'percent');
    expect(guide.lines.map((l) => l.value)).toEqual(expected.lines);
    expect(guide.amberBands.length).toBe(expected.bands.length);
    guide.amberBands.forEach((b, i) => {
      expect(b.low).toBeCloseTo(expected.bands[i]![0], 9);
      expect(b.high).toBeCloseTo(expected.bands[i]![1], 9);
    });
  });
});
