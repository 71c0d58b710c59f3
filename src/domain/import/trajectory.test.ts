import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseText } from '@/domain/import/parse-file';

const fixture = (name: string) =>
  readFileSync(resolve(process.cwd(), 'fixtures/looking-ahead', name), 'utf8');

describe('trajectory files (SPEC 2.10)', () => {
  it('recognises indicator_id, period, trajectory and reads one planned value a month', () => {
    const p = parseText('trajectory-adoptions.csv', fixture('trajectory-adoptions.csv'), 'T');
    expect(p.kind).toBe('trajectory');
    expect(p.rowsAccepted).toBe(12);
    expect(p.trajectories?.[0]).toEqual({ indicatorId: 'L.2', month: '2019-04', value: 3 });
    expect(p.trajectories?.[11]?.month).toBe('2020-03');
    expect(p.problems).toEqual([]);
  });

  it('reports a financial year or an unreadable value with its line and column', () => {
    const p = parseText(
      't.csv',
      'indicator_id,period,trajectory\nL.2,2019/20,36\nL.2,2019-05,lots\nL.2,2019-06,3\n',
      'T',
    );
    expect(p.trajectories).toEqual([{ indicatorId: 'L.2', month: '2019-06', value: 3 }]);
    expect(p.problems.map((x) => [x.line, x.column])).toEqual([
      [2, 'period'],
      [3, 'trajectory'],
    ]);
  });
});

describe('the catalogue’s target_by and rag_rule', () => {
  it('reads "600 by 31 March 2020 from October 2019" and rag_rule trajectory', () => {
    const p = parseText('catalogue-lac.csv', fixture('catalogue-lac.csv'), 'T');
    const lac = p.indicators.find((i) => i.id === 'L.1');
    expect(lac?.targetBy).toEqual({
      value: 600,
      month: '2020-03',
      from: '2019-10',
      text: '600 by 31 March 2020 from October 2019',
    });
    expect(lac?.trajectoryRag).toBe(true);
    expect(p.indicators.find((i) => i.id === 'L.2')?.targetBy).toBeUndefined();
  });

  it('warns about a target_by it cannot read and imports the indicator without it', () => {
    const p = parseText(
      'c.csv',
      'id,name,polarity,unit,target_by\nX.1,Something,low,count,fewer by spring\n',
      'T',
    );
    expect(p.indicators[0]?.targetBy).toBeUndefined();
    expect(p.problems[0]).toMatchObject({ severity: 'warning', line: 2, column: 'target_by' });
    expect(p.problems[0]?.message).toMatch(/is not a target by a date/);
  });

  it('reads rag_rule target, two_test and trajectory (one rule a row); warns only on others', () => {
    const p = parseText(
      'c.csv',
      'id,name,polarity,unit,rag_rule\n' +
        'A,A,high,count,target\nB,B,high,count,two_test\nC,C,high,count,trajectory\n' +
        'D,D,high,count,\nE,E,high,count,best of three\n',
      'T',
    );
    const rule = (id: string) => {
      const i = p.indicators.find((x) => x.id === id);
      return [i?.ragRule, i?.trajectoryRag];
    };
    expect(rule('A')).toEqual([undefined, undefined]);
    expect(rule('B')).toEqual(['two_test', undefined]);
    expect(rule('C')).toEqual([undefined, true]);
    expect(rule('D')).toEqual([undefined, undefined]);
    expect(rule('E')).toEqual([undefined, undefined]);
    expect(p.problems.map((x) => [x.code, x.line])).toEqual([['invalid-rag-rule', 6]]);
    expect(p.problems[0]?.message).toMatch(/not target, two_test or trajectory/);
  });
});
