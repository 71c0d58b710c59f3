import { describe, expect, it } from 'vitest';
import { computeIndicatorView } from '@/domain/indicator-view';
import { indicatorHeadline, subjectName } from '@/domain/headline';
import { indicator, obs, smallWorkspace } from '@/domain/indicator-view.fixture';

const ws = smallWorkspace();
const headline = (id: string, asAt: string) => {
  const view = computeIndicatorView(ws, id, asAt);
  if (!view) throw new Error(`no view for ${id}`);
  return indicatorHeadline(view);
};

describe('indicatorHeadline', () => {
  it.each([
    [
      'a Low measure that rose, worse than the SN average, Red',
      '2.8',
      '2015-12',
      'Re-referral rate in the last 12 months (rolling year) rose to 29.3% in December 2015: worse than last month; rolling year 29.3% is 5.7 points worse than the statistical-neighbour average of 23.6% (2014/15); Red against the 23% target.',
    ],
    [
      'the month before',
      '2.8',
      '2015-11',
      'Re-referral rate in the last 12 months (rolling year) rose to 28.2% in November 2015: worse than last month; rolling year 28.2% is 4.6 points worse than the statistical-neighbour average of 23.6% (2014/15); Red against the 23% target.',
    ],
    [
      'an Info count: rose, no judgement, no target',
      '2.1',
      '2015-12',
      'Contacts rose to 1,041 in December 2015.',
    ],
    ['an Info count that fell', '2.1', '2015-08', 'Contacts fell to 782 in August 2015.'],
    [
      'an Info percentage, no target',
      '3.6',
      '2015-12',
      'Completed assessments ending in - No further action fell to 30.1% in December 2015.',
    ],
    [
      'no value for the month',
      '3.3',
      '2015-11',
      "Assessments for children's social care carried out in 45 working days of referral: no value for November 2015.",
    ],
  ])('%s', (_name, id, asAt, expected) => {
    expect(headline(id, asAt)).toBe(expected);
  });

  it('never judges a neutral measure better or worse', () => {
    for (const asAt of ['2015-05', '2015-08', '2015-12']) {
      expect(headline('2.1', asAt)).not.toMatch(/better|worse/);
    }
  });
});

describe('subjectName', () => {
  it.each([
    ['Number of contacts', 'Contacts'],
    ['% re-referral rate in the current month', 'Re-referral rate in the current month'],
    [
      '% of contacts going onto referral (including MASH referrals)',
      'Contacts going onto referral (including MASH referrals)',
    ],
    ['Percentage of children adopted', 'Children adopted'],
    ['LAC cases reviewed within timescales', 'LAC cases reviewed within timescales'],
    ['%', '%'],
  ])('"%s" reads as "%s"', (name, subject) => {
    expect(subjectName(name)).toBe(subject);
  });
});

describe('indicatorHeadline: the gap names the figure on the benchmark basis (SPEC 3.6)', () => {
  const base = smallWorkspace();
  const months = ['2015-04', '2015-05', '2015-06', '2015-07', '2015-08', '2015-09', '2015-10'];
  const bench = (indicatorId: string, value: number) => ({
    indicatorId,
    benchmark: 'sn_avg' as const,
    period: '2014/15',
    value,
    source: 'DfE',
    label: '',
  });
  const ws = {
    ...base,
    indicators: [
      ...base.indicators,
      indicator('A', {
        name: 'Percentage of children adopted',
        polarity: 'high',
        unit: 'percent',
        ytd: 'ratio',
        ragBasis: 'ytd',
        target: {
          form: 'threshold',
          red: 20,
          green: 22.7,
          higherIsBetter: true,
          redInclusive: false,
        },
        targetCells: { red: 'YTD <20%', amber: '20%<', green: '22.7%' },
        order: 10,
      }),
      indicator('F', {
        name: 'Number of discontinuations of a CP plan per 10,000 population',
        polarity: 'high',
        unit: 'rate_per_10k',
        ytd: 'sum',
        ragBasis: 'ytd',
        target: {
          form: 'threshold',
          red: 55,
          green: 59.9,
          higherIsBetter: true,
          redInclusive: false,
        },
        targetCells: { red: 'YTD <55', amber: '55>', green: '59.9' },
        order: 11,
      }),
    ],
    observations: [
      ...base.observations,
      // A: 2 of 10 adopted each month Apr-Nov, 1 of 10 in December.
      ...[...months, '2015-11'].map((m) => obs('A', m, 20, [2, 10])),
      obs('A', '2015-12', 10, [1, 10]),
      // F: 10 per 10,000 each month Apr-Nov, 5 in December; no months before April.
      ...[...months, '2015-11'].map((m) => obs('F', m, 10)),
      obs('F', '2015-12', 5),
    ],
    benchmarks: [...base.benchmarks, bench('A', 25.1), bench('F', 67.8)],
  };
  const line = (id: string) => {
    const view = computeIndicatorView(ws, id, '2015-12');
    if (!view) throw new Error(`no view for ${id}`);
    return indicatorHeadline(view);
  };

  it.each([
    [
      // YTD = (8 x 2 + 1) / (9 x 10) = 17 / 90 = 18.9%; 18.89 - 25.1 = -6.2 points (High: worse).
      // RAG on the YTD: 18.9 < 20, Red. The month (10%) is never compared with the annual benchmark.
      'a percentage: the year to date',
      'A',
      'Children adopted fell to 10% in December 2015: worse than last month; year to date 18.9% is 6.2 points worse than the statistical-neighbour average of 25.1% (2014/15); Red on the year to date against the 22.7% target.',
    ],
    [
      // YTD = 8 x 10 + 5 = 85; only 9 of the last 12 months known, so 85 x 12 / 9 = 113.3;
      // 113.33 - 67.8 = 45.5 better. RAG on the YTD: 85 >= 59.9, Green.
      'a flow: the year to date projected for the year',
      'F',
      'Discontinuations of a CP plan per 10,000 population fell to 5 in December 2015: worse than last month; projected for the year 113.3 (year to date 85.0 in 9 months) is 45.5 better than the statistical-neighbour average of 67.8 (2014/15); Green on the year to date against the 59.9 target.',
    ],
  ])('%s', (_name, id, expected) => {
    expect(line(id)).toBe(expected);
  });
});
