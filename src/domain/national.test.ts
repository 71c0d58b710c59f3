import { describe, expect, it } from 'vitest';
import type {
  Indicator,
  NationalDataset,
  NationalRow,
  NeighbourList,
  WorkspaceData,
} from '@/domain/types';
import {
  laOptions,
  measureOptions,
  measureYears,
  nationalBenchmarks,
  nationalComparison,
  nationalComparisonAt,
} from '@/domain/national';
import { emptyWorkspace, placeholderIndicator } from '@/domain/workspace';
import { computeScorecard } from '@/domain/scorecard';
import { computeIndicatorView } from '@/domain/indicator-view';

/** A small country: England, one region, our LA '372' and eight others, two years. */
const la = (code: string, value: number | null, year = '2014/15'): NationalRow => ({
  year,
  level: 'la',
  regionCode: 'E12000003',
  regionName: 'Yorkshire and The Humber',
  laCode: code,
  laName: `LA ${code}`,
  filters: ['Referrals and Re-referrals'],
  values: [value],
});
const dataset: NationalDataset = {
  file: 'c1.csv',
  filters: ['category'],
  measures: ['rereferral_percent'],
  rows: [
    { ...la('', 24.0), level: 'national', regionCode: '', regionName: '', laName: '' },
    { ...la('', 22.0), level: 'regional', laName: '' },
    la('372', 22.8),
    la('370', 20.0),
    la('371', 25.0),
    la('373', null), // suppressed
    la('380', 18.0),
    la('381', 30.0),
    la('382', 22.8),
    la('383', 26.0),
    la('384', 15.4),
    la('372', 25.0, '2015/16'),
    { ...la('', 22.3, '2015/16'), level: 'national', regionCode: '', regionName: '', laName: '' },
  ],
};
const neighbours: NeighbourList = {
  file: 'sn.csv',
  las: [
    {
      code: '372',
      name: 'Rotherham',
      region: 'Yorkshire',
      neighbours: ['370', '371', '373', '380', '381', '384', '382', '383', '399', '398'],
    },
  ],
};
const indicator = (polarity: Indicator['polarity']): Indicator => ({
  ...placeholderIndicator('2.8', 0),
  name: 'Re-referrals',
  polarity,
  unit: 'percent',
});
const ws = (over: Partial<WorkspaceData> = {}): WorkspaceData => ({
  ...emptyWorkspace(),
  indicators: [indicator('low')],
  national: [dataset],
  neighbours: [neighbours],
  ownLa: '372',
  nationalMappings: [
    {
      indicatorId: '2.8',
      measure: 'rereferral_percent',
      filters: [{ column: 'category', value: 'Referrals and Re-referrals' }],
    },
  ],
  ...over,
});

describe('nationalComparison (SPEC 2.5)', () => {
  const low = nationalComparison(ws(), indicator('low'), '2014/15')!;

  it('reads the own value, England and the region', () => {
    expect(low.own).toEqual({ code: '372', name: 'LA 372', value: 22.8 });
    expect(low.england).toBe(24.0);
    expect(low.region).toEqual({ name: 'Yorkshire and The Humber', value: 22.0 });
  });

  it('averages the neighbours with a value, and names the best by polarity', () => {
    // Neighbours with values: 20, 25, 18, 30, 15.4, 22.8, 26 (373 suppressed, 399/398 absent).
    expect(low.snCount).toBe(7);
    expect(low.snAverage).toBe(22.5);
    expect(low.bestSn).toEqual({ code: '384', name: 'LA 384', value: 15.4 });
    expect(low.neighbours.map((n) => n.code)).toEqual(neighbours.las[0]!.neighbours);
    expect(nationalComparison(ws(), indicator('high'), '2014/15')!.bestSn?.code).toBe('381');
  });

  it.each<[Indicator['polarity'], number | null, number | null, number | null]>([
    // 8 LA values: 15.4 18 20 22.8 (ours) 22.8 25 26 30; 373 is suppressed.
    // Low: threshold is the 2nd best (ceil(8 / 4)); ours has 3 strictly better: rank 4, quartile 2.
    ['low', 18.0, 4, 2],
    ['high', 26.0, 4, 2],
    ['neutral', null, null, null],
    ['range', null, null, null],
  ])(
    '%s: top-quartile threshold %s, rank %s, quartile %s',
    (polarity, threshold, rank, quartile) => {
      const c = nationalComparison(ws(), indicator(polarity), '2014/15')!;
      expect(c.topQuartile).toBe(threshold);
      expect(c.rank?.position ?? null).toBe(rank);
      expect(c.quartile).toBe(quartile);
      // 382 has our 22.8 too: a shared rank.
      if (rank !== null) expect(c.rank?.tied).toBe(true);
      if (rank !== null) expect(c.rank?.of).toBe(8);
    },
  );

  it.each([
    ['no own LA', { ownLa: null }],
    ['no mapping', { nationalMappings: [] }],
    ['no data', { national: [] }],
  ])('is null with %s', (_case, over) => {
    expect(nationalComparison(ws(over), indicator('low'), '2014/15')).toBeNull();
  });

  it('the latest import holding a year wins over an earlier one', () => {
    const newer = {
      ...dataset,
      file: 'c1-2026.csv',
      rows: [
        la('372', 21.0),
        { ...la('', 23.0), level: 'national' as const, laName: '', regionCode: '', regionName: '' },
      ],
    };
    const c = nationalComparison(ws({ national: [dataset, newer] }), indicator('low'), '2014/15')!;
    expect(c.source).toBe('c1-2026.csv');
    expect(c.own?.value).toBe(21.0);
  });
});

describe('ties and gaps in the data', () => {
  it('names every neighbour tied for best', () => {
    const tied = {
      ...dataset,
      rows: [...dataset.rows.filter((r) => r.laCode !== '380'), la('380', 15.4)],
    };
    const c = nationalComparison(ws({ national: [tied] }), indicator('low'), '2014/15')!;
    expect(c.bestCodes.sort()).toEqual(['380', '384']);
    expect(c.bestSn?.name).toBe('LA 380 and LA 384');
  });

  it('finds the region from another year when the LA has no row that year', () => {
    const withoutOwn = {
      ...dataset,
      rows: dataset.rows.filter((r) => !(r.laCode === '372' && r.year === '2014/15')),
    };
    const c = nationalComparison(ws({ national: [withoutOwn] }), indicator('low'), '2014/15')!;
    expect(c.own).toBeNull();
    expect(c.region).toEqual({ name: 'Yorkshire and The Humber', value: 22.0 });
  });
});

describe('nationalComparisonAt: the latest year that had ended by the month', () => {
  it.each([
    ['2015-12', '2014/15'],
    ['2016-02', '2014/15'],
    ['2016-03', '2015/16'],
    ['2017-06', '2015/16'],
    ['2014-06', null],
  ])('as at %s: %s', (asAt, year) => {
    expect(nationalComparisonAt(ws(), indicator('low'), asAt)?.year ?? null).toBe(year);
  });
});

describe('quartiles agree with the top-quartile threshold', () => {
  /** n LAs valued 1..n (higher is better), ours ranked `position`. */
  const quartileAt = (n: number, position: number) => {
    const rows = Array.from({ length: n }, (_, i) => la(String(500 + i), n - i));
    const own = String(500 + position - 1);
    const w = ws({ national: [{ ...dataset, rows }], ownLa: own });
    return nationalComparison(w, indicator('high'), '2014/15')!;
  };
  it.each([
    [149, 38, 1], // the threshold is the 38th best: in the top quartile
    [149, 39, 2],
    [149, 149, 4],
    [1, 1, 1],
    [8, 2, 1],
    [8, 3, 2],
  ])('%i LAs, ranked %i: quartile %i', (n, position, quartile) => {
    const c = quartileAt(n, position);
    expect(c.rank?.position).toBe(position);
    expect(c.quartile).toBe(quartile);
    expect(c.rank?.tied).toBe(false);
    if (quartile === 1) expect(c.own!.value!).toBeGreaterThanOrEqual(c.topQuartile!);
    else expect(c.own!.value!).toBeLessThan(c.topQuartile!);
  });
});

describe('nationalBenchmarks: derived on read, imported ones win', () => {
  it('gives SN average, best SN (named), England, region and top quartile for every year', () => {
    const b = nationalBenchmarks(ws(), indicator('low'));
    expect(measureYears([dataset], ws().nationalMappings![0]!)).toEqual(['2014/15', '2015/16']);
    expect(
      b.filter((x) => x.period === '2014/15').map((x) => [x.benchmark, x.value, x.label]),
    ).toEqual([
      ['sn_avg', 22.5, '7 of 10 neighbours'],
      ['best_sn', 15.4, 'LA 384'],
      ['national_avg', 24.0, ''],
      ['regional_avg', 22.0, 'Yorkshire and The Humber'],
      ['national_top_quartile', 18.0, ''],
    ]);
  });

  it('reach the scorecard, where an imported benchmark of the same year wins', () => {
    const imported = {
      indicatorId: '2.8',
      benchmark: 'sn_avg' as const,
      period: '2014/15',
      value: 23.6,
      source: 'printed report',
      label: '',
    };
    const obs = {
      indicatorId: '2.8',
      period: '2015-03',
      value: 22.8,
      numerator: null,
      denominator: null,
      decimals: 1,
      raw: '22.8',
      note: '',
      provenance: { file: 'x', importedAt: '', line: 2 },
    };
    const card = computeScorecard(ws({ observations: [obs], benchmarks: [imported] }), '2015-03');
    const cells = card.rows[0]!.benchmarks;
    expect(cells.find((c) => c.kind === 'sn_avg')?.benchmark?.value).toBe(23.6);
    expect(cells.find((c) => c.kind === 'national_avg')?.benchmark?.value).toBe(24.0);
    expect(cells.find((c) => c.kind === 'best_sn')?.benchmark?.label).toBe('LA 384');
  });
});

describe('choices for the settings', () => {
  it('lists each measure with its filter values', () => {
    // One category in the file: the label leaves it out, the choice keeps it.
    expect(measureOptions([dataset]).map((o) => [o.label, o.filters])).toEqual([
      [
        'Re-referrals within 12 months (%)',
        [{ column: 'category', value: 'Referrals and Re-referrals' }],
      ],
    ]);
    const two = {
      ...dataset,
      rows: [...dataset.rows, { ...la('372', 30), filters: ['Assessments'] }],
    };
    expect(measureOptions([two]).map((o) => o.label)).toEqual([
      'Re-referrals within 12 months (%) (category: Assessments)',
      'Re-referrals within 12 months (%) (category: Referrals and Re-referrals)',
    ]);
  });

  it('lists the LAs of the newest neighbour list, else of the data', () => {
    // The list's names win; LAs only in the data are choices too.
    expect(laOptions(ws()).find((o) => o.code === '372')).toEqual({
      code: '372',
      name: 'Rotherham',
    });
    expect(laOptions(ws()).map((o) => o.code)).toContain('384');
    expect(laOptions(ws({ neighbours: [] })).map((o) => o.code)).toContain('384');
  });
});

describe('one benchmark per column, with its source (SPEC 3.5)', () => {
  const imported = {
    indicatorId: '2.8',
    benchmark: 'sn_avg' as const,
    period: '2014/15',
    value: 23.6,
    source: 'Performance Summary, latest benchmarking 2014/15',
    label: '',
  };
  const gaps = (over: Partial<WorkspaceData>) =>
    computeIndicatorView(ws(over), '2.8', '2015-12')!.gaps.map((g) => [
      g.cell.kind,
      g.cell.benchmark.value,
      g.from,
      g.notUsed?.value ?? null,
    ]);

  it("the council's file wins for its kind and year; the published figure is kept beside it", () => {
    // Published 2014/15 SN average: (20 + 25 + 18 + 30 + 15.4 + 22.8 + 26) / 7 = 22.5.
    expect(gaps({ benchmarks: [imported] })).toEqual([
      ['sn_avg', 23.6, 'imported', 22.5],
      ['best_sn', 15.4, 'published', null],
      ['national_avg', 24.0, 'published', null],
      ['national_top_quartile', 18.0, 'published', null],
      ['regional_avg', 22.0, 'published', null],
    ]);
  });

  it('another year in the file does not hide the published figure of the year shown', () => {
    const older = { ...imported, period: '2013/14', value: 21.0 };
    expect(gaps({ benchmarks: [older] })[0]).toEqual(['sn_avg', 22.5, 'published', null]);
  });

  it('without national data the file is simply used', () => {
    expect(gaps({ benchmarks: [imported], ownLa: null })).toEqual([
      ['sn_avg', 23.6, 'imported', null],
    ]);
  });
});
