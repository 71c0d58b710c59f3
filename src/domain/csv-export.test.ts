import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseText } from '@/domain/import/parse-file';
import { emptyWorkspace, mergeImport } from '@/domain/workspace';
import { computeScorecard } from '@/domain/scorecard';
import { signalAt } from '@/domain/signal';
import type { Indicator, Observation, ParsedFile, Scorecard, ScorecardRow } from '@/domain/types';
import {
  plainNumber,
  scorecardCsvFileName,
  scorecardCsvHeader,
  scorecardCsvRow,
  scorecardToCsv,
} from '@/domain/csv-export';

const provenance = {
  file: 'scorecard-2015-12.csv',
  importedAt: '2016-01-20T09:00:00.000Z',
  line: 2,
};

function indicator(over: Partial<Indicator>): Indicator {
  return {
    id: '2.1',
    section: 'CONTACT & REFERRAL (MASH)',
    name: 'Number of contacts',
    polarity: 'neutral',
    unit: 'count',
    decimals: null,
    ytd: 'sum',
    ragBasis: 'month',
    targetCells: { red: '', amber: '', green: 'n/a' },
    target: { form: 'none' },
    dot: true,
    definition: '',
    source: '',
    dataNote: 'Count',
    ytdNote: 'Financial Year',
    order: 0,
    ...over,
  };
}

function obs(
  indicatorId: string,
  period: string,
  raw: string,
  value: number | null,
  fraction: [number, number] | null = null,
): Observation {
  return {
    indicatorId,
    period,
    value,
    numerator: fraction?.[0] ?? null,
    denominator: fraction?.[1] ?? null,
    decimals: (raw.split('.')[1] ?? '').replace(/\D/g, '').length,
    raw,
    note: '',
    provenance,
  };
}

const MONTHS = ['2015-10', '2015-11', '2015-12'];

/** A row as the scorecard computes it, with the months given as [raw, value] pairs. */
function row(
  ind: Indicator,
  months: ([string, number | null] | null)[],
  over: Partial<ScorecardRow> = {},
): ScorecardRow {
  const recent = MONTHS.map((month, i) => {
    const m = months[i];
    return { month, observation: m ? obs(ind.id, month, m[0], m[1]) : null };
  });
  return {
    indicator: ind,
    recent,
    current: recent[2]?.observation ?? null,
    ytd: {
      value: null,
      numerator: null,
      denominator: null,
      source: 'none',
      computed: null,
      warning: null,
    },
    dot: { movement: 'up', label: 'increasing', current: null, previous: null },
    rag: { status: 'no-target', reason: 'No target', basis: 'month', valueUsed: null },
    yearTrend: [
      { year: '2013/14', value: null, source: 'none' },
      { year: '2014/15', value: null, source: 'none' },
    ],
    benchmarks: (['sn_avg', 'best_sn', 'national_avg', 'national_top_quartile'] as const).map(
      (kind) => ({
        kind,
        benchmark: null,
        stale: false,
        gap: null,
      }),
    ),
    compared: { kind: 'none', reason: 'there is no value for December 2015 to compare' },
    printed: null,
    disagreements: [],
    signal: signalAt({
      indicator: indicator({}),
      asAt: '2015-12',
      months: [],
      observation: () => null,
    }),
    ...over,
  };
}

function scorecard(rows: ScorecardRow[]): Scorecard {
  return {
    asAt: '2015-12',
    recentMonths: MONTHS,
    trendYears: ['2013/14', '2014/15'],
    benchmarkYears: {},
    sections: [...new Set(rows.map((r) => r.indicator.section))],
    rows,
    counts: { red: 0, amber: 0, green: 0, 'no-target': 0, 'no-data': 0, tbc: 0 },
  };
}

const bench = (
  kind: 'sn_avg' | 'best_sn' | 'national_avg' | 'national_top_quartile',
  value: number | null,
  period = '2014/15',
) => ({
  kind,
  benchmark:
    value === null
      ? null
      : { indicatorId: 'x', benchmark: kind, period, value, source: '', label: '' },
  stale: false,
  gap: null,
});

// Real rows of the December 2015 Performance Summary (shared reference, scorecard-2015-12).
const contacts = row(
  indicator({}),
  [
    ['935', 935],
    ['1029', 1029],
    ['1041', 1041],
  ],
  {
    ytd: {
      value: 8727,
      numerator: null,
      denominator: null,
      source: 'imported',
      computed: 8951,
      warning: null,
    },
    yearTrend: [
      { year: '2013/14', value: null, source: 'none' },
      { year: '2014/15', value: 10517, source: 'imported' },
    ],
  },
);
const assessments = row(
  indicator({
    id: '3.3',
    section: 'ASSESSMENTS',
    name: "% of assessments for children's social care carried out within 45 working days",
    polarity: 'high',
    unit: 'percent',
    ytd: 'ratio',
    dataNote: 'Percentage',
    targetCells: { red: '<83%', amber: '83%>', green: '86%' },
  }),
  [
    ['85.4%', 85.4],
    ['83.6%', 83.6],
    ['85.2%', 85.2],
  ],
  {
    ytd: {
      value: 89.7,
      numerator: null,
      denominator: null,
      source: 'imported',
      computed: 89.7,
      warning: null,
    },
    dot: { movement: 'up', label: 'improving', current: 85.2, previous: 83.6 },
    rag: { status: 'amber', reason: 'Amber', basis: 'month', valueUsed: 85.2 },
    yearTrend: [
      { year: '2013/14', value: null, source: 'none' },
      { year: '2014/15', value: 70.1, source: 'imported' },
    ],
    benchmarks: [
      bench('sn_avg', 86.6),
      bench('best_sn', 100),
      bench('national_avg', 82.2),
      bench('national_top_quartile', 97.8),
    ],
  },
);
const s47Rate = row(
  indicator({
    id: '4.3',
    section: 'SECTION 47',
    name: "Number of S47's per 10,000 population aged 0-17",
    unit: 'rate_per_10k',
    ytd: 'none',
    dataNote: 'Rate per 10,000',
    ytdNote: 'None',
    targetCells: { red: 'more than +/-15', amber: '+/-15', green: '+/-5 of 158.8' },
  }),
  [
    ['234.6', 234.6],
    ['243.4', 243.4],
    ['251.8', 251.8],
  ],
  {
    rag: { status: 'red', reason: 'Red', basis: 'month', valueUsed: 251.8 },
    benchmarks: [
      bench('sn_avg', 149.2),
      bench('best_sn', 75),
      bench('national_avg', 138.2),
      bench('national_top_quartile', null),
    ],
  },
);
const cpLasting = row(
  indicator({
    id: '6.11',
    section: 'CHILD PROTECTION',
    name: '% of CP plans lasting 2 years or more - ceased within the year',
    polarity: 'low',
    unit: 'percent',
    ytd: 'ratio',
    ragBasis: 'ytd',
    dataNote: 'Percentage',
    targetCells: { red: 'YTD <6.5%', amber: '6.5%>', green: '4.5%' },
  }),
  [
    ['1.59%', 1.59],
    ['1.41%', 1.41],
    ['0.0%', 0],
  ],
  {
    ytd: {
      value: 6,
      numerator: 12,
      denominator: 200,
      source: 'computed',
      computed: 6,
      warning: null,
    },
    dot: { movement: 'down', label: 'improving', current: 0, previous: 1.41 },
    rag: { status: 'amber', reason: 'Amber', basis: 'ytd', valueUsed: 6 },
    yearTrend: [
      { year: '2013/14', value: 6.8, source: 'imported' },
      { year: '2014/15', value: 4.18, source: 'imported' },
    ],
    benchmarks: [
      bench('sn_avg', 3.4, '2013/14'),
      bench('best_sn', 0),
      bench('national_avg', 3.7),
      bench('national_top_quartile', 2.4),
    ],
  },
);
const caseloadNew = row(
  indicator({
    id: '11.6',
    section: 'CASELOADS',
    name: 'Average number of cases per qualified social worker',
    polarity: 'range',
    unit: 'average',
    ytd: 'none',
    dataNote: 'Average count',
    ytdNote: '',
    targetCells: { red: 'over 1% above range', amber: '1% above range', green: '16-22' },
  }),
  [null, ['-', null], ['18.3', 18.3]],
  {
    dot: { movement: 'none', label: 'new', current: 18.3, previous: null },
    rag: { status: 'green', reason: 'Green', basis: 'month', valueUsed: 18.3 },
  },
);

describe('scorecardCsvHeader', () => {
  it('has the layout of a scorecard sheet (SPEC 2.1), months headed like the sheets', () => {
    expect(scorecardCsvHeader(scorecard([contacts]))).toEqual([
      'No.',
      'Section',
      'Indicator',
      'Good perf is',
      'Data note',
      'Oct-15',
      'Nov-15',
      'Dec-15',
      'YTD',
      'YTD note',
      'DOT',
      'RAG',
      'Red',
      'Amber',
      'Green',
      '2013/14',
      '2014/15',
      'Stat neigh ave',
      'Best stat neigh',
      'Nat ave',
      'Nat top qtile threshold',
      'Benchmark year',
      'Compared with benchmarks',
      'Gap to SN average',
      'Gap to England',
      'Variation',
      'Assurance',
    ]);
  });
});

describe('scorecardCsvRow', () => {
  it.each([
    [
      '2.1 contacts: counts, imported YTD, information only, no target',
      contacts,
      [
        '2.1',
        'CONTACT & REFERRAL (MASH)',
        'Number of contacts',
        'Info',
        'Count',
        '935',
        '1029',
        '1041',
        '8727',
        'Financial Year',
        'Increasing',
        'No target',
        '',
        '',
        'n/a',
        '',
        '10517',
        '',
        '',
        '',
        '',
        '',
        // Compared figure and gaps (SPEC 3.6): these hand-made rows have none.
        'No figure to compare: there is no value for December 2015 to compare',
        '',
        '',
      ],
    ],
    [
      '3.3 assessments: percentages, threshold target, benchmarks with their year',
      assessments,
      [
        '3.3',
        'ASSESSMENTS',
        "% of assessments for children's social care carried out within 45 working days",
        'High',
        'Percentage',
        '85.4%',
        '83.6%',
        '85.2%',
        '89.7%',
        'Financial Year',
        'Improving',
        'Amber',
        '<83%',
        '83%>',
        '86%',
        '',
        '70.1%',
        '86.6%',
        '100%',
        '82.2%',
        '97.8%',
        '2014/15',
        // Compared figure and gaps (SPEC 3.6): these hand-made rows have none.
        'No figure to compare: there is no value for December 2015 to compare',
        '',
        '',
      ],
    ],
    [
      '4.3 S47 rate: band target as written, no YTD',
      s47Rate,
      [
        '4.3',
        'SECTION 47',
        "Number of S47's per 10,000 population aged 0-17",
        'Info',
        'Rate per 10,000',
        '234.6',
        '243.4',
        '251.8',
        '',
        'None',
        'Increasing',
        'Red',
        'more than +/-15',
        '+/-15',
        '+/-5 of 158.8',
        '',
        '',
        '149.2',
        '75',
        '138.2',
        '',
        '2014/15',
        // Compared figure and gaps (SPEC 3.6): these hand-made rows have none.
        'No figure to compare: there is no value for December 2015 to compare',
        '',
        '',
      ],
    ],
    [
      '6.11 CP plans 2 years+: rated on YTD ("Amber YTD"), YTD with its fraction, newest benchmark year',
      cpLasting,
      [
        '6.11',
        'CHILD PROTECTION',
        '% of CP plans lasting 2 years or more - ceased within the year',
        'Low',
        'Percentage',
        '1.59%',
        '1.41%',
        '0.0%',
        '12/200 6%',
        'Financial Year',
        'Improving',
        'Amber YTD',
        'YTD <6.5%',
        '6.5%>',
        '4.5%',
        '6.8%',
        '4.18%',
        '3.4%',
        '0%',
        '3.7%',
        '2.4%',
        '2014/15',
        // Compared figure and gaps (SPEC 3.6): these hand-made rows have none.
        'No figure to compare: there is no value for December 2015 to compare',
        '',
        '',
      ],
    ],
    [
      '11.6 caseload: new this month, no-value marker kept, blank YTD note',
      caseloadNew,
      [
        '11.6',
        'CASELOADS',
        'Average number of cases per qualified social worker',
        'Within Limits',
        'Average count',
        '',
        '-',
        '18.3',
        '',
        '',
        'New',
        'Green',
        'over 1% above range',
        '1% above range',
        '16-22',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        // Compared figure and gaps (SPEC 3.6): these hand-made rows have none.
        'No figure to compare: there is no value for December 2015 to compare',
        '',
        '',
      ],
    ],
  ])('%s', (_case, r, cells) => {
    // Three months only, fewer than the 13 process limits need: no verdict on signal or noise;
    // these hand-made indicators carry their targets as written only, so no assurance either.
    expect(scorecardCsvRow(r)).toEqual([...cells, 'No verdict', 'No target']);
  });

  it('writes no DOT for an indicator with DOT off', () => {
    const off = row(
      indicator({ dot: false }),
      [
        ['1', 1],
        ['2', 2],
        ['3', 3],
      ],
      {
        dot: { movement: 'up', label: 'off', current: 3, previous: 2 },
      },
    );
    expect(scorecardCsvRow(off)[10]).toBe('');
  });

  it('rebuilds a month cell from value and fraction when it was imported without text', () => {
    const blankRaw = row(indicator({ unit: 'percent', decimals: 1 }), [null, null, ['', 90.6]]);
    const withFraction = {
      ...blankRaw.recent[2]!,
      observation: { ...blankRaw.recent[2]!.observation!, numerator: 898, denominator: 991 },
    };
    expect(
      scorecardCsvRow({
        ...blankRaw,
        recent: [blankRaw.recent[0]!, blankRaw.recent[1]!, withFraction],
      })[7],
    ).toBe('898/991 90.6%');
  });
});

describe('scorecardToCsv: formula injection (SPEC 5)', () => {
  const cellsOf = (csv: string) => Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
  const named = (name: string) => scorecard([row(indicator({ name }), [null, null, null])]);

  it.each([
    ['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\tTAB', "'\tTAB"],
    ['\rCR', "'\rCR"],
    ['=1+1\nsecond line', "'=1+1\nsecond line"],
    ['Number of contacts', 'Number of contacts'],
    ["'tis already text", "'tis already text"],
    ['a = b', 'a = b'],
    [' =1+1', ' =1+1'],
    // full-width and small forms, which some spreadsheets read as = + - @
    ['＝1+1', "'＝1+1"],
    ['＋1+1', "'＋1+1"],
    ['－2+3', "'－2+3"],
    ['＠SUM(A1:A2)', "'＠SUM(A1:A2)"],
    ['﹦1+1', "'﹦1+1"],
    ['﹢1', "'﹢1"],
    ['﹣1', "'﹣1"],
    ['﹫SUM(A1)', "'﹫SUM(A1)"],
    ['a ＝ b', 'a ＝ b'],
  ])('indicator name %j is written as %j', (name, cell) => {
    expect(cellsOf(scorecardToCsv(named(name)))[1]?.[2]).toBe(cell);
  });

  it('escapes our own cells that start with a formula character: "-", band targets', () => {
    const cells = cellsOf(scorecardToCsv(scorecard([s47Rate, caseloadNew])));
    expect(cells[1]?.[14]).toBe("'+/-5 of 158.8");
    expect(cells[1]?.[13]).toBe("'+/-15");
    expect(cells[2]?.[6]).toBe("'-");
  });

  it('writes a header row and one row per indicator, in scorecard order, CRLF line ends', () => {
    const csv = scorecardToCsv(scorecard([contacts, assessments, s47Rate]));
    const lines = csv.split('\r\n');
    expect(lines).toHaveLength(4);
    expect(
      lines[0]?.startsWith('No.,Section,Indicator,Good perf is,Data note,Oct-15,Nov-15,Dec-15,YTD'),
    ).toBe(true);
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['2.1', '3.3', '4.3']);
  });

  it('an empty scorecard is just the header', () => {
    expect(scorecardToCsv(scorecard([])).split('\r\n')).toHaveLength(1);
  });
});

describe('helpers', () => {
  it.each([
    [1041, 'count', null, '1041'],
    [(898 / 991) * 100, 'percent', null, '90.61554%'],
    [78.30000000000001, 'rate_per_10k', null, '78.3'],
    [85.2, 'percent', 1, '85.2%'],
    [4, 'percent', 2, '4.00%'],
    [-3.5, 'count', null, '-3.5'],
  ] as const)('plainNumber(%s, %s, %s) = %s', (v, unit, d, text) =>
    expect(plainNumber(v, unit, d)).toBe(text),
  );

  it('names the file after the month', () =>
    expect(scorecardCsvFileName('2015-12')).toBe('scorecard-2015-12.csv'));
});

describe('round trip: export -> import -> the same DOT and RAG', () => {
  const fixture = (name: string) => readFileSync(resolve(process.cwd(), 'fixtures', name), 'utf8');
  const importedAt = '2016-01-18T09:00:00.000Z';

  /** The December 2015 example, built as the app builds it (catalogue, details, summary, benchmarks). */
  function example() {
    const parsed: ParsedFile[] = [];
    for (const file of [
      'catalogue-2015.csv',
      'detail-monthly-2015.csv',
      'scorecard-2015-12.csv',
      'benchmarks-2015.csv',
    ]) {
      parsed.push(
        parseText(
          file,
          fixture(file),
          importedAt,
          parsed.flatMap((p) => p.indicators),
        ),
      );
    }
    return mergeImport(emptyWorkspace(), parsed, importedAt);
  }

  const original = computeScorecard(example(), '2015-12');
  const csv = scorecardToCsv(original);
  const back = parseText('scorecard-2015-12.csv', csv, importedAt);
  const again = computeScorecard(mergeImport(emptyWorkspace(), [back], importedAt), '2015-12');

  it('reads every row back without an error', () => {
    expect(back.kind).toBe('scorecard');
    expect(back.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(back.rowsAccepted).toBe(original.rows.length);
    expect(again.rows.map((r) => r.indicator.id)).toEqual(original.rows.map((r) => r.indicator.id));
  });

  it.each(original.rows.map((r) => [r.indicator.id, r] as const))(
    '%s keeps its DOT and RAG',
    (id, row) => {
      const other = again.rows.find((r) => r.indicator.id === id);
      expect({ dot: other?.dot.label, rag: other?.rag.status, basis: other?.rag.basis }).toEqual({
        dot: row.dot.label,
        rag: row.rag.status,
        basis: row.rag.basis,
      });
    },
  );

  it('writes the signal-or-noise verdicts as words in the last two columns', () => {
    const header = csv.split('\r\n')[0]!.split(',');
    expect(header.slice(-2)).toEqual(['Variation', 'Assurance']);
    const row91 = original.rows.find((r) => r.indicator.id === '9.1')!;
    // 9.1 in December 2015: 74.7% above the upper process limit of 74.6%; limits 70.9% to 74.6%
    // all at or above the 70% target.
    expect(scorecardCsvRow(row91).slice(-2)).toEqual([
      'Special cause improvement',
      'Consistently meets the target',
    ]);
  });

  it('the printed DOT and RAG it carries agree with ours: no disagreement is listed', () => {
    expect(
      again.rows.flatMap((r) =>
        r.disagreements.map((d) => `${r.indicator.id} ${d.field}: ${d.printed} vs ${d.computed}`),
      ),
    ).toEqual([]);
  });

  it('says the figure compared with the benchmarks and the gaps on that basis (SPEC 3.6)', () => {
    const header = scorecardCsvHeader(original);
    const cells = (id: string) => {
      const row = original.rows.find((r) => r.indicator.id === id);
      if (!row) throw new Error(id);
      const all = scorecardCsvRow(row);
      return ['Compared with benchmarks', 'Gap to SN average', 'Gap to England'].map(
        (h) => all[header.indexOf(h)],
      );
    };
    // 7.7: the printed YTD 20%; 20 - 25.1 = -5.1 (High: worse); 20 - 17 = +3 (better).
    expect(cells('7.7')).toEqual([
      'Year to date 20.0%',
      'Year to date 20.0% against the statistical-neighbour average of 25.1% (2014/15): 5.1 points worse',
      'Year to date 20.0% against the England average of 17.0% (2014/15): 3 points better',
    ]);
    // 6.7: 85.1 x 12 / 9 = 113.47; 113.47 - 67.8 = 45.67; 113.47 - 52.1 = 61.37.
    expect(cells('6.7')[0]).toBe('Projected for the year 113.5 (year to date 85.1 in 9 months)');
    expect(cells('6.7')[1]).toMatch(/: 45\.7 better$/);
    expect(cells('6.7')[2]).toMatch(/: 61\.4 better$/);
  });
});
