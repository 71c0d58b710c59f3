import { describe, expect, it } from 'vitest';
import { fieldOf, mapHeaders, normaliseHeader } from '@/domain/import/headers';

describe('normaliseHeader: case, spaces, punctuation and BOM do not matter', () => {
  it.each([
    ['NAT TOP QTLILE THRESHOLD', 'nattopqtlilethreshold'],
    ['Nat top qtile threshold', 'nattopqtilethreshold'],
    ['nat_top_quartile', 'nattopquartile'],
    ['\uFEFFNo.', 'no'],
    ['Good perf is', 'goodperfis'],
    ['  population_0_17 ', 'population017'],
  ])('%j -> %s', (h, n) => expect(normaliseHeader(h)).toBe(n));
});

describe('fieldOf: the spellings of real sheets and of SPEC 2', () => {
  it.each([
    ['No.', 'id'],
    ['Id', 'id'],
    ['indicator_id', 'id'],
    ['Indicator ID', 'id'],
    ['Indicator', 'name'],
    ['INDICATOR', 'name'],
    ['name', 'name'],
    ['Section', 'section'],
    ['Good perf is', 'goodPerfIs'],
    ['GOOD PERF IS', 'goodPerfIs'],
    ['polarity', 'polarity'],
    ['Data note', 'dataNote'],
    ['DATA NOTE (Monthly)', 'dataNote'],
    ['YTD', 'ytd'],
    ['Year to Date 15/16', 'ytd'],
    ['YTD 15/16', 'ytd'],
    ['YTD note', 'ytdNote'],
    ['YTD DATA NOTE', 'ytdNote'],
    ['DOT', 'dot'],
    ['DOT (Month on Month)', 'dot'],
    ['RAG', 'rag'],
    ['RAG (in month unless stated)', 'rag'],
    ['Red', 'red'],
    ['Amber', 'amber'],
    ['Yellow', 'amber'],
    ['Target Green', 'green'],
    ['Target', 'green'],
    ['Green', 'green'],
    ['Stat neigh ave', 'snAvg'],
    ['STAT NEIGH AVE', 'snAvg'],
    ['sn_avg', 'snAvg'],
    ['Best stat neigh', 'bestSn'],
    ['best_sn', 'bestSn'],
    ['Nat ave', 'natAvg'],
    ['England', 'natAvg'],
    ['NAT TOP QTLILE THRESHOLD', 'natTopQuartile'],
    ['NAT TOP QTLT THRESHOLD', 'natTopQuartile'],
    ['NAT TOP QTLIE THRESHOLD', 'natTopQuartile'],
    ['Nat top qtile threshold', 'natTopQuartile'],
    ['nat_top_quartile', 'natTopQuartile'],
    ['Benchmark year', 'benchmarkYear'],
    ['unit', 'unit'],
    ['decimals', 'decimals'],
    ['rag_basis', 'ragBasis'],
    ['definition', 'definition'],
    ['source', 'source'],
    ['period', 'period'],
    ['value', 'value'],
    ['numerator', 'numerator'],
    ['denominator', 'denominator'],
    ['note', 'note'],
    ['benchmark', 'benchmark'],
    ['label', 'label'],
    ['population_0_17', 'population'],
    ['time_period', 'timePeriod'],
    ['time_identifier', 'timeIdentifier'],
    ['geographic_level', 'geographicLevel'],
    ['country_code', 'countryCode'],
    ['region_code', 'regionCode'],
    ['region_name', 'regionName'],
    ['GOReg', 'regionName'],
    ['region_ind', 'regionNumber'],
    ['GOInd', 'regionNumber'],
    ['old_la_code', 'laCode'],
    ['\uFEFFLA num', 'laCode'],
    ['LA number', 'laNumber'],
    ['new_la_code', 'newLaCode'],
    ['la_name', 'laName'],
    ['LA Name', 'laName'],
    ['SN1', 'sn1'],
    ['SN_1', 'sn1'],
    ['SN_10', 'sn10'],
    ['SNP', 'snCloseness'],
    ['SN_10P', 'snCloseness'],
  ])('%j is %s', (h, field) => expect(fieldOf(h)).toBe(field));

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'Team', 'valueOf', ''])(
    '%j is not a field',
    (h) => expect(fieldOf(h)).toBeNull(),
  );
});

describe('mapHeaders', () => {
  const sheet = [
    'No.',
    'Section',
    'Indicator',
    'Good perf is',
    'Data note',
    'Oct-15',
    'Nov 15',
    'Dec 15',
    'YTD',
    'YTD note',
    'DOT',
    'RAG',
    'Red',
    'Amber',
    'Target Green',
    '2013/14',
    '2014/15',
    'Stat neigh ave',
    'Best stat neigh',
    'Nat ave',
    'NAT TOP QTLILE THRESHOLD',
    'Benchmark year',
  ];

  it('maps the December 2015 sheet header: fields, months and years, nothing unknown', () => {
    const m = mapHeaders(sheet);
    expect(m.months.map((x) => [x.key, x.header])).toEqual([
      ['2015-10', 'Oct-15'],
      ['2015-11', 'Nov 15'],
      ['2015-12', 'Dec 15'],
    ]);
    expect(m.years.map((x) => x.key)).toEqual(['2013/14', '2014/15']);
    expect(m.fields.get('natTopQuartile')).toBe(20);
    expect(m.fields.get('green')).toBe(14);
    expect(m.unknown).toEqual([]);
    expect(m.duplicates).toEqual([]);
  });

  it('a period headed twice: the later column is used, the earlier set aside', () => {
    const m = mapHeaders(['indicator_id', 'Dec-15', 'Nov 15', 'December 2015']);
    expect(m.months).toEqual([
      { index: 3, key: '2015-12', header: 'December 2015' },
      { index: 2, key: '2015-11', header: 'Nov 15' },
    ]);
    expect(m.duplicates).toEqual([
      { index: 1, header: 'Dec-15', period: '2015-12', used: 'December 2015' },
    ]);
  });

  it('a field headed twice: the first column is used', () => {
    const m = mapHeaders(['No.', 'id', 'period', 'value']);
    expect(m.fields.get('id')).toBe(0);
    expect(m.duplicates).toEqual([{ index: 1, header: 'id', period: null, used: 'No.' }]);
  });

  it('hostile headers are unknown columns, kept out of any object', () => {
    const m = mapHeaders([
      '__proto__',
      'indicator_id',
      'constructor',
      'toString',
      'period',
      'value',
    ]);
    expect(m.unknown.map((u) => u.header)).toEqual(['__proto__', 'constructor', 'toString']);
    expect([...m.fields.keys()]).toEqual(['id', 'period', 'value']);
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a blank header (a trailing empty column) is neither a field nor unknown', () => {
    const m = mapHeaders(['indicator_id', 'period', 'value', '']);
    expect(m.unknown).toEqual([]);
  });
});
