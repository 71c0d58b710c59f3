import { describe, expect, it } from 'vitest';
import { computeIndicatorView } from '@/domain/indicator-view';
import { indicatorHeadline, subjectName } from '@/domain/headline';
import { smallWorkspace } from '@/domain/indicator-view.fixture';

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
      'Re-referral rate in the last 12 months (rolling year) rose to 29.3% in December 2015: worse than last month and 5.7 points worse than the statistical-neighbour average; Red against the 23% target.',
    ],
    [
      'the month before',
      '2.8',
      '2015-11',
      'Re-referral rate in the last 12 months (rolling year) rose to 28.2% in November 2015: worse than last month and 4.6 points worse than the statistical-neighbour average; Red against the 23% target.',
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
