import { describe, expect, it } from 'vitest';
import { parseText } from '@/domain/import/parse-file';
import { readPolarity, unitFromDataNote, ytdKindFromSheet } from '@/domain/import/scorecard-sheet';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ParsedFile, YtdResult } from '@/domain/types';
import { emptyWorkspace, mergeImport } from '@/domain/workspace';
import { computeScorecard } from '@/domain/scorecard';

const at = '2016-01-18T09:00:00.000Z';
const HEADER =
  'No.,Section,Indicator,Good perf is,Data note,Oct-15,Nov 15,Dec 15,YTD,YTD note,DOT,RAG,Red,Amber,Target Green,' +
  '2013/14,2014/15,Stat neigh ave,Best stat neigh,Nat ave,NAT TOP QTLILE THRESHOLD,Benchmark year';
/** Rows of the December 2015 Performance Summary, as the fixture helper writes them. */
const ROWS = {
  '2.1':
    '2.1,CONTACT & REFERRAL (MASH),Number of contacts,Info,Count,935,1029,1041,8727,Financial Year,↑,,,,n/a,,10517,,,,,2014/15',
  '2.3':
    '2.3,,% of contacts going onto referral (including MASH referrals),High,Percentage,40.0%,49.5%,46.6%,41.3%,Financial Year,↓,tbc,,,range to be set,,42.9%,,,,,2014/15',
  '2.4':
    '2.4,,"Rate of referrals per 10,000 population aged under 18 - rolling 12 month performance",Low,"Rate per 10,000",498.1,587.0,668.6,639.7,Financial Year,↓,,,,n/a,689.8,800.2,655.4,333.9,548.3,-,2014/15',
  '2.8':
    '2.8,,% re-referral rate in the last 12 months (rolling year),Low,Percentage,26.8%,28.2%,29.3%,,,↓,,26%+,26%<,23%,24.9%,22.8%,23.6%,15.4%,24.0%,16.5%,2014/15',
  '6.7':
    '6.7,CP,"Number of discontinuations of a CP plan per 10,000 population",High,"Rate per 10,000",11.2,12.6,7.8,85.1,Financial Year,↓,Yellow,YTD <55,55>,59.9,62.74,85.38,67.8,39.0,52.1,-,2014/15',
  '6.10':
    '6.10,,% of open CP plans lasting 2 years or more,Low,Percentage,0.48%,0.27%,0.3%,,,↓,Green,<3.6%,3.6%,2.6%,4.9%,4.2%,1.6%,0.0%,2.3%,0.0%,2014/15',
  '6.11':
    '6.11,,% of CP plans lasting 2 years or more - ceased within period,Low,Percentage,1.59%,1.41%,0.0%,6%,Financial Year,↑,Yellow,YTD <6.5%,6.5%>,4.5%,6.8%,20/478 4.18%,3.4%,0.0%,3.7%,2.4%,2014/15',
  '7.5':
    '7.5,LAC,"Percentage of LAC who have ceased to be looked after due to permanence",High,Percentage,10.7%,43.8%,30.0%,34.7%,Financial Year,↓,Yellow,YTD <33%,33%>,35%,55 40.44%,60 37.50%,,,,,2014/15',
  '10.1':
    '10.1,ADOPTIONS,% of adoptions completed within 12 months of SHOOPA,High,Percentage,100.0%,100%,100%,79.3%,Financial Year,→,Red YTD,<83%,83%<,85%,55.6%,84.6%,,,,,2014/15',
  '10.2':
    '10.2,,Average number of days between a child becoming Looked After and having a adoption placement,Low,Rolling year - ave count,350.2,346.3,340.4,361.8,Financial Year,↑,Green YTD,>511,511>,487,,,,,,,2014/15',
  '11.4':
    '11.4,CASELOAD,Average number of cases per qualified social worker in Duty Teams,Within Limits,Average count,16.6,17.3,21.0,,,↓,Green,over 1% above range,1% above range,16-22,,11.2,,,,,2014/15',
  '11.6':
    '11.6,,Average number of cases per qualified social worker in CIN Central Teams,Within Limits,Average count,,,18.3,,,new,Green,over 1% above range,1% above range,16-22,,,,,,,2014/15',
};
const sheet = (rows: string[], header = HEADER) =>
  parseText('summary.csv', [header, ...rows].join('\n'), at);
const all = sheet(Object.values(ROWS));
const ind = (p: ParsedFile, id: string) => p.indicators.find((i) => i.id === id)!;
const obs = (p: ParsedFile, id: string, period: string) =>
  p.observations.find((o) => o.indicatorId === id && o.period === period);
const codes = (p: ParsedFile) =>
  p.problems.map((x) => `${x.severity} ${x.code} ${x.line} ${x.column}`);

describe('scorecard sheet rows (SPEC 2.1), December 2015', () => {
  it('reads every row without a problem, in sheet order', () => {
    expect(all.kind).toBe('scorecard');
    expect(all.problems).toEqual([]);
    expect(all.rowsRead).toBe(12);
    expect(all.rowsAccepted).toBe(12);
    expect(all.indicators.map((i) => [i.id, i.order])).toEqual(
      Object.keys(ROWS).map((id, i) => [id, i]),
    );
  });

  it.each([
    ['2.1', 'neutral', 'count', 'sum', 'month'],
    ['2.3', 'high', 'percent', 'ratio', 'month'],
    ['2.4', 'low', 'rate_per_10k', 'sum', 'month'],
    ['2.8', 'low', 'percent', 'none', 'month'],
    ['6.7', 'high', 'rate_per_10k', 'sum', 'ytd'],
    ['6.10', 'low', 'percent', 'latest', 'month'],
    ['6.11', 'low', 'percent', 'ratio', 'ytd'],
    ['10.1', 'high', 'percent', 'ratio', 'ytd'],
    ['10.2', 'low', 'days', 'latest', 'ytd'],
    ['11.4', 'range', 'average', 'latest', 'month'],
  ])('%s: polarity %s, unit %s, YTD %s, rated on %s', (id, polarity, unit, ytd, ragBasis) => {
    expect(ind(all, id)).toMatchObject({ polarity, unit, ytd, ragBasis });
  });

  it('carries the section down to rows that leave it blank', () => {
    expect(ind(all, '2.4').section).toBe('CONTACT & REFERRAL (MASH)');
    expect(ind(all, '6.11').section).toBe('CP');
    expect(ind(all, '11.6').section).toBe('CASELOAD');
  });

  it('keeps the target cells as written with the parsed target', () => {
    expect(ind(all, '6.7').targetCells).toEqual({ red: 'YTD <55', amber: '55>', green: '59.9' });
    expect(ind(all, '6.7').target).toMatchObject({
      form: 'threshold',
      red: 55,
      green: 59.9,
      higherIsBetter: true,
    });
    expect(ind(all, '2.3').target.form).toBe('tbc');
    expect(ind(all, '2.1').target.form).toBe('none');
    expect(ind(all, '11.4').target).toMatchObject({ form: 'range', low: 16, high: 22 });
    expect(ind(all, '2.1')).toMatchObject({
      dataNote: 'Count',
      ytdNote: 'Financial Year',
      dot: true,
      decimals: null,
    });
  });

  it.each([
    ['6.10', '2015-11', 0.27, 2, '0.27%', null, null],
    ['6.10', '2015-12', 0.3, 1, '0.3%', null, null],
    ['10.1', '2015-10', 100, 1, '100.0%', null, null],
    ['2.1', '2015-12', 1041, 0, '1041', null, null],
    ['2.4', '2015-11', 587, 1, '587.0', null, null],
    ['2.1', '2014/15', 10517, 0, '10517', null, null],
    ['6.11', '2014/15', 4.18, 2, '20/478 4.18%', 20, 478],
    ['7.5', '2013/14', 40.44, 2, '55 40.44%', 55, null],
  ])(
    '%s %s is %d (%d decimals, raw %s)',
    (id, period, value, decimals, raw, numerator, denominator) => {
      expect(obs(all, id, period)).toMatchObject({ value, decimals, raw, numerator, denominator });
    },
  );

  it('gives every value its provenance: file, import time and line', () => {
    expect(obs(all, '6.7', '2015-12')?.provenance).toEqual({
      file: 'summary.csv',
      importedAt: at,
      line: 6,
    });
  });

  it('a blank month is no observation (11.6 is new in December)', () => {
    expect(all.observations.filter((o) => o.indicatorId === '11.6').map((o) => o.period)).toEqual([
      '2015-12',
    ]);
  });

  it('the YTD column is the YTD of the latest month column', () => {
    expect(all.importedYtd.find((y) => y.indicatorId === '2.1')).toEqual({
      indicatorId: '2.1',
      month: '2015-12',
      value: 8727,
      numerator: null,
      denominator: null,
      raw: '8727',
    });
    expect(all.importedYtd.some((y) => y.indicatorId === '2.8')).toBe(false);
  });

  it('keeps the printed DOT and RAG for the latest month, to compare, never to use', () => {
    expect(all.printed.find((x) => x.indicatorId === '10.1')).toEqual({
      indicatorId: '10.1',
      month: '2015-12',
      dot: '→',
      rag: 'Red YTD',
      file: 'summary.csv',
      line: 10,
    });
  });

  it('reads benchmarks with the Benchmark year; "-" is no benchmark', () => {
    expect(
      all.benchmarks
        .filter((b) => b.indicatorId === '2.4')
        .map((b) => [b.benchmark, b.value, b.period]),
    ).toEqual([
      ['sn_avg', 655.4, '2014/15'],
      ['best_sn', 333.9, '2014/15'],
      ['national_avg', 548.3, '2014/15'],
    ]);
    expect(
      all.benchmarks.find((b) => b.indicatorId === '2.8' && b.benchmark === 'national_top_quartile')
        ?.value,
    ).toBe(16.5);
  });

  it('without a Benchmark year column, benchmarks take the latest year column', () => {
    const header = HEADER.replace(',Benchmark year', '');
    const p = sheet([ROWS['2.8'].replace(/,2014\/15$/, '')], header);
    expect(p.benchmarks.map((b) => b.period)).toEqual(['2014/15', '2014/15', '2014/15', '2014/15']);
  });

  it('without any year, benchmarks are not imported, with a warning', () => {
    const p = parseText('s.csv', 'No.,Indicator,Dec 15,Nat ave\n2.1,Contacts,1041,500\n', at);
    expect(codes(p)).toEqual(['warning benchmark-without-year 2 Nat ave']);
    expect(p.benchmarks).toEqual([]);
  });

  it('an unreadable Benchmark year is warned and the latest year column used', () => {
    const p = sheet([ROWS['2.8'].replace(/,2014\/15$/, ',last year')]);
    expect(codes(p)).toEqual(['warning invalid-benchmark-year 2 Benchmark year']);
    expect(p.benchmarks[0]?.period).toBe('2014/15');
  });
});

describe('scorecard sheet problems: line, column, and the good rows kept', () => {
  it('a bad month cell drops that value only', () => {
    const p = sheet([ROWS['2.1'], ROWS['2.3'].replace('46.6%', '4o.2')]);
    expect(codes(p)).toEqual(['error invalid-number 3 Dec 15']);
    expect(p.problems[0]?.message).toBe(
      'Line 3, column "Dec 15": "4o.2" is not a number. Correct the cell and import the file again; the other values are imported without it.',
    );
    expect(p.indicators).toHaveLength(2);
    expect(obs(p, '2.3', '2015-12')).toBeUndefined();
    expect(obs(p, '2.3', '2015-11')?.value).toBe(49.5);
  });

  it('an unreadable target names the cell, keeps the row, and shows no target', () => {
    const p = sheet([ROWS['2.1'], ROWS['2.8'].replace('26%+,26%<', 'about a quarter,26%<')]);
    expect(codes(p)).toEqual(['error unreadable-target 3 Red']);
    expect(p.problems[0]?.message).toContain('about a quarter');
    expect(ind(p, '2.8').target.form).toBe('invalid');
    expect(ind(p, '2.8').targetCells.red).toBe('about a quarter');
  });

  it.each([
    ['a row without a number', ',,Orphan row,High,Count,1,2,3', 'error missing-id 3 No.'],
    ['an indicator twice', ROWS['2.1'], 'error duplicate-indicator 3 No.'],
    [
      'an unknown polarity',
      ROWS['2.3'].replace(',High,', ',Sideways,'),
      'warning invalid-polarity 3 Good perf is',
    ],
  ])('%s', (_case, row, expected) => {
    const p = sheet([ROWS['2.1'], row]);
    expect(codes(p)).toEqual([expected]);
    expect(ind(p, '2.1')).toBeDefined();
  });

  it('a row with a single text is a section heading, not an error', () => {
    const p = sheet([
      'LOOKED AFTER CHILDREN,,,,,,,,,,,,,,,,,,,,,',
      ROWS['7.5'].replace(',LAC,', ',,'),
    ]);
    expect(p.problems).toEqual([]);
    expect(p.rowsRead).toBe(1);
    expect(ind(p, '7.5').section).toBe('LOOKED AFTER CHILDREN');
  });

  it('a month headed twice: warned, the later column wins', () => {
    const p = parseText(
      's.csv',
      'No.,Indicator,Good perf is,Dec-15,December 2015\n2.1,Contacts,Info,1041,1045\n',
      at,
    );
    expect(codes(p)).toEqual(['warning duplicate-period 1 Dec-15']);
    expect(obs(p, '2.1', '2015-12')?.value).toBe(1045);
  });

  it('an unknown column is warned and ignored', () => {
    const p = parseText(
      's.csv',
      'No.,Indicator,Good perf is,Dec-15,Owner\n2.1,Contacts,Info,1041,Ann\n',
      at,
    );
    expect(codes(p)).toEqual(['warning unknown-column 1 Owner']);
    expect(p.indicators).toHaveLength(1);
  });
});

describe('reading the sheet words', () => {
  it.each([
    ['High', 'high'],
    ['Low', 'low'],
    ['Info', 'neutral'],
    ['Within Limits', 'range'],
    ['within limits', 'range'],
    ['neutral', 'neutral'],
    ['range', 'range'],
    ['', null],
    ['Up', null],
  ])('Good perf is %j -> %s', (raw, polarity) => expect(readPolarity(raw)).toBe(polarity));

  it.each<[string, boolean, string]>([
    ['Count', false, 'count'],
    ['Percentage', false, 'percent'],
    ['Rate per 10,000', false, 'rate_per_10k'],
    ['Rolling year - ave count', false, 'days'],
    ['Average count', false, 'average'],
    ['YTD Average', false, 'average'],
    ['', true, 'percent'],
    ['', false, 'count'],
  ])('Data note %j (values with %%: %s) -> %s', (note, sawPercent, unit) => {
    expect(unitFromDataNote(note, sawPercent)).toBe(unit);
  });

  it.each<[Parameters<typeof ytdKindFromSheet>, string]>([
    [['percent', true, 'Percentage Financial Year'], 'ratio'],
    [['count', true, 'Count Financial Year'], 'sum'],
    [['count', true, 'Count Rolling Year'], 'sum'],
    [['rate_per_10k', true, 'Rate per 10,000 Financial Year'], 'sum'],
    [['days', true, 'Rolling year - ave count Financial Year'], 'latest'],
    [['percent', false, 'Percentage  % re-referral rate (rolling year)'], 'none'],
    [['count', false, 'Count  Number of open CIN cases'], 'latest'],
    // No YTD printed: the YTD note says how the year to date is made.
    [['count', false, 'Count Financial Year Number of contacts', 'Financial Year'], 'sum'],
    [['rate_per_10k', false, 'Rate per 10,000 Financial Year', 'Financial Year'], 'sum'],
    [['percent', false, 'Percentage Financial Year', 'Financial Year'], 'ratio'],
    [['days', false, 'Rolling year - ave count Financial Year', 'Financial Year'], 'latest'],
    [['count', false, 'Count As at mth end', 'As at mth end'], 'latest'],
    [['percent', false, 'Percentage As at term end', 'As at term end'], 'latest'],
    [['count', false, 'Count Rolling Year', 'Rolling Year'], 'latest'],
    [['percent', false, 'Percentage  rolling 12 months', ''], 'none'],
  ])('YTD kind of %j is %s', (args, kind) => expect(ytdKindFromSheet(...args)).toBe(kind));
});

describe('a sheet with an empty YTD column: the YTD note says how the year to date is made', () => {
  const fixture = (name: string) => readFileSync(resolve(process.cwd(), 'fixtures', name), 'utf8');
  // The December 2015 summary with its YTD column blanked, then the detail pages' months
  // (Apr-Dec, with numerators and denominators where printed), chosen together.
  const sheet = parseText('ytd-column-empty.csv', fixture('edge/ytd-column-empty.csv'), at);
  const detail = parseText(
    'detail-monthly-2015.csv',
    fixture('detail-monthly-2015.csv'),
    at,
    sheet.indicators,
  );
  const rows = computeScorecard(mergeImport(emptyWorkspace(), [sheet, detail], at), '2015-12').rows;
  const ytdOf = (id: string) => rows.find((r) => r.indicator.id === id)!.ytd;

  it.each<[string, string, number | null, YtdResult['source']]>([
    // Financial Year, count: 880 + 860 + 999 + 1032 + 1030 + 1145 + 935 + 1029 + 1041
    ['2.1', 'sum of Apr-Dec contacts', 8951, 'computed'],
    // Financial Year, percentage: (79+63+95+106+32+117+85+89+95) / (84+74+103+116+37+127+89+101+100)
    ['7.6', 'numerators over denominators', (761 / 831) * 100, 'computed'],
    // Rolling Year, count: the rolling figure is December's own value
    ['3.1', 'the rolling figure', 365, 'computed'],
    // Financial Year, percentage without numerators and denominators: no year to date
    ['2.5', 'no numerators: nothing computed', null, 'none'],
    // No note, no YTD, a count: a snapshot as at month end
    ['6.2a', 'the latest month', 35, 'computed'],
  ])('%s: %s', (id, _why, value, source) => {
    const ytd = ytdOf(id);
    expect(ytd.source).toBe(source);
    if (value === null) expect(ytd.value).toBeNull();
    else expect(ytd.value).toBeCloseTo(value, 6);
  });
});
