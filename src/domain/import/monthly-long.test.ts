import { describe, expect, it } from 'vitest';
import { parseText } from '@/domain/import/parse-file';
import { valueFromFraction } from '@/domain/import/monthly-long';
import type { Indicator, ParsedFile, Unit } from '@/domain/types';

const at = '2016-01-18T09:00:00.000Z';
const HEADER = 'indicator_id,period,value,numerator,denominator,note';
const long = (rows: string[], catalogue?: Indicator[]) =>
  parseText('months.csv', [HEADER, ...rows].join('\n'), at, catalogue);
const codes = (p: ParsedFile) =>
  p.problems.map((x) => `${x.severity} ${x.code} ${x.line} ${x.column}`);
const known = (id: string, unit: Unit) => ({ id, unit }) as Indicator;

describe('monthly values, long form (SPEC 2.3)', () => {
  it('reads months in any spelling and financial years as annual outturns', () => {
    const p = long([
      '2.1,2015-10,935,,,',
      '2.1,Nov 15,1029,,,',
      '2.1,December 2015,"1,041",,,',
      '2.1,2014/15,10517,,,annual',
    ]);
    expect(p.problems).toEqual([]);
    expect(p.observations.map((o) => [o.period, o.value])).toEqual([
      ['2015-10', 935],
      ['2015-11', 1029],
      ['2015-12', 1041],
      ['2014/15', 10517],
    ]);
    expect(p.observations[3]).toMatchObject({
      note: 'annual',
      raw: '10517',
      provenance: { file: 'months.csv', importedAt: at, line: 5 },
    });
    expect(p.rowsAccepted).toBe(4);
  });

  it('keeps numerator and denominator beside a written value', () => {
    const p = long(['6.9,2015-12,12.1%,69,568,']);
    expect(p.observations[0]).toMatchObject({
      value: 12.1,
      numerator: 69,
      denominator: 568,
      decimals: 1,
      raw: '12.1%',
    });
  });

  it.each<[string, Indicator[] | undefined, number, number]>([
    ['an undescribed indicator: a percentage', undefined, 12.1, 1],
    ['a percent indicator: a percentage', [known('6.9', 'percent')], 12.1, 1],
    ['a rate per 10,000: n / d x 10,000', [known('6.9', 'rate_per_10k')], 1214.8, 1],
    ['a count or average: n / d', [known('6.9', 'average')], 0.12, 2],
  ])(
    'computes a blank value from numerator and denominator, %s',
    (_case, catalogue, value, decimals) => {
      const p = long(['6.9,2015-12,,69,568,computed'], catalogue);
      expect(p.observations[0]).toMatchObject({
        value,
        decimals,
        numerator: 69,
        denominator: 568,
        raw: '69 of 568',
      });
    },
  );

  it('a rate per 10,000 given as a count is kept for the population to rate, warned once', () => {
    const p = long(['2.4,2015-11,,3720,,', '2.4,2015-12,,3771,,'], [known('2.4', 'rate_per_10k')]);
    expect(p.observations.map((o) => [o.period, o.value, o.numerator, o.denominator])).toEqual([
      ['2015-11', null, 3720, null],
      ['2015-12', null, 3771, null],
    ]);
    expect(p.rowsAccepted).toBe(2);
    expect(codes(p)).toEqual(['warning rate-from-population 2 numerator']);
    expect(p.problems[0]?.message).toMatch(/import a population file/);
  });

  it.each<[string, Indicator[] | undefined]>([
    ['a count indicator', [known('2.1', 'count')]],
    ['an undescribed indicator', undefined],
  ])('a numerator alone is an error for %s: no value can be made', (_case, catalogue) => {
    const p = long(['2.1,2015-12,,1041,,'], catalogue);
    expect(p.observations).toEqual([]);
    expect(codes(p).filter((c) => c.startsWith('error'))).toEqual(['error no-value 2 value']);
    expect(p.rowsAccepted).toBe(0);
  });

  it('a blank value with a zero denominator, or a no-value marker, is no value and no error', () => {
    const p = long([
      '10.1,2015-11,-,0,0,no adoptions',
      '2.1,2015-12,n/a,,,',
      '2.2,2015-12,c,,,suppressed',
      '2.3,2015-12,,,,',
    ]);
    expect(p.problems).toEqual([]);
    expect(p.observations).toEqual([]);
  });

  it('a period given twice: warned, the later line wins', () => {
    const p = long(['2.1,Dec-15,1041,,,', '2.2,Dec-15,485,,,', '2.1,2015-12,1052,,,re-run']);
    expect(codes(p)).toEqual(['warning duplicate-period 4 period']);
    expect(p.observations.map((o) => [o.indicatorId, o.value])).toEqual([
      ['2.2', 485],
      ['2.1', 1052],
    ]);
  });

  it('warns once per indicator the catalogue does not know, and keeps its values', () => {
    const p = long(
      ['2.1,2015-11,1029,,,', '9.9,2015-11,5,,,', '9.9,2015-12,6,,,'],
      [known('2.1', 'count')],
    );
    expect(codes(p)).toEqual(['warning unknown-indicator 3 indicator_id']);
    expect(p.observations).toHaveLength(3);
  });
});

describe('long-form problems: line, column, what to do; the good rows kept', () => {
  it.each([
    [
      'a bad value',
      '2.3,2015-08,4o.2,,,',
      'error invalid-number 3 value',
      /Line 3, column "value": "4o.2" is not a number\. Correct the cell/,
    ],
    [
      'a bad numerator',
      '2.3,2015-08,,4o,100,',
      'error invalid-number 3 numerator',
      /"4o" is not a number/,
    ],
    [
      'a bad denominator',
      '2.3,2015-08,,4,1OO,',
      'error invalid-number 3 denominator',
      /"1OO" is not a number/,
    ],
    [
      'a bad period',
      '2.3,Decembre 15,4,,,',
      'error invalid-period 3 period',
      /"Decembre 15" is not a month/,
    ],
    ['no id', ',2015-08,4,,,', 'error missing-id 3 indicator_id', /no indicator id/],
  ])('%s drops that row only', (_case, row, expected, message) => {
    const p = long(['2.1,2015-07,1012,,,', row, '2.1,2015-08,981,,,']);
    expect(codes(p)).toEqual([expected]);
    expect(p.problems[0]?.message).toMatch(message);
    expect(p.observations.map((o) => o.value)).toEqual([1012, 981]);
    expect(p.rowsRead).toBe(3);
    expect(p.rowsAccepted).toBe(2);
  });

  it('a semicolon file reads the same (decimals with a point)', () => {
    const p = parseText(
      's.csv',
      'indicator_id;period;value\n2.1;2015-12;1041\n6.9;2015-12;12.1%\n',
      at,
    );
    expect(p.kind).toBe('monthly-long');
    expect(p.observations.map((o) => o.value)).toEqual([1041, 12.1]);
  });

  it('a decimal comma in a semicolon file is reported, not misread', () => {
    const p = parseText('s.csv', 'indicator_id;period;value\n6.9;2015-12;12,1\n', at);
    expect(codes(p)).toEqual(['error invalid-number 2 value']);
  });
});

describe('valueFromFraction', () => {
  it.each<[number, number, Unit | null, number | null]>([
    [898, 991, 'percent', 90.6],
    [898, 991, null, 90.6],
    [4513, 56400, 'rate_per_10k', 800.2],
    [3617, 10, 'days', 361.7],
    [1, 0, 'percent', null],
  ])('%d / %d as %s is %s', (n, d, unit, value) => {
    expect(valueFromFraction(n, d, unit)?.value ?? null).toBe(value);
  });
});

describe('periods read right (SPEC 3.1)', () => {
  const HEAD = 'indicator_id,period,value';
  const read = (...lines: string[]) => parseText('p.csv', [HEAD, ...lines].join('\n'), at);
  const problems = (f: ParsedFile) =>
    f.problems.map((p) => `${p.severity} ${p.code} ${p.line} ${p.column}`);

  it('2011-12 among months is December 2011, and the report says how it was read', () => {
    const f = read('2.1,2011-10,900', '2.1,2011-11,950', '2.1,2011-12,1000', '2.1,2012-01,990');
    expect(f.observations.map((o) => o.period)).toEqual([
      '2011-10',
      '2011-11',
      '2011-12',
      '2012-01',
    ]);
    expect(problems(f)).toEqual(['warning ambiguous-period 4 period']);
    expect(f.problems[0]!.message).toContain('read as December 2011');
  });

  it('2011-12 among financial years is the year 2011/12', () => {
    const f = read('2.1,2010/11,9000', '2.1,2011-12,9500', '2.1,2012/13,9900');
    expect(f.observations.map((o) => o.period)).toEqual(['2010/11', '2011/12', '2012/13']);
    expect(f.problems[0]!.message).toContain('read as the financial year 2011/12');
  });

  it('a lone 2011-12 is a month, and the report says nothing decided it', () => {
    const f = read('2.1,2011-12,1000');
    expect(f.observations.map((o) => o.period)).toEqual(['2011-12']);
    expect(f.problems[0]!.message).toMatch(/December 2011, because nothing else/);
  });

  it('an implausible year and an impossible date are errors with line and column', () => {
    const f = read(
      '2.1,2015-10,935',
      '2.1,2105-12,1041',
      '2.1,0001-01,5',
      '2.1,31/02/2015,7',
      '2.1,2015-11,1029',
    );
    expect(f.observations.map((o) => o.period)).toEqual(['2015-10', '2015-11']);
    expect(problems(f)).toEqual([
      'error implausible-period 3 period',
      'error implausible-period 4 period',
      'error impossible-date 5 period',
    ]);
    expect(f.problems[2]!.message).toContain('February 2015 has 28 days');
  });

  it('80,000 repeated rows cost no more than 80,000 distinct ones (duplicates found by a map)', () => {
    const time = (rows: string[]) => {
      const started = performance.now();
      const f = read(...rows);
      return { f, ms: performance.now() - started };
    };
    // A file appended to itself: 12 months of one indicator, over and over.
    const repeated = time(
      Array.from({ length: 80_000 }, (_, i) => `2.1,2015-${(i % 12) + 1},${i}`),
    );
    // The same number of rows, every one a different indicator.
    const distinct = time(
      Array.from({ length: 80_000 }, (_, i) => `x${i},2015-${(i % 12) + 1},${i}`),
    );
    expect(repeated.f.observations).toHaveLength(12);
    // the later line wins: December (i % 12 = 11) last written at i = 79,991
    expect(repeated.f.observations.find((o) => o.period === '2015-12')!.value).toBe(79_991);
    // 50 repeats listed one by one, then one warning counting the other 79,938
    const warnings = repeated.f.problems.filter((p) => p.code === 'duplicate-period');
    expect(warnings).toHaveLength(51);
    expect(warnings[50]!.message).toMatch(/^79,938 more lines repeat/);
    // Re-scanning the values read so far on each repeat took 110 s; a map lookup costs nothing
    // more than reading a new row. (About 0.5 s each for the domain on an idle machine; the
    // bound is loose because test machines are shared.)
    expect(repeated.ms).toBeLessThan(distinct.ms * 2 + 500);
    expect(repeated.ms).toBeLessThan(10_000);
  }, 60_000);
});

describe('plausibility (SPEC 3.8): impossible values kept out, unlikely ones warned', () => {
  const pct = [known('2.8', 'percent'), known('2.1', 'count'), known('2.4', 'rate_per_10k')];
  const digits309 = '9'.repeat(309);
  it.each<[string, string, string[], number | null]>([
    // errors: the row is not imported
    ['a 309-digit value', `2.1,2015-12,${digits309},,,`, ['error invalid-number 2 value'], null],
    [
      '16 significant digits',
      '2.1,2015-12,1234567890123456,,,',
      ['error invalid-number 2 value'],
      null,
    ],
    ['15 significant digits', '2.1,2015-12,123456789012345,,,', [], 123456789012345],
    ['a negative numerator', '2.8,2015-12,,-3,10,', ['error implausible-value 2 numerator'], null],
    [
      'a negative denominator',
      '2.8,2015-12,,3,-10,',
      ['error implausible-value 2 denominator'],
      null,
    ],
    [
      'a denominator of 0 under 5',
      '2.8,2015-12,,5,0,',
      ['error implausible-value 2 denominator'],
      null,
    ],
    ['5 of 0 in one cell', '2.8,2015-12,5 of 0,,,', ['error invalid-number 2 value'], null],
    ['20/0 in one cell', '2.8,2015-12,20/0,,,', ['error invalid-number 2 value'], null],
    // no value, no error: 0 of 0 has nothing to rate
    ['0 of 0', '2.8,2015-12,,0,0,', [], null],
    // warnings: the row is imported
    [
      'a percentage above 100',
      '2.8,2015-12,104.5%,,,',
      ['warning implausible-value 2 value'],
      104.5,
    ],
    ['a percentage below 0', '2.8,2015-12,-2,,,', ['warning implausible-value 2 value'], -2],
    ['a count below 0', '2.1,2015-12,-4,,,', ['warning implausible-value 2 value'], -4],
    [
      'a numerator above its denominator',
      '2.8,2015-12,,12,10,',
      ['warning implausible-value 2 value', 'warning implausible-value 2 value'],
      120,
    ],
    ['a rate over its population (not a percentage)', '2.4,2015-12,,600,56400,', [], 106.4],
    ['a plain percentage', '2.8,2015-12,26.8%,,,', [], 26.8],
  ])('%s', (_what, row, expected, value) => {
    const p = long([row], pct);
    expect(codes(p)).toEqual(expected);
    expect(p.observations[0]?.value ?? null).toBe(value);
    for (const o of p.observations) expect(Number.isFinite(o.value)).toBe(true);
  });

  it('says why a 309-digit value was refused, quoting only its start', () => {
    const p = long([`2.1,2015-12,${digits309},,,`], pct);
    expect(p.problems[0]!.message).toContain('more than 15 significant digits');
    expect(p.problems[0]!.message.length).toBeLessThan(300);
  });
});
