import { describe, expect, it } from 'vitest';
import { parseText } from '@/domain/import/parse-file';
import { contributes } from '@/domain/import/contributes';
import { emptyWorkspace, mergeImport } from '@/domain/workspace';

const at = '2016-01-18T09:00:00.000Z';
const read = (text: string) => parseText('f.csv', text, at);

describe('a file with nothing importable is not listed as loaded', () => {
  it.each<[string, string, boolean]>([
    ['a value', 'indicator_id,period,value\n2.1,2015-12,1041', true],
    ['every value refused', 'indicator_id,period,value\n2.1,2015-12,4o.2\n2.1,2105-12,5', false],
    ['only no-value markers', 'indicator_id,period,value\n2.1,2015-12,-\n2.1,2015-11,n/a', false],
    ['a header and no rows', 'indicator_id,period,value\n', false],
    ['an unrecognised header', 'foo,bar\n1,2', false],
    ['a population figure', 'period,population_0_17\n2015/16,56400', true],
  ])('%s: loaded %s', (_what, text, loaded) => {
    const parsed = read(text);
    expect(contributes(parsed)).toBe(loaded);
    expect(mergeImport(emptyWorkspace(), [parsed], at).imports).toHaveLength(loaded ? 1 : 0);
  });
});
