/**
 * A small workspace for the indicator-view and headline tests, with values from the December 2015
 * report: 2.8 re-referrals (Low, 26%+ / 26%< / 23%), 2.1 contacts (Info, no target), and the
 * assessment outcomes 3.5-3.8 (a family drawn together).
 */
import type { Benchmark, Indicator, Observation, Target, WorkspaceData } from '@/domain/types';
import { emptyWorkspace, placeholderIndicator } from '@/domain/workspace';

const provenance = {
  file: 'detail-monthly-2015.csv',
  importedAt: '2016-01-18T09:00:00.000Z',
  line: 2,
};

export function indicator(id: string, over: Partial<Indicator> = {}): Indicator {
  return { ...placeholderIndicator(id, 0), section: 'CONTACT & REFERRAL (MASH)', ...over };
}

export function obs(
  indicatorId: string,
  period: string,
  value: number | null,
  fraction: [number, number] | null = null,
  over: Partial<Observation> = {},
): Observation {
  return {
    indicatorId,
    period,
    value,
    numerator: fraction?.[0] ?? null,
    denominator: fraction?.[1] ?? null,
    decimals: value === null ? 0 : (String(value).split('.')[1]?.length ?? 0),
    raw: value === null ? 'n/a' : String(value),
    note: '',
    provenance,
    ...over,
  };
}

const bench = (
  indicatorId: string,
  benchmark: Benchmark['benchmark'],
  value: number,
  period = '2014/15',
): Benchmark => ({
  indicatorId,
  benchmark,
  period,
  value,
  source: 'DfE CIN census 2014/15',
  label: '',
});

const reReferralTarget: Target = {
  form: 'threshold',
  red: 26,
  green: 23,
  higherIsBetter: false,
  redInclusive: true,
};

export const MONTHS_2015 = [
  '2015-04',
  '2015-05',
  '2015-06',
  '2015-07',
  '2015-08',
  '2015-09',
  '2015-10',
  '2015-11',
  '2015-12',
];

/** 2.8 re-referrals 2015/16 Apr..Dec (Oct-Dec as printed), 2014/15 all twelve months. */
const reReferrals2015 = [24.1, 24.9, 25.5, 25.8, 26.2, 26.5, 26.8, 28.2, 29.3];
const reReferrals2014 = [21, 21.5, 22, 22.4, 22.6, 22.9, 23.1, 23.0, 22.8, 22.7, 22.9, 22.8];
const MONTHS_2014 = [
  '2014-04',
  '2014-05',
  '2014-06',
  '2014-07',
  '2014-08',
  '2014-09',
  '2014-10',
  '2014-11',
  '2014-12',
  '2015-01',
  '2015-02',
  '2015-03',
];

/** Contacts 2.1 Apr-15..Dec-15 (the detail page; Dec-15 1,041 after the re-run from 1,052). */
const contacts2015 = [943, 1006, 1032, 934, 782, 1025, 935, 1029, 1041];

export function smallWorkspace(): WorkspaceData {
  const ws = emptyWorkspace('test');
  const outcomes = [
    ['3.5', 'Ongoing Involvement', [37.6, 41.0, 47.6]],
    ['3.6', 'No further action', [40.1, 38.2, 30.1]],
    ['3.7', 'Step down to Early Help / Other Agency', [20.3, 18.8, 20.4]],
    ['3.8', 'Out of area', [2.0, 2.0, 2.0]],
  ] as const;
  return {
    ...ws,
    indicators: [
      indicator('2.1', { name: 'Number of contacts', ytd: 'sum', dataNote: 'Count', order: 0 }),
      indicator('2.8', {
        name: '% re-referral rate in the last 12 months (rolling year)',
        polarity: 'low',
        unit: 'percent',
        decimals: 1,
        target: reReferralTarget,
        targetCells: { red: '26%+', amber: '26%<', green: '23%' },
        order: 1,
      }),
      ...outcomes.map(([id, tail], i) =>
        indicator(id, {
          section: 'ASSESSMENTS',
          name: `% of completed assessments ending in - ${tail}`,
          unit: 'percent',
          order: 2 + i,
        }),
      ),
      indicator('3.3', {
        section: 'ASSESSMENTS',
        name: "% of assessments for children's social care carried out in 45 working days of referral",
        unit: 'percent',
        polarity: 'high',
        order: 6,
      }),
    ],
    observations: [
      ...MONTHS_2015.map((m, i) => obs('2.1', m, contacts2015[i] ?? null)),
      obs('2.1', '2014/15', 10517),
      ...MONTHS_2015.map((m, i) => obs('2.8', m, reReferrals2015[i] ?? null)),
      ...MONTHS_2014.map((m, i) => obs('2.8', m, reReferrals2014[i] ?? null)),
      obs('2.8', '2013/14', 24.9),
      obs('2.8', '2014/15', 22.8),
      ...outcomes.flatMap(([id, , values]) =>
        values.map((v, i) => obs(id, ['2015-10', '2015-11', '2015-12'][i] ?? '', v)),
      ),
      obs('3.3', '2015-12', 79.2, [122, 154]),
    ],
    revisions: [
      {
        indicatorId: '2.1',
        period: '2015-12',
        previous: obs('2.1', '2015-12', 1052, null, {
          provenance: {
            file: 'scorecard-2015-12-first-run.csv',
            importedAt: '2016-01-05T10:00:00.000Z',
            line: 3,
          },
        }),
        replacedBy: provenance,
      },
    ],
    benchmarks: [
      bench('2.8', 'sn_avg', 23.6),
      bench('2.8', 'best_sn', 15.4),
      bench('2.8', 'national_avg', 24.0),
      bench('2.8', 'national_top_quartile', 16.5),
      bench('3.3', 'sn_avg', 85.9, '2012/13'),
    ],
    commentary: [
      {
        indicatorId: '2.8',
        month: '2015-11',
        text: 'Re-referrals continue to rise.',
        updatedAt: '2015-12-10T09:00:00.000Z',
      },
    ],
  };
}
