import { describe, expect, it } from 'vitest';
import type { DotLabel, RagStatus, ScorecardRow } from '@/domain/types';
import type { AssuranceVerdict, VariationVerdict } from '@/domain/spc-verdict';
import {
  NO_FILTERS,
  filterRows,
  filtersFromParams,
  filtersToParams,
  groupBySection,
  matchesQuery,
  selectRows,
  sortRows,
  type ScorecardSort,
} from '@/domain/scorecard-selection';
import { jumpTarget, meetingOrder, selectionWords } from '@/domain/meeting-order';

const row = (
  id: string,
  section: string,
  rag: RagStatus,
  dot: DotLabel,
  variation: VariationVerdict = 'common-cause',
  more: {
    name?: string;
    assurance?: AssuranceVerdict;
    /** The gap to the SN average: [gap, judgement, benchmark value]. */
    gap?: [number, 'worse' | 'better' | 'same', number];
  } = {},
): ScorecardRow =>
  ({
    indicator: { id, section, name: more.name ?? `Indicator ${id}`, dataNote: '', tags: [] },
    rag: { status: rag },
    dot: { label: dot },
    signal: {
      variation: { verdict: variation },
      assurance: { verdict: more.assurance ?? 'no-verdict' },
    },
    benchmarks: more.gap
      ? [
          {
            kind: 'sn_avg',
            benchmark: { value: more.gap[2] },
            gap: { gap: more.gap[0], judgement: more.gap[1] },
          },
        ]
      : [],
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
    ['q=8.4&sort=rag', { ...NO_FILTERS, query: '8.4', sort: 'rag' }],
    ['q=re-referral&sort=variation', { ...NO_FILTERS, query: 're-referral', sort: 'variation' }],
    // A mistyped or out-of-date link shows everything rather than nothing.
    ['section=Nowhere&rag=purple&dot=sideways&variation=loud&signal=maybe&sort=name', NO_FILTERS],
  ])('reads ?%s from the address', (query, expected) => {
    expect(filtersFromParams(new URLSearchParams(query), ['ASSESSMENTS'])).toEqual(expected);
  });

  it('writes only the filters that are set, and reads them back', () => {
    const filters = {
      ...NO_FILTERS,
      section: 'CHILD PROTECTION',
      dot: 'new' as const,
      variation: 'common-cause' as const,
      query: 'plan',
      sort: 'gap' as const,
      showSignal: false,
    };
    const params = filtersToParams(filters);
    expect(params.toString()).toBe(
      'section=CHILD+PROTECTION&dot=new&variation=common-cause&q=plan&sort=gap&signal=hide',
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

// Nine rows in the sheet's order, each chosen so that every sort moves it somewhere known.
const sheet = [
  row('2.1', 'CONTACT', 'no-target', 'increasing', 'no-verdict', { name: 'Number of contacts' }),
  row('2.5', 'CONTACT', 'green', 'improving', 'common-cause', {
    name: '% of referrals going onto assessment',
    assurance: 'hit-and-miss',
    // 80.9% against an SN average of 85.9%: 5 points behind, 5 / 85.9 = 0.058 of it.
    gap: [-5, 'worse', 85.9],
  }),
  row('2.8', 'CONTACT', 'red', 'worsening', 'special-cause-concern', {
    name: '% re-referral rate in the last 12 months (rolling year)',
    assurance: 'consistently-fails',
    // 29.3% against 23.6%: 5.7 points worse, 5.7 / 23.6 = 0.242 of it (the furthest behind).
    gap: [5.7, 'worse', 23.6],
  }),
  row('6.1', 'CHILD PROTECTION', 'amber', 'no-change', 'common-cause', {
    name: 'Children subject to a child protection plan',
    assurance: 'consistently-meets',
    // 40 against 45: 5 better, -5 / 45 = -0.111 (ahead: after every row behind).
    gap: [-5, 'better', 45],
  }),
  row('6.2', 'CHILD PROTECTION', 'red', 'improving', 'special-cause-improvement', {
    name: 'Child protection plans lasting 2 years or more',
    // Level with its benchmark: 0, between those behind and those ahead.
    gap: [0, 'same', 4],
  }),
  row('8.4', 'LOOKED AFTER', 'tbc', 'worsening', 'common-cause', {
    name: 'Looked after children with 3 or more placements',
  }),
  row('8.40', 'LOOKED AFTER', 'green', 'new', 'no-verdict', {
    name: 'Care leavers in suitable accommodation',
  }),
  row('8.4.1', 'LOOKED AFTER', 'no-target', 'decreasing', 'no-verdict', {
    name: 'Placements out of area',
  }),
  row('12.1', 'ADOPTION', 'amber', 'off', 'special-cause-concern', {
    name: 'Adoptions within 16 months',
    assurance: 'consistently-fails',
    // 60% against 50%: 10 points worse, 10 / 50 = 0.2 (second furthest behind).
    gap: [10, 'worse', 50],
  }),
];

describe('scorecard search', () => {
  it.each<[string, string[]]>([
    ['', sheet.map((r) => r.indicator.id)],
    // An id finds that indicator and those numbered under it, never 8.40.
    ['8.4', ['8.4', '8.4.1']],
    ['  8.4 ', ['8.4', '8.4.1']],
    ['8.4.', ['8.4', '8.4.1']],
    ['8', ['8.4', '8.40', '8.4.1']],
    ['12.1', ['12.1']],
    ['9.9', []],
    // Words, in any order and case, each somewhere in the id, name or section.
    ['re-referral', ['2.8']],
    ['PLAN protection', ['6.1', '6.2']],
    ['child protection', ['6.1', '6.2']],
    // 8.4 by its name; 8.4.1 "Placements out of area" by its section, LOOKED AFTER.
    ['looked after placements', ['8.4', '8.4.1']],
    ['looked after 3 placements', ['8.4']],
    ['contact', ['2.1', '2.5', '2.8']],
    ['adoption fostering', []],
  ])('%j finds %j', (query, expected) => {
    expect(ids(sheet.filter((r) => matchesQuery(r, query)))).toEqual(expected);
  });

  it('searches within the other filters', () => {
    expect(ids(filterRows(sheet, { ...NO_FILTERS, query: 'child', rag: 'red' }))).toEqual(['6.2']);
  });
});

describe('scorecard sort', () => {
  it.each<[ScorecardSort, string[]]>([
    ['section', ['2.1', '2.5', '2.8', '6.1', '6.2', '8.4', '8.40', '8.4.1', '12.1']],
    // Red, Amber, Green, Target tbc, No target; ties in the sheet's order.
    ['rag', ['2.8', '6.2', '6.1', '12.1', '2.5', '8.40', '8.4', '2.1', '8.4.1']],
    // Worsening, no change, increasing, decreasing, improving, new, no DOT (off).
    ['dot', ['2.8', '8.4', '6.1', '2.1', '8.4.1', '2.5', '6.2', '8.40', '12.1']],
    // Furthest behind first (0.242, 0.2, 0.058), level (0), ahead (-0.111), then no gap.
    ['gap', ['2.8', '12.1', '2.5', '6.2', '6.1', '2.1', '8.4', '8.40', '8.4.1']],
    // Concern, improvement, common cause, no verdict.
    ['variation', ['2.8', '12.1', '6.2', '2.5', '6.1', '8.4', '2.1', '8.40', '8.4.1']],
    // Consistently fails, hit and miss, consistently meets, no verdict.
    ['assurance', ['2.8', '12.1', '2.5', '6.1', '2.1', '6.2', '8.4', '8.40', '8.4.1']],
  ])('by %s: %j', (sort, expected) => {
    expect(ids(sortRows(sheet, sort))).toEqual(expected);
  });

  it('filters, searches and sorts in one selection', () => {
    // Section 8's rows, worst RAG first: 8.40 Green, 8.4 Target tbc, 8.4.1 No target.
    const picked = selectRows(sheet, { ...NO_FILTERS, query: '8', sort: 'rag' });
    expect(ids(picked)).toEqual(['8.40', '8.4', '8.4.1']);
    expect(ids(selectRows(sheet, { ...NO_FILTERS, rag: 'amber', sort: 'variation' }))).toEqual([
      '12.1',
      '6.1',
    ]);
  });
});

describe('meeting running order', () => {
  it('is the selected rows, less the No target rows when the meeting skips them', () => {
    expect(meetingOrder(sheet, false)).toEqual(sheet.map((r) => r.indicator.id));
    expect(meetingOrder(sheet, true)).toEqual(['2.5', '2.8', '6.1', '6.2', '8.4', '8.40', '12.1']);
    const reds = selectRows(sheet, { ...NO_FILTERS, rag: 'red' });
    expect(meetingOrder(reds, true)).toEqual(['2.8', '6.2']);
  });
});

describe('meeting jump box', () => {
  const order = sheet.map((r) => r.indicator);
  it.each<[string, string | null]>([
    ['8.4', '8.4'],
    [' 8.40 ', '8.40'],
    // As a pick from the list fills the box: the id, then the name.
    ['12.1 Adoptions within 16 months', '12.1'],
    // Words find the first indicator in the running order that has them all.
    ['protection plan', '6.1'],
    ['2 years', '6.2'],
    // "8" is section 8 as a search: its first indicator.
    ['8', '8.4'],
    ['9.9', null],
    ['', null],
  ])('%j goes to %j', (typed, expected) => {
    expect(jumpTarget(typed, order)).toBe(expected);
  });

  it('only goes where the running order goes', () => {
    const reds = sheet.filter((r) => r.rag.status === 'red').map((r) => r.indicator);
    expect(jumpTarget('8.4', reds)).toBeNull();
    expect(jumpTarget('6.2', reds)).toBe('6.2');
  });
});

describe('the selection in words', () => {
  it.each<[Partial<typeof NO_FILTERS>, string]>([
    [{}, ''],
    [{ rag: 'red' }, 'RAG Red'],
    [
      { section: 'LOOKED AFTER', dot: 'worsening', query: ' 8 ', sort: 'gap' },
      'LOOKED AFTER; DOT Worsening; search “8”; sorted by Benchmark gap, worst first',
    ],
    [{ variation: 'special-cause-concern', showSignal: false }, 'Special cause concern'],
  ])('%j: %j', (filters, words) => {
    expect(selectionWords({ ...NO_FILTERS, ...filters })).toBe(words);
  });
});
