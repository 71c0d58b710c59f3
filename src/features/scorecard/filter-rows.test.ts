import { describe, expect, it } from 'vitest';
import type { DotLabel, RagStatus, ScorecardRow } from '@/domain/types';
import type { VariationVerdict } from '@/domain/spc-verdict';
import {
  NO_FILTERS,
  filterRows,
  filtersFromParams,
  filtersToParams,
  groupBySection,
} from './filter-rows';

const row = (
  id: string,
  section: string,
  rag: RagStatus,
  dot: DotLabel,
  variation: VariationVerdict = 'common-cause',
): ScorecardRow =>
  ({
    indicator: { id, section },
    rag: { status: rag },
    dot: { label: dot },
    signal: { variation: { verdict: variation } },
  }) as unknown as ScorecardRow;

// December 2015: 2.3 red and worsening, 2.5 amber and improving, 3.1 info (increasing), 6.1 no change.
const rows = [
  row('2.3', 'CONTACT & REFERRAL', 'red', 'worsening', 'special-cause-concern'),
  row('2.5', 'CONTACT & REFERRAL', 'amber', 'improving'),
  row('3.1', 'ASSESSMENTS', 'no-target', 'increasing'),
  row('6.1', 'CHILD PROTECTION', 'green', 'no-change', 'special-cause-improvement'),
];
const ids = (list: ScorecardRow[]) => list.map((r) => r.indicator.id);

describe('scorecard filters', () => {
  it.each([
    [NO_FILTERS, ['2.3', '2.5', '3.1', '6.1']],
    [{ ...NO_FILTERS, section: 'CONTACT & REFERRAL' }, ['2.3', '2.5']],
    [{ ...NO_FILTERS, rag: 'red' as const }, ['2.3']],
    [{ ...NO_FILTERS, dot: 'increasing' as const }, ['3.1']],
    [{ ...NO_FILTERS, variation: 'special-cause-concern' as const }, ['2.3']],
    [{ ...NO_FILTERS, variation: 'special-cause-improvement' as const }, ['6.1']],
    [{ ...NO_FILTERS, rag: 'green' as const, variation: 'special-cause-concern' as const }, []],
    // Hiding the columns hides no rows.
    [{ ...NO_FILTERS, showSignal: false }, ['2.3', '2.5', '3.1', '6.1']],
    [{ ...NO_FILTERS, section: 'CONTACT & REFERRAL', rag: 'green' as const }, []],
  ])('%j keeps %j', (filters, expected) => {
    expect(ids(filterRows(rows, filters))).toEqual(expected);
  });

  it.each([
    [
      'section=ASSESSMENTS&rag=red&dot=worsening',
      { ...NO_FILTERS, section: 'ASSESSMENTS', rag: 'red', dot: 'worsening' },
    ],
    [
      'variation=special-cause-concern&signal=hide',
      { ...NO_FILTERS, variation: 'special-cause-concern', showSignal: false },
    ],
    ['', NO_FILTERS],
    // A mistyped or out-of-date link shows everything rather than nothing.
    ['section=Nowhere&rag=purple&dot=sideways&variation=loud&signal=maybe', NO_FILTERS],
  ])('reads ?%s from the address', (query, expected) => {
    expect(filtersFromParams(new URLSearchParams(query), ['ASSESSMENTS'])).toEqual(expected);
  });

  it('writes only the filters that are set, and reads them back', () => {
    const filters = {
      ...NO_FILTERS,
      section: 'CHILD PROTECTION',
      dot: 'new' as const,
      variation: 'common-cause' as const,
      showSignal: false,
    };
    const params = filtersToParams(filters);
    expect(params.toString()).toBe(
      'section=CHILD+PROTECTION&dot=new&variation=common-cause&signal=hide',
    );
    expect(filtersFromParams(params, ['CHILD PROTECTION'])).toEqual(filters);
  });

  it('groups rows under sections in the given order, leaving out empty sections', () => {
    const groups = groupBySection(
      ['CHILD PROTECTION', 'CONTACT & REFERRAL', 'LAC'],
      rows.slice(0, 2).concat(rows[3]!),
    );
    expect(groups.map((g) => [g.section, ids(g.rows)])).toEqual([
      ['CHILD PROTECTION', ['6.1']],
      ['CONTACT & REFERRAL', ['2.3', '2.5']],
    ]);
  });
});
