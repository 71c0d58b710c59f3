import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseText } from '@/domain/import/parse-file';
import { recogniseKind } from '@/domain/import/recognise';
import type { Indicator, ParsedFile } from '@/domain/types';

const at = '2016-01-18T09:00:00.000Z';
const HEADER = 'indicator_id,period,dimension,category,value,numerator,denominator';
const parse = (rows: string[], catalogue?: Indicator[]) =>
  parseText('breakdown.csv', [HEADER, ...rows].join('\n'), at, catalogue);
const codes = (p: ParsedFile) => p.problems.map((x) => `${x.severity} ${x.code} ${x.line}`);

describe('breakdown files (SPEC 2.8)', () => {
  it.each([
    [['indicator_id', 'period', 'dimension', 'category', 'value'], 'breakdown'],
    [['Indicator ID', 'Period', 'Breakdown', 'Category', 'Numerator', 'Denominator'], 'breakdown'],
    // Without a dimension it is an ordinary monthly file.
    [['indicator_id', 'period', 'value'], 'monthly-long'],
  ])('%j is recognised as %s', (headers, kind) => {
    expect(recogniseKind(headers)).toBe(kind);
  });

  it('reads the fixture of CP plans by length of time (DfE, Rotherham, 31 March)', () => {
    const text = readFileSync('fixtures/board/breakdown-cp-duration.csv', 'utf8');
    const p = parseText('breakdown-cp-duration.csv', text, at);
    expect(p.kind).toBe('breakdown');
    expect(p.problems).toEqual([]);
    expect(p.rowsAccepted).toBe(10);
    // 156 + 101 + 103 + 43 + 23 = 426 plans at 31 March 2015.
    const march15 = p.breakdowns!.filter((b) => b.period === '2015-03');
    expect(march15.reduce((s, b) => s + b.value!, 0)).toBe(426);
    expect(march15[0]).toMatchObject({
      indicatorId: '6.1',
      dimension: 'Length of time on plan',
      category: '3 months or less',
      value: 156,
      line: 7,
    });
  });

  it('computes a share from numerator and denominator, and keeps a suppressed category', () => {
    // Referrals ending in no further action by source: 12 of 48 from the police = 25.0%.
    const p = parse([
      '2.2,Dec-15,Referral source,Police,,12,48',
      '2.2,Dec-15,Referral source,Health,c,,',
    ]);
    expect(p.problems).toEqual([]);
    expect(p.breakdowns!.map((b) => [b.category, b.value, b.numerator, b.denominator])).toEqual([
      ['Police', 25, 12, 48],
      ['Health', null, null, null],
    ]);
  });

  it.each([
    [['6.1,2015-03,,3 months or less,156'], 'error missing-category 2'],
    [['6.1,2015-03,Length,,156'], 'error missing-category 2'],
    [['6.1,2015-03,Length,Short,15x'], 'error invalid-number 2'],
    [['6.1,2015-33,Length,Short,15'], 'error invalid-period 2'],
    [['2.2,2015-12,Source,Police,,5,0'], 'error implausible-value 2'],
    [['6.1,2015-03,Length,Short,1', '6.1,2015-03,Length,short,2'], 'warning duplicate-category 3'],
  ])('%j: %s', (rows, problem) => {
    const p = parse(rows);
    expect(codes(p)[0]).toBe(problem);
  });

  it('keeps the later of two lines for one category', () => {
    const p = parse(['6.1,2015-03,Length,Short,1', '6.1,2015-03,Length,short,2']);
    expect(p.breakdowns!.map((b) => b.value)).toEqual([2]);
  });
});
