import { describe, expect, it } from 'vitest';
import { locateHeader, mergeHeaderRows, withUntitledSection } from '@/domain/import/header-row';
import { mapHeaders } from '@/domain/import/headers';
import { describeLayout } from '@/domain/import/parse-file';

/** The two header rows of the printed Performance Summary (December 2015), as Excel saves them. */
const UPPER = [
  '',
  'NO.',
  'INDICATOR',
  'GOOD PERF IS',
  'DATA NOTE (Monthly)',
  'LAST THREE MONTHS',
  '',
  '',
  'Year to Date 15/16',
  '',
  'DOT (Month on Month)',
  'RAG (in month unless stated)',
  'Target and Tolerances',
  '',
  '',
  'YR ON YR TREND',
  '',
  'LATEST BENCHMARKING - 2014/15',
  '',
  '',
  '',
];
const LOWER = [
  '',
  '',
  '',
  '',
  '',
  'Oct-15',
  'Nov 15',
  'Dec 15',
  'YTD',
  'DATA NOTE',
  '',
  '',
  'Red',
  'Amber',
  'Target Green',
  '2013/14',
  '2014/15',
  'STAT NEIGH AVE',
  'BEST STAT NEIGH',
  'NAT AVE',
  'NAT TOP QTLILE THRESHOLD',
];
const DATA = ['CONTACT & REFERRAL (MASH)', '2.1', 'Number of contacts', 'Info', 'Count', '935'];

describe('mergeHeaderRows: a group-title row over a column-title row', () => {
  const merged = mergeHeaderRows(UPPER, LOWER);
  it.each([
    [1, 'NO.', 'a title in the upper row only'],
    [5, 'Oct-15', 'a month under a group title'],
    [8, 'YTD', 'the lower title when it names a field on its own'],
    [9, 'Year to Date 15/16 DATA NOTE', 'a second "DATA NOTE" read with its group: the YTD note'],
    [10, 'DOT (Month on Month)', 'an unmerged title'],
    [12, 'Red', 'a target column under "Target and Tolerances"'],
    [15, '2013/14', 'a year under "YR ON YR TREND"'],
    [17, 'STAT NEIGH AVE', 'a benchmark under "LATEST BENCHMARKING"'],
    [0, '', 'an untitled column stays untitled'],
  ])('column %i reads %j (%s)', (i, header) => {
    expect(merged[i]).toBe(header);
  });

  it('maps to every field of the sheet', () => {
    const map = mapHeaders(merged);
    expect([...map.fields.keys()].sort()).toEqual(
      [
        'id',
        'name',
        'goodPerfIs',
        'dataNote',
        'ytd',
        'ytdNote',
        'dot',
        'rag',
        'red',
        'amber',
        'green',
        'snAvg',
        'bestSn',
        'natAvg',
        'natTopQuartile',
      ].sort(),
    );
    expect(map.months.map((m) => m.key)).toEqual(['2015-10', '2015-11', '2015-12']);
    expect(map.years.map((y) => y.key)).toEqual(['2013/14', '2014/15']);
  });
});

describe('locateHeader', () => {
  it.each([
    [
      'a plain header on the first row',
      [['No.', 'Indicator', 'Good perf is', 'Dec-15'], DATA],
      0,
      1,
    ],
    [
      'a long-form header on the first row',
      [
        ['indicator_id', 'period', 'value'],
        ['2.1', '2015-12', '1041'],
      ],
      0,
      1,
    ],
    [
      'titles above the header',
      [
        ['Performance Summary'],
        ['As at Month End: December 2015'],
        ['No.', 'Indicator', 'Good perf is', 'Dec-15'],
        DATA,
      ],
      2,
      1,
    ],
    [
      'titles above a two-row header (a title is not the upper half)',
      [['Performance Summary'], ['(*DOT* - Direction of travel ...)'], UPPER, LOWER, DATA],
      2,
      2,
    ],
    [
      'a header over a data row holding no number is still one row',
      [
        ['id', 'name', 'polarity', 'unit'],
        ['A1', 'Adoption days', 'low', 'days'],
      ],
      0,
      1,
    ],
  ] as const)('%s', (_case, rows, index, span) => {
    const choice = locateHeader(rows.map((r) => [...r]));
    expect(choice).toMatchObject({ index, span });
  });

  it('finds nothing in a file that has no header it knows', () => {
    expect(
      locateHeader([
        ['Team', 'Manager'],
        ['Duty', 'Ann'],
      ]),
    ).toBeNull();
  });
});

describe('withUntitledSection', () => {
  const headers = mergeHeaderRows(UPPER, LOWER);
  it('takes the untitled text column left of the number as the section', () => {
    const map = withUntitledSection(mapHeaders(headers), headers, [DATA, ['', '2.2', 'Referrals']]);
    expect(map.fields.get('section')).toBe(0);
  });

  it('leaves a sheet with a Section column, or an untitled column of numbers, alone', () => {
    const titled = ['Section', 'No.', 'Indicator'];
    expect(withUntitledSection(mapHeaders(titled), titled, [DATA]).fields.get('section')).toBe(0);
    const numbers = withUntitledSection(mapHeaders(headers), headers, [['1', '2.1', 'Contacts']]);
    expect(numbers.fields.has('section')).toBe(false);
  });
});

describe('describeLayout: what the import report says of where the header was', () => {
  it.each([
    [{ line: 1, span: 1, skippedLines: [] }, null],
    [
      { line: 4, span: 1, skippedLines: [1, 2] },
      'Header on line 4; lines 1-2 above it (titles) were not read.',
    ],
    [
      { line: 5, span: 2, skippedLines: [1, 2, 3] },
      'Header on lines 5-6; lines 1-3 above it (titles) were not read.',
    ],
    [
      { line: 3, span: 1, skippedLines: [1] },
      'Header on line 3; line 1 above it (titles) was not read.',
    ],
    [{ line: 1, span: 2, skippedLines: [] }, 'Header on lines 1-2.'],
  ] as const)('%j -> %j', (header, sentence) => {
    expect(describeLayout({ ...header, skippedLines: [...header.skippedLines] })).toBe(sentence);
  });
});
