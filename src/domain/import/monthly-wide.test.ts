import { describe, expect, it } from 'vitest';
import { parseText } from '@/domain/import/parse-file';
import type { Indicator, ParsedFile } from '@/domain/types';

const at = '2016-01-18T09:00:00.000Z';
const wide = (text: string, catalogue?: Indicator[]) => parseText('wide.csv', text, at, catalogue);
const codes = (p: ParsedFile) =>
  p.problems.map((x) => `${x.severity} ${x.code} ${x.line} ${x.column}`);

describe('monthly values, wide form (SPEC 2.3)', () => {
  const p = wide(
    'indicator_id,Oct-15,Nov 15,2015-12,2014/15\n2.1,935,1029,"1,041",10517\n6.11,1.59%,1.41%,0.0%,20/478 4.18%\n11.6,,,18.3,\n',
  );

  it('reads one value per month or year column', () => {
    expect(p.kind).toBe('monthly-wide');
    expect(p.problems).toEqual([]);
    expect(p.rowsAccepted).toBe(3);
    expect(
      p.observations.filter((o) => o.indicatorId === '2.1').map((o) => [o.period, o.value]),
    ).toEqual([
      ['2015-10', 935],
      ['2015-11', 1029],
      ['2015-12', 1041],
      ['2014/15', 10517],
    ]);
  });

  it('keeps the raw cell, decimals, fraction and provenance', () => {
    const o = p.observations.find((x) => x.indicatorId === '6.11' && x.period === '2014/15');
    expect(o).toMatchObject({
      value: 4.18,
      decimals: 2,
      numerator: 20,
      denominator: 478,
      raw: '20/478 4.18%',
      provenance: { line: 3 },
    });
  });

  it('a blank cell is no observation', () => {
    expect(p.observations.filter((o) => o.indicatorId === '11.6').map((o) => o.period)).toEqual([
      '2015-12',
    ]);
  });

  it('reads a sheet headed "No." too', () => {
    expect(wide('No.,Dec 15\n2.1,1041\n').observations[0]).toMatchObject({
      indicatorId: '2.1',
      period: '2015-12',
      value: 1041,
    });
  });
});

describe('wide-form problems', () => {
  it('a bad cell drops that value only, naming the column as headed', () => {
    const p = wide('indicator_id,Oct-15,Nov 15,Dec-15\n2.1,935,1O29,1041\n');
    expect(codes(p)).toEqual(['error invalid-number 2 Nov 15']);
    expect(p.problems[0]?.message).toMatch(/^Line 2, column "Nov 15": "1O29" is not a number/);
    expect(p.observations.map((o) => o.period)).toEqual(['2015-10', '2015-12']);
    expect(p.rowsAccepted).toBe(1);
  });

  it('a month headed twice: warned, the later column wins', () => {
    const p = wide('indicator_id,Oct-15,Nov 15,Dec-15,December 2015\n2.1,935,1029,1041,1045\n');
    expect(codes(p)).toEqual(['warning duplicate-period 1 Dec-15']);
    expect(p.observations.find((o) => o.period === '2015-12')?.value).toBe(1045);
  });

  it('an indicator on two lines: warned, the later line wins', () => {
    const p = wide('indicator_id,Dec-15\n2.1,1041\n2.1,1052\n');
    expect(codes(p)).toEqual(['warning duplicate-indicator 3 indicator_id']);
    expect(p.observations.map((o) => o.value)).toEqual([1052]);
  });

  it('a row without an id is reported and skipped', () => {
    const p = wide('indicator_id,Dec-15\n,5\n2.1,1041\n');
    expect(codes(p)).toEqual(['error missing-id 2 indicator_id']);
    expect(p.observations).toHaveLength(1);
  });

  it('an unknown column is warned and ignored', () => {
    const p = wide('indicator_id,Team,Dec-15\n2.1,Duty,1041\n');
    expect(codes(p)).toEqual(['warning unknown-column 1 Team']);
    expect(p.observations).toHaveLength(1);
  });
});

describe('period headers read right (SPEC 3.1)', () => {
  const periods = (p: ParsedFile) => p.observations.map((o) => o.period);

  it('2011-12 beside months is December 2011, and the report says so', () => {
    const p = wide('indicator_id,2011-10,2011-11,2011-12\n2.1,900,950,1000\n');
    expect(periods(p)).toEqual(['2011-10', '2011-11', '2011-12']);
    expect(codes(p)).toEqual(['warning ambiguous-period 1 2011-12']);
    expect(p.problems[0]!.message).toContain('read as December 2011');
  });

  it('2011-12 beside financial years is the year 2011/12', () => {
    const p = wide('indicator_id,2010/11,2011-12,2012/13\n2.1,9000,9500,9900\n');
    expect(periods(p)).toEqual(['2010/11', '2011/12', '2012/13']);
    expect(p.problems[0]!.message).toContain('read as the financial year 2011/12');
  });

  it('a year typed 2105 among 2015 months is an error and its column is not read', () => {
    const p = wide('indicator_id,Oct-15,Nov-15,Dec 2105\n2.1,935,1029,1041\n');
    expect(periods(p)).toEqual(['2015-10', '2015-11']);
    expect(codes(p)).toEqual(['error implausible-period 1 Dec 2105']);
  });
});

describe('plausibility in a wide file (SPEC 3.8)', () => {
  it('a percentage above 100 is warned about and kept; a 309-digit cell is refused', () => {
    const p = wide(`indicator_id,Nov-15,Dec-15\n2.8,104.2%,${'9'.repeat(309)}\n`);
    expect(codes(p)).toEqual([
      'warning implausible-value 2 Nov-15',
      'error invalid-number 2 Dec-15',
    ]);
    expect(p.observations.map((o) => [o.period, o.value])).toEqual([['2015-11', 104.2]]);
  });
});
