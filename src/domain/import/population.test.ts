import { describe, expect, it } from 'vitest';
import { parseText } from '@/domain/import/parse-file';
import type { ParsedFile } from '@/domain/types';

const at = '2016-01-18T09:00:00.000Z';
const population = (...rows: string[]) =>
  parseText('population.csv', ['period,population_0_17', ...rows].join('\n'), at);
const codes = (p: ParsedFile) =>
  p.problems.map((x) => `${x.severity} ${x.code} ${x.line} ${x.column}`);

describe('population aged 0-17 (SPEC 2.6)', () => {
  it('reads financial years and months', () => {
    const p = population('2014/15,56100', '2015/16,"56,400"', 'Dec-15,56400');
    expect(p.kind).toBe('population');
    expect(p.problems).toEqual([]);
    expect(p.population).toEqual([
      { period: '2014/15', population0to17: 56100 },
      { period: '2015/16', population0to17: 56400 },
      { period: '2015-12', population0to17: 56400 },
    ]);
  });

  it.each([
    ['a period that is not one', 'next year,56400', 'error invalid-period 3 period'],
    ['a bad number', '2015/16,5б400', 'error invalid-number 3 population_0_17'],
    ['a zero population', '2015/16,0', 'error invalid-population 3 population_0_17'],
    ['a percentage', '2015/16,20%', 'error invalid-population 3 population_0_17'],
  ])('%s drops that row only', (_case, row, expected) => {
    const p = population('2014/15,56100', row);
    expect(codes(p)).toEqual([expected]);
    expect(p.population).toHaveLength(1);
  });

  it('a blank figure is no figure and no error', () => {
    const p = population('2016/17,');
    expect(p.problems).toEqual([]);
    expect(p.population).toEqual([]);
  });
});
