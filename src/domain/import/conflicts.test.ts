import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseText } from '@/domain/import/parse-file';
import { findConflicts } from '@/domain/import/conflicts';

const at = '2016-01-18T09:00:00.000Z';
const HEAD = 'indicator_id,period,value,numerator,denominator';
const file = (name: string, ...rows: string[]) => parseText(name, [HEAD, ...rows].join('\n'), at);
const fixture = (name: string) => readFileSync(resolve(process.cwd(), 'fixtures', name), 'utf8');

describe('conflicts inside one import', () => {
  it.each<[string, string[], string[], string[]]>([
    [
      'different values: both listed, the later file last (used)',
      ['2.8,2015-10,26.7'],
      ['2.8,2015-10,26.8%'],
      ['a.csv 26.7 | b.csv 26.8'],
    ],
    [
      'the same value spelt differently is no conflict',
      ['2.1,2015-12,1041'],
      ['2.1,2015-12,"1,041"'],
      [],
    ],
    [
      'a value without the fraction we hold agrees',
      ['6.10,2015-12,,1,362'],
      ['6.10,2015-12,0.3%'],
      [],
    ],
    [
      'a different fraction behind the same value conflicts',
      ['6.10,2015-12,0.3,1,362'],
      ['6.10,2015-12,0.3,2,362'],
      ['a.csv 0.3 | b.csv 0.3'],
    ],
    ['different periods are no conflict', ['2.8,2015-10,26.7'], ['2.8,2015-11,28.2'], []],
  ])('%s', (_what, a, b, expected) => {
    const conflicts = findConflicts([file('a.csv', ...a), file('b.csv', ...b)]);
    expect(
      conflicts.map((c) => c.readings.map((o) => `${o.provenance.file} ${o.value}`).join(' | ')),
    ).toEqual(expected);
  });

  it("the example's own files disagree: 2.8 Oct-15 is 26.7% on the detail page, 26.8% on the summary", () => {
    const detail = parseText('detail-monthly-2015.csv', fixture('detail-monthly-2015.csv'), at);
    const sheet = parseText('scorecard-2015-12.csv', fixture('scorecard-2015-12.csv'), at);
    const conflicts = findConflicts([detail, sheet]);
    const c = conflicts.find((x) => x.indicatorId === '2.8' && x.period === '2015-10')!;
    expect(c.readings.map((o) => [o.provenance.file, o.value])).toEqual([
      ['detail-monthly-2015.csv', 26.7],
      ['scorecard-2015-12.csv', 26.8],
    ]);
    // Others read off the two CSVs: an annual outturn, and a figure printed to another precision
    // (a revision by the same rule when imported one after the other).
    const of = (id: string, period: string) =>
      conflicts
        .find((x) => x.indicatorId === id && x.period === period)
        ?.readings.map((o) => o.raw);
    expect(of('3.1', '2014/15')).toEqual(['3929', '3780']);
    expect(of('6.9', '2015-12')).toEqual(['12.15', '12.1%']);
    expect(of('2.1', '2015-12')).toBeUndefined(); // 1041 on both
  });
});
