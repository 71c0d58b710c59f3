import { describe, expect, it } from 'vitest';
import { parseText } from '@/domain/import/parse-file';
import { readBenchmarkKind, readBenchmarkYear } from '@/domain/import/benchmarks';
import type { ParsedFile } from '@/domain/types';

const at = '2016-01-18T09:00:00.000Z';
const HEADER = 'indicator_id,benchmark,period,value,source';
const bench = (...rows: string[]) => parseText('benchmarks.csv', [HEADER, ...rows].join('\n'), at);
const codes = (p: ParsedFile) =>
  p.problems.map((x) => `${x.severity} ${x.code} ${x.line} ${x.column}`);

describe('benchmarks (SPEC 2.4)', () => {
  it('reads each benchmark with its year and source', () => {
    const p = bench(
      '2.4,sn_avg,2014/15,655.4,"DfE CIN census 2014/15"',
      '2.4,best_sn,2014-15,333.9,',
      '2.5,national_avg,FY2014-15,87.1%,',
      '2.5,national_top_quartile,2014/2015,97.8%,',
      '2.5,regional_avg,2015,80.0,',
    );
    expect(p.kind).toBe('benchmarks');
    expect(p.problems).toEqual([]);
    expect(p.benchmarks.map((b) => [b.indicatorId, b.benchmark, b.period, b.value])).toEqual([
      ['2.4', 'sn_avg', '2014/15', 655.4],
      ['2.4', 'best_sn', '2014/15', 333.9],
      ['2.5', 'national_avg', '2014/15', 87.1],
      ['2.5', 'national_top_quartile', '2014/15', 97.8],
      ['2.5', 'regional_avg', '2014/15', 80],
    ]);
    expect(p.benchmarks[0]?.source).toBe('DfE CIN census 2014/15');
  });

  it('keeps a label (the best neighbour) when the file has one', () => {
    const p = parseText(
      'b.csv',
      'indicator_id,benchmark,period,value,label\n2.5,best_sn,2014/15,99.7,Trafford\n',
      at,
    );
    expect(p.benchmarks[0]?.label).toBe('Trafford');
  });

  it('a "-" value is no benchmark and no error', () => {
    const p = bench('2.4,national_top_quartile,2014/15,-,');
    expect(p.problems).toEqual([]);
    expect(p.benchmarks).toEqual([]);
  });

  it.each([
    ['an unknown benchmark', '2.4,best_guess,2014/15,5,', 'error invalid-benchmark 3 benchmark'],
    [
      'a period that is not a financial year',
      '2.4,sn_avg,Dec-15,5,',
      'error invalid-period 3 period',
    ],
    ['a bad value', '2.4,sn_avg,2014/15,6S5.4,', 'error invalid-number 3 value'],
    ['no id', ',sn_avg,2014/15,5,', 'error missing-id 3 indicator_id'],
  ])('%s drops that row only', (_case, row, expected) => {
    const p = bench('2.5,sn_avg,2014/15,85.9%,', row);
    expect(codes(p)).toEqual([expected]);
    expect(p.benchmarks).toHaveLength(1);
    expect(p.rowsAccepted).toBe(1);
  });
});

describe('benchmark words and years', () => {
  it.each([
    ['sn_avg', 'sn_avg'],
    ['Stat neigh ave', 'sn_avg'],
    ['best_sn', 'best_sn'],
    ['Best stat neigh', 'best_sn'],
    ['national_avg', 'national_avg'],
    ['England', 'national_avg'],
    ['Nat ave', 'national_avg'],
    ['national_top_quartile', 'national_top_quartile'],
    ['NAT TOP QTILE THRESHOLD', 'national_top_quartile'],
    ['regional_avg', 'regional_avg'],
    ['__proto__', null],
    ['constructor', null],
    ['', null],
  ])('%j is %s', (raw, kind) => expect(readBenchmarkKind(raw)).toBe(kind));

  it.each([
    ['2014/15', '2014/15'],
    ['FY 2014/15', '2014/15'],
    ['2015', '2014/15'],
    ['2015-12', null],
    ['', null],
  ])('year %j is %s', (raw, year) => expect(readBenchmarkYear(raw)).toBe(year));
});
