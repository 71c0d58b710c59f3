import { describe, expect, it } from 'vitest';
import type { Observation, PopulationFigure } from '@/domain/types';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  populationFigures,
  populationFor,
  populationsFromEstimates,
  ratePer10k,
  withPopulationRate,
} from '@/domain/population';
import { parseText } from '@/domain/import/parse-file';
import { emptyWorkspace, latestMonth, mergeImport } from '@/domain/workspace';
import { computeScorecard } from '@/domain/scorecard';

const figures: PopulationFigure[] = [
  { period: '2014/15', population0to17: 56100 },
  { period: '2015/16', population0to17: 56400 },
];

describe('populationFor: which population a period is divided by', () => {
  it.each([
    ['2015-12', '2015/16', 'a month: its financial year'],
    ['2015-04', '2015/16', 'April starts the year'],
    ['2015-03', '2014/15', 'March ends the year before'],
    ['2014/15', '2014/15', 'a financial year: itself'],
    ['2017-06', '2015/16', 'no figure yet for the year: the latest earlier one'],
    ['2012-06', '2014/15', 'before every figure: the earliest'],
  ])('%s uses %s (%s)', (period, expected) => {
    expect(populationFor(figures, period)?.period).toBe(expected);
  });

  it('a figure for the very month wins over its year', () => {
    const withMonth = [...figures, { period: '2015-12', population0to17: 56450 }];
    expect(populationFor(withMonth, '2015-12')?.population0to17).toBe(56450);
    expect(populationFor(withMonth, '2015-11')?.population0to17).toBe(56400);
  });

  it('is null without any figure', () => {
    expect(populationFor([], '2015-12')).toBeNull();
  });
});

describe('ratePer10k', () => {
  it.each([
    // 2.4 in December 2015: 3,771 referrals in 12 months over 56,400 children is 668.6.
    [3771, 56400, 668.6],
    [0, 56400, 0],
    [1, 10000, 1],
    [5, 56100, 0.9],
  ])('%i children over %i is %d per 10,000', (count, pop, rate) => {
    expect(ratePer10k(count, pop)).toBe(rate);
  });
});

describe('withPopulationRate', () => {
  const base: Observation = {
    indicatorId: '2.4',
    period: '2015-12',
    value: null,
    numerator: 3771,
    denominator: null,
    decimals: 0,
    raw: '',
    note: '',
    provenance: { file: 'extract.csv', importedAt: '', line: 2 },
  };

  it('gives a count-only observation its rate and the population as denominator', () => {
    expect(withPopulationRate(base, figures)).toMatchObject({
      value: 668.6,
      numerator: 3771,
      denominator: 56400,
      decimals: 1,
    });
  });

  it.each([
    ['a value already', { value: 668.6 }],
    ['a denominator already', { denominator: 56400 }],
    ['no count', { numerator: null }],
  ])('leaves an observation with %s alone', (_case, change) => {
    const o = { ...base, ...change };
    expect(withPopulationRate(o, figures)).toBe(o);
  });

  it('leaves it without a value when no population is known', () => {
    expect(withPopulationRate(base, []).value).toBeNull();
  });
});

describe('a scorecard of counts given for a rate-per-10,000 indicator', () => {
  it('shows the rates made from the population, and changes them when a newer one arrives', () => {
    const at = '2016-01-18T09:00:00.000Z';
    const catalogue = parseText(
      'catalogue.csv',
      'id,section,name,polarity,unit,ytd\n2.4,CONTACT,"Referrals per 10,000 (rolling 12 months)",low,rate_per_10k,none\n',
      at,
    );
    let ws = mergeImport(emptyWorkspace(), [catalogue], at);
    const counts = parseText(
      'extract.csv',
      'indicator_id,period,value,numerator\n2.4,2015-11,,3311\n2.4,2015-12,,3771\n',
      at,
      ws.indicators,
    );
    ws = mergeImport(ws, [counts], at);
    expect(latestMonth(ws)).toBe('2015-12');
    const before = computeScorecard(ws, '2015-12').rows[0]!;
    expect(before.current?.value).toBeNull();
    expect(before.dot.label).toBe('not-comparable');

    ws = mergeImport(ws, [parseText('pop.csv', 'period,population_0_17\n2015/16,56400\n', at)], at);
    const after = computeScorecard(ws, '2015-12').rows[0]!;
    expect(after.current).toMatchObject({ value: 668.6, numerator: 3771, denominator: 56400 });
    expect(after.recent.map((r) => r.observation?.value)).toEqual([undefined, 587.1, 668.6]);
    expect(after.dot.label).toBe('worsening');
    // Rates are derived, never stored: the workspace keeps the counts as imported.
    expect(ws.observations.every((o) => o.value === null)).toBe(true);
  });
});

describe('populations from ONS mid-year estimates in the DfE tidy form (SPEC 2.6)', () => {
  const onsText = readFileSync(
    resolve(
      process.cwd(),
      'fixtures',
      'national',
      'ons_mid-year_population_estimates_2012_to_2024.csv',
    ),
    'utf8',
  );
  const ons = parseText('ons.csv', onsText, '2024-01-01T00:00:00.000Z');
  const ws = (own: string | null, population: PopulationFigure[] = []) => ({
    ...emptyWorkspace(),
    national: ons.national ? [ons.national] : [],
    ownLa: own,
    population,
  });

  it('reads the own LA: mid-2015 (56,392 for Rotherham) serves 2015/16', () => {
    expect(ons.kind).toBe('national');
    const figures = populationsFromEstimates(ws('372'));
    const of = (period: string) => figures.find((f) => f.period === period)?.population0to17;
    // time_period 2015 is the estimate at 30 June 2015, inside April 2015 - March 2016.
    expect(of('2015/16')).toBe(56392);
    expect(of('2014/15')).toBe(56556);
    expect(populationFor(figures, '2015-12')?.population0to17).toBe(56392);
  });

  it('reads only the ONS estimates by age group, not another file with a population column', () => {
    const cla = {
      file: 'cla.csv',
      filters: [],
      measures: ['population_estimate'],
      rows: [
        {
          year: '2024/25',
          level: 'la' as const,
          regionCode: '',
          regionName: '',
          laCode: '372',
          laName: 'Rotherham',
          filters: [],
          values: [59521],
        },
      ],
    };
    expect(populationsFromEstimates({ ...ws('372'), national: [cla] })).toEqual([]);
  });

  it('is nothing without an own LA; an imported population file wins for its year', () => {
    expect(populationsFromEstimates(ws(null))).toEqual([]);
    const both = populationFigures(ws('372', [{ period: '2015/16', population0to17: 56400 }]));
    expect(both.filter((f) => f.period === '2015/16')).toEqual([
      { period: '2015/16', population0to17: 56400 },
    ]);
    expect(both.some((f) => f.period === '2014/15')).toBe(true);
  });
});
