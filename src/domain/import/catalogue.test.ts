import { describe, expect, it } from 'vitest';
import { parseText } from '@/domain/import/parse-file';
import type { ParsedFile } from '@/domain/types';

const at = '2016-01-18T09:00:00.000Z';
const HEADER =
  'id,section,name,polarity,unit,decimals,ytd,rag_basis,red,amber,green,dot,definition,source';
const catalogue = (...rows: string[]) =>
  parseText('catalogue.csv', [HEADER, ...rows].join('\n'), at);
const codes = (p: ParsedFile) =>
  p.problems.map((x) => `${x.severity} ${x.code} ${x.line} ${x.column}`);

describe('catalogue (SPEC 2.2)', () => {
  const p = catalogue(
    '2.5,CONTACT & REFERRAL (MASH),% of referrals going onto assessment,high,percent,1,ratio,month,<83%,83%>,86%,on,"Referrals, assessed",Monthly report',
    '6.7,CP,"Discontinuations of a CP plan per 10,000",high,rate_per_10k,,sum,ytd,YTD <55,55>,59.9,,,',
    '6.10,CP,% of open CP plans lasting 2 years or more,Low,Percent,,latest,,<3.6%,3.6%,2.6%,on,,',
    '8.4,EDUCATION,Attendance of LAC (termly),high,percent,,none,month,<70%,70%<,72%,off,,',
    '11.4,CASELOAD,Duty Teams caseload,range,average,,latest,month,over 1% above range,1% above range,16-22,on,,',
    '2.1,CONTACT & REFERRAL (MASH),Number of contacts,neutral,count,,sum,month,,,n/a,on,,',
  );
  const ind = (id: string) => p.indicators.find((i) => i.id === id)!;

  it('reads every row, in order, without a problem', () => {
    expect(p.kind).toBe('catalogue');
    expect(p.problems).toEqual([]);
    expect(p.indicators.map((i) => [i.id, i.order])).toEqual([
      ['2.5', 0],
      ['6.7', 1],
      ['6.10', 2],
      ['8.4', 3],
      ['11.4', 4],
      ['2.1', 5],
    ]);
  });

  it.each([
    [
      '2.5',
      {
        polarity: 'high',
        unit: 'percent',
        decimals: 1,
        ytd: 'ratio',
        ragBasis: 'month',
        dot: true,
      },
    ],
    [
      '6.7',
      {
        polarity: 'high',
        unit: 'rate_per_10k',
        decimals: null,
        ytd: 'sum',
        ragBasis: 'ytd',
        dot: true,
      },
    ],
    ['6.10', { polarity: 'low', unit: 'percent', ytd: 'latest', ragBasis: 'month' }],
    ['8.4', { dot: false, ytd: 'none' }],
    ['11.4', { polarity: 'range', unit: 'average', target: { form: 'range', low: 16, high: 22 } }],
    ['2.1', { polarity: 'neutral', unit: 'count', target: { form: 'none' } }],
  ])('%s reads as %j', (id, expected) => expect(ind(id)).toMatchObject(expected));

  it('keeps the definition, source and target cells as written', () => {
    expect(ind('2.5')).toMatchObject({
      section: 'CONTACT & REFERRAL (MASH)',
      definition: 'Referrals, assessed',
      source: 'Monthly report',
      targetCells: { red: '<83%', amber: '83%>', green: '86%' },
      target: { form: 'threshold', red: 83, green: 86, higherIsBetter: true },
    });
  });

  it('a Red cell starting with YTD rates on YTD even when rag_basis is blank', () => {
    const q = catalogue('7.5,LAC,Permanence,high,percent,,ratio,,YTD <33%,33%>,35%,on,,');
    expect(q.indicators[0]?.ragBasis).toBe('ytd');
  });
});

describe('catalogue problems: line and column; the other rows kept', () => {
  const good = '2.1,S,Contacts,neutral,count,,sum,month,,,n/a,on,,';
  it.each([
    ['no id', ',S,Contacts,high,count,,sum,month,,,,on,,', 'error missing-id 3 id'],
    ['an id twice', good, 'error duplicate-indicator 3 id'],
    [
      'an unknown polarity',
      '2.2,S,Referrals,upwards,count,,sum,month,,,,on,,',
      'error invalid-polarity 3 polarity',
    ],
    [
      'an unknown unit',
      '2.2,S,Referrals,high,furlongs,,sum,month,,,,on,,',
      'error invalid-unit 3 unit',
    ],
    [
      'an unknown YTD kind',
      '2.2,S,Referrals,high,count,,average,month,,,,on,,',
      'warning invalid-ytd-kind 3 ytd',
    ],
    [
      'decimals that are not a whole number',
      '2.2,S,Referrals,high,count,one,sum,month,,,,on,,',
      'warning invalid-decimals 3 decimals',
    ],
    [
      'an unreadable target',
      '2.2,S,Referrals,high,percent,,ratio,month,<83%,83%>,lots,on,,',
      'error unreadable-target 3 green',
    ],
  ])('%s', (_case, row, expected) => {
    const p = catalogue(good, row);
    expect(codes(p)).toEqual([expected]);
    expect(p.indicators[0]?.id).toBe('2.1');
  });

  it('an unreadable target still imports the indicator, with no target', () => {
    const p = catalogue('2.2,S,Referrals,high,percent,,ratio,month,<83%,83%>,lots,on,,');
    expect(p.indicators[0]?.target.form).toBe('invalid');
    expect(p.problems[0]?.message).toContain('lots');
  });
});

describe('catalogue: the small_numbers threshold (SPEC 3.9)', () => {
  const withColumn = (...rows: string[]) =>
    parseText('catalogue.csv', ['id,name,polarity,unit,small_numbers', ...rows].join('\n'), at);

  it('a whole number sets the indicator threshold; blank keeps the default', () => {
    const p = withColumn('7.7,Adoptions,high,count,5', '2.1,Contacts,neutral,count,');
    expect(p.problems).toEqual([]);
    expect(p.indicators.map((i) => [i.id, i.smallNumbersThreshold])).toEqual([
      ['7.7', 5],
      ['2.1', undefined],
    ]);
  });

  it('anything else is a warning, and the default is used', () => {
    const p = withColumn('7.7,Adoptions,high,count,few');
    expect(codes(p)).toEqual(['warning invalid-small-numbers 2 small_numbers']);
    expect(p.indicators[0]!.smallNumbersThreshold).toBeUndefined();
  });
});
