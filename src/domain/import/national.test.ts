import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFile, parseText } from '@/domain/import/parse-file';
import { readNationalYear } from '@/domain/import/national';
import type { NationalDataset, NationalRow, ParsedFile } from '@/domain/types';

const at = '2026-04-01T09:00:00.000Z';
const load = (name: string): ParsedFile =>
  parseFile(
    name,
    new Uint8Array(readFileSync(resolve(process.cwd(), 'fixtures/national', name))),
    at,
  );
const codes = (p: ParsedFile) =>
  p.problems.map((x) => `${x.severity} ${x.code} ${x.line} ${x.column}`);
/** The value of a measure in a row, by the measure's name. */
const value = (d: NationalDataset, row: NationalRow, measure: string) =>
  row.values[d.measures.indexOf(measure)];

const GEO =
  'time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,new_la_code,la_name';
const NAT = '2015,Reporting year,National,E92000001,England,,,,,';
const REG = '2015,Reporting year,Regional,E92000001,England,E12000003,Yorkshire and The Humber,,,';
const LA = (code: string, name = 'Rotherham') =>
  `2015,Reporting year,Local authority,E92000001,England,E12000003,Yorkshire and The Humber,${code},E08000018,${name}`;
const tidy = (extra: string, ...rows: string[]) =>
  parseText('tidy.csv', [`${GEO},${extra}`, ...rows].join('\n'), at);

describe('readNationalYear: time_period is the year ending in March', () => {
  it.each([
    ['2015', '2014/15'],
    ['201415', '2014/15'],
    ['2014/15', '2014/15'],
    ['2014-15', '2014/15'],
    [' 2025 ', '2024/25'],
    ['201416', null],
    ['15', null],
    ['2015 Q1', null],
    ['', null],
  ])('%j is %s', (raw, year) => expect(readNationalYear(raw)).toBe(year));
});

describe('the published c1 file: referrals and re-referrals, 2013 to 2025', () => {
  const p = load('c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv');
  const d = p.national!;
  const row = (year: string, level: NationalRow['level'], laCode = '') =>
    d.rows.find((r) => r.year === year && r.level === level && r.laCode === laCode)!;

  it('is published national data, every row read and kept, no problems', () => {
    expect(p.kind).toBe('national');
    expect(p.problems).toEqual([]);
    expect(p.rowsRead).toBe(2132);
    expect(p.rowsAccepted).toBe(2132);
    expect(d.rows).toHaveLength(2132);
    expect(d.file).toBe('c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv');
  });

  it('has one filter, category, and its numeric columns as measures', () => {
    expect(d.filters).toEqual(['category']);
    expect(d.measures).toEqual([
      'referral_count',
      'rereferral_count',
      'rereferral_percent',
      'no_further_action_count',
      'no_further_action_percent',
      'not_in_need_count',
      'not_in_need_percent',
      'referral_child_count',
      'rereferral_child_count',
      'rereferral_child_percent',
    ]);
  });

  it('keeps only the three levels, with 13 years from 2012/13 to 2024/25', () => {
    expect(new Set(d.rows.map((r) => r.level))).toEqual(new Set(['national', 'regional', 'la']));
    expect(d.rows.filter((r) => r.level === 'national')).toHaveLength(13);
    const years = [...new Set(d.rows.map((r) => r.year))].sort();
    expect(years).toHaveLength(13);
    expect(years[0]).toBe('2012/13');
    expect(years.at(-1)).toBe('2024/25');
  });

  it.each<[string, NationalRow['level'], string, string, number]>([
    // line 1642: 2015,Reporting year,National,...,635620,154070,24.2,...
    ['England', 'national', '', 'rereferral_percent', 24.2],
    ['England', 'national', '', 'referral_count', 635620],
    // line 1700: 2015,...,Local authority,...,372,E08000018,Rotherham,...,5172,1128,21.8,...
    ['Rotherham', 'la', '372', 'rereferral_percent', 21.8],
    ['Rotherham', 'la', '372', 'referral_count', 5172],
    ['Rotherham', 'la', '372', 'rereferral_child_percent', 20.7],
  ])('%s 2014/15 (time_period 2015): %s %s %s is %s', (_who, level, code, measure, expected) => {
    expect(value(d, row('2014/15', level, code), measure)).toBe(expected);
  });

  it("keeps Rotherham's geography and its suppressed cells as null", () => {
    const r = row('2014/15', 'la', '372');
    expect(r).toMatchObject({
      laName: 'Rotherham',
      regionCode: 'E12000003',
      regionName: 'Yorkshire and The Humber',
      filters: ['Referrals and Re-referrals'],
    });
    expect(value(d, r, 'not_in_need_count')).toBeNull(); // "c" in the file
    expect(value(d, r, 'not_in_need_percent')).toBeNull();
  });

  it('the national row has no region or LA; every LA row has a 3-digit code', () => {
    expect(row('2014/15', 'national')).toMatchObject({ regionCode: '', laCode: '', laName: '' });
    expect(d.rows.filter((r) => r.level === 'la').every((r) => /^\d{3}$/.test(r.laCode))).toBe(
      true,
    );
  });
});

describe('the hand-made edge file (fixtures/national/tidy-edge.csv)', () => {
  const p = load('tidy-edge.csv');
  const d = p.national!;
  const la = (code: string) => d.rows.find((r) => r.laCode === code)!;

  it('reports each problem at its line and column, and nothing else', () => {
    expect(p.kind).toBe('national');
    expect(codes(p)).toEqual([
      'warning invalid-number 6 children_percent',
      'warning skipped-geography 7 geographic_level',
    ]);
    expect(p.problems[0]?.message).toContain('"abc"');
    expect(p.problems[1]?.message).toMatch(/Local authority district: 1/);
  });

  it('keeps the national, regional and two LA rows and skips the district', () => {
    expect(p.rowsRead).toBe(6);
    expect(p.rowsAccepted).toBe(5);
    expect(d.rows.map((r) => [r.year, r.level, r.laCode])).toEqual([
      ['2014/15', 'national', ''],
      ['2015/16', 'national', ''],
      ['2014/15', 'regional', ''],
      ['2014/15', 'la', '372'],
      ['2014/15', 'la', '373'],
    ]);
  });

  it('maps columns by name whatever their order, with a BOM; time_identifier is no filter', () => {
    expect(d.filters).toEqual(['characteristic']);
    expect(d.measures).toEqual(['children_count', 'children_percent']);
    expect(la('372')).toMatchObject({ laName: 'Rotherham', filters: ['Total'] });
  });

  it.each([
    ['372', 'c suppressed', [30, null]],
    ['373', 'low and the unreadable abc', [null, null]],
  ])('LA %s (%s) reads as null, not an error', (code, _case, values) => {
    expect(la(code).values).toEqual(values);
  });
});

describe('tidy files built for one case each', () => {
  it.each<[string, string, string[], string[]]>([
    [
      'a time_period that is not a year',
      `2015 Q5${NAT.slice(4)},Total,10`,
      ['error invalid-period 3 time_period'],
      [],
    ],
    [
      'an LA code that is not 3 digits',
      `${LA('37')},Total,10`,
      ['error invalid-la-code 3 old_la_code'],
      [],
    ],
    [
      'an LA row with a joint code (as the workforce file has)',
      `${LA('940 / 941', 'North / West Northamptonshire')},Total,10`,
      ['warning joint-la 3 old_la_code'],
      ['940 / 941'],
    ],
    [
      'a blank geographic level',
      `2015,Reporting year,,E92000001,England,,,,,,Total,10`,
      ['warning skipped-geography 3 geographic_level'],
      [],
    ],
    [
      'a level in other capitals',
      `${LA('372').replace('Local authority', 'LOCAL AUTHORITY')},Total,10`,
      [],
      ['372'],
    ],
  ])('%s (line 3)', (_case, row, problems, laCodes) => {
    const p = tidy('category,count', `${NAT},Total,5`, row);
    expect(codes(p)).toEqual(problems);
    expect(p.national!.rows.filter((r) => r.level === 'la').map((r) => r.laCode)).toEqual(laCodes);
  });

  it.each<[string, string[], 'measure' | 'filter']>([
    ['numbers and suppression symbols', ['12', 'c', 'x', 'z', 'u', 'low', '..', ''], 'measure'],
    ['the other no-value markers', ['12', ':', '-', 'n/a', 'k', '[c]'], 'measure'],
    ['numbers with commas and per cent signs', ['"1,041"', '46.6%', '7'], 'measure'],
    ['suppression symbols only', ['c', 'c'], 'measure'],
    ['text', ['Total', 'Boys', 'Girls'], 'filter'],
    ['text with a number among it (an age band)', ['Total', '16', 'Under 16'], 'filter'],
    ['durations written 00:10', ['00:10', '01:02'], 'filter'],
  ])('a column of %s is a %s', (_case, cells, kind) => {
    const p = tidy('n', ...cells.map((c) => `${NAT},${c}`));
    expect(p.national!.measures).toEqual(kind === 'measure' ? ['n'] : []);
    expect(p.national!.filters).toEqual(kind === 'filter' ? ['n'] : []);
    // A file with no column of numbers says that nothing can be compared with it.
    expect(codes(p)).toEqual(kind === 'filter' ? ['warning no-measures 0 '] : []);
  });

  it('a column blank in every kept row is neither (DfE district columns on LA rows)', () => {
    const p = tidy('lad_code,count', `${NAT},,5`, `${REG},,6`);
    expect(p.national!.measures).toEqual(['count']);
    expect(p.national!.filters).toEqual([]);
  });

  it('warns once per measure column (mostly numbers), at its first unreadable cell, and keeps the rows', () => {
    const p = tidy(
      'count',
      `${NAT},5`,
      `${REG},abc`,
      `${LA('372')},6`,
      `${LA('373')},?`,
      `${NAT},7`,
    );
    expect(codes(p)).toEqual(['warning invalid-number 3 count']);
    expect(p.problems[0]?.message).toMatch(/"abc".*1 more cells/);
    expect(p.national!.rows.map((r) => r.values[0])).toEqual([5, null, 6, null, 7]);
  });

  it('a column repeated keeps the first', () => {
    const p = tidy('count,Count', `${NAT},5,6`);
    expect(codes(p)).toEqual(['warning duplicate-column 1 Count']);
    expect(p.national!.measures).toEqual(['count']);
    expect(p.national!.rows[0]?.values).toEqual([5]);
  });

  it('a file with no row at a kept level is an error', () => {
    const p = tidy('count', `2015,Reporting year,Ward,E92000001,England,,,,,,5`);
    expect(codes(p)).toEqual(['warning skipped-geography 2 geographic_level', 'error no-rows 0 ']);
    expect(p.rowsAccepted).toBe(0);
  });

  it('a hostile header is a column name in a list, never an object key', () => {
    const p = tidy('__proto__,constructor,toString,polluted', `${NAT},Total,5,6,7`);
    const d = p.national!;
    expect(d.filters).toEqual(['__proto__']);
    expect(d.measures).toEqual(['constructor', 'toString', 'polluted']);
    expect(d.rows[0]?.values).toEqual([5, 6, 7]);
    expect(Object.keys(d.rows[0]!).sort()).toEqual([
      'filters',
      'laCode',
      'laName',
      'level',
      'regionCode',
      'regionName',
      'values',
      'year',
    ]);
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).constructor).toBe(Object);
  });

  it('is recognised before the other kinds, whatever its data columns are called', () => {
    const p = tidy('indicator_id,period,value,benchmark', `${NAT},2.8,Dec-15,5,sn_avg`);
    expect(p.kind).toBe('national');
    expect(p.national!.measures).toEqual(['indicator_id', 'value']);
    expect(p.national!.filters).toEqual(['period', 'benchmark']);
  });
});
