import { describe, expect, it } from 'vitest';
import { addMonths } from '@/domain/periods';
import { analyseXmr, DEFAULT_SPC_SETTINGS } from '@/domain/spc';
import { spcChart } from '@/domain/spc-chart';

const monthly = (start: string, values: number[]) =>
  values.map((value, i) => ({ month: addMonths(start, i), value }));

// 13 months around 12 (mean 12, limits 7.5667 to 16.4333), then 20 in February 2016.
const FLAT = [10, 12, 11, 13, 12, 14, 12, 11, 13, 12, 10, 12, 14];

describe('spcChart: ready series for the SPC view', () => {
  it('every month carries its segment mean and limits, and its mark by polarity', () => {
    const analysis = analyseXmr(monthly('2015-01', [...FLAT, 20]), {
      ...DEFAULT_SPC_SETTINGS,
      baselinePoints: 13,
    });
    const high = spcChart(analysis, 'high');
    expect(high.points).toHaveLength(14);
    expect(high.points[0]).toMatchObject({ label: 'Jan-15', value: 10, mean: 12 });
    expect(high.points[0]!.upper).toBeCloseTo(16.4333, 4);
    expect(high.points.map((p) => p.mark).slice(-2)).toEqual(['common', 'improvement']);
    expect(spcChart(analysis, 'low').points.at(-1)!.mark).toBe('concern');
    expect(spcChart(analysis, 'neutral').points.at(-1)!.mark).toBe('neither');
  });

  it('a break is drawn with its reason, and a short segment has no limits', () => {
    const analysis = analyseXmr(monthly('2015-01', [...FLAT, 20, 21]), {
      ...DEFAULT_SPC_SETTINGS,
      breaks: [{ month: '2016-02', reason: 'new recording system' }],
    });
    const chart = spcChart(analysis, 'high');
    expect(chart.breaks).toEqual([
      { month: '2016-02', label: 'Feb-16', reason: 'new recording system' },
    ]);
    expect(chart.points.slice(-2).map((p) => [p.value, p.upper, p.mark])).toEqual([
      [20, null, 'common'],
      [21, null, 'common'],
    ]);
  });
});
