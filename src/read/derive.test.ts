import { describe, expect, it } from 'vitest';
import { buildExampleWorkspace } from '@/data/demo';
import { computeScorecard } from '@/domain/scorecard';
import { asAtOf, compareMonthOf, indicatorViewOf, scorecardOf } from './derive';

const example = buildExampleWorkspace('2016-02-03T10:00:00.000Z');

describe('asAtOf: the month every screen shows', () => {
  it.each([
    ['nothing chosen', null, '2015-12'],
    ['a month with data', '2015-10', '2015-10'],
    ['a month without data', '2019-01', '2015-12'],
  ])('%s', (_case, selected, expected) => {
    const { asAt, latest, months } = asAtOf(example, selected);
    expect(asAt).toBe(expected);
    expect(latest).toBe('2015-12');
    expect(months.at(-1)).toBe('2015-12');
  });
});

describe('compareMonthOf', () => {
  it.each([
    ['2015-12', null, '2015-11'],
    ['2015-12', '2015-06', '2015-06'],
    // a later or equal month cannot be "compared with": the month before instead
    ['2015-12', '2015-12', '2015-11'],
    ['2015-04', '2016-01', '2015-03'],
  ])('as at %s, chosen %s: %s', (asAt, chosen, expected) => {
    expect(compareMonthOf(asAt, chosen)).toBe(expected);
  });
});

describe('derived once per workspace and month', () => {
  it('gives the domain result, and the same object for a second screen on the same month', () => {
    const card = scorecardOf(example, '2015-12');
    expect(card).toEqual(computeScorecard(example, '2015-12'));
    expect(scorecardOf(example, '2015-12')).toBe(card);
    expect(scorecardOf(example, '2015-11')).not.toBe(card);
  });

  it('computes again for a new workspace (an import or commentary makes a new object)', () => {
    const edited = { ...example, commentary: [...example.commentary] };
    expect(scorecardOf(edited, '2015-12')).not.toBe(scorecardOf(example, '2015-12'));
    expect(indicatorViewOf(edited, '2.8', '2015-12')?.indicator.id).toBe('2.8');
    expect(indicatorViewOf(edited, 'no-such', '2015-12')).toBeNull();
  });
});
