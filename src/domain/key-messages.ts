import type { Indicator, MonthKey, ScorecardRow, WorkspaceData } from '@/domain/types';
import { computeRagOverview } from '@/domain/rag-overview';
import { computeScorecard, indexWorkspace } from '@/domain/scorecard';
import { addMonths, formatMonthLong } from '@/domain/periods';
import { formatNumber } from '@/domain/format';
import { RAG_WORDS, BENCHMARK_WORDS } from '@/domain/words';
import { indicatorTrajectory } from '@/domain/indicator-outlook';
import { scorecardForView } from '@/domain/views';

/**
 * The month's key messages (issue 13): a draft covering text in committee style, from the data,
 * grouped as what is working well and what we are worried about: new Reds, Greens regained,
 * indicators worsening three months running, benchmarks crossed, targets by a date off (or on)
 * their trajectory. Every sentence carries its numbers and its indicator; a change is called a
 * real one only when signal or noise allows it (real-change.ts): otherwise the sentence says it
 * is within ordinary variation, on small numbers, or too early to tell.
 */

export type KeyMessageKind =
  | 'new-red'
  | 'green-regained'
  | 'worsening-three-months'
  | 'benchmark-better'
  | 'benchmark-worse'
  | 'off-trajectory'
  | 'on-trajectory';

export type KeyMessageGroup = 'well' | 'worried';

export const KEY_MESSAGE_GROUP_WORDS: Record<KeyMessageGroup, string> = {
  well: 'What is working well',
  worried: 'What we are worried about',
};

export interface KeyMessage {
  kind: KeyMessageKind;
  group: KeyMessageGroup;
  indicatorId: string;
  /** "2.5 % of referrals with a decision within 1 working day". */
  title: string;
  /** The sentence after the title, with its numbers. */
  sentence: string;
}

export interface KeyMessagesDraft {
  asAt: MonthKey;
  compareWith: MonthKey;
  well: KeyMessage[];
  worried: KeyMessage[];
  /** The whole draft as plain text, to edit. */
  text: string;
}

/** What signal or noise allows us to say about the latest change, as a closing sentence. */
function changeCaution(row: ScorecardRow): string {
  const c = row.signal.change;
  switch (c.reading) {
    case 'signal':
      return 'This is a real change (special cause), not ordinary variation.';
    case 'ordinary-variation':
      return 'This is within ordinary variation: not yet a real change.';
    case 'small-numbers':
      return 'These are small numbers: the change is not read as a real one.';
    case 'not-known':
      return 'There are too few months to tell whether this is a real change.';
  }
}

const wasRated = (s: string) => s === 'red' || s === 'amber' || s === 'green';
const titleOf = (ind: Indicator) => `${ind.id} ${ind.name}`;
const withoutStatus = (reason: string) => reason.replace(/^(Red|Amber|Green):\s*/, '');

/**
 * The draft key messages as at `asAt`, against the month before; of a view's indicators when
 * `viewIds` is given.
 */
export function draftKeyMessages(
  ws: WorkspaceData,
  asAt: MonthKey,
  viewIds?: readonly string[],
): KeyMessagesDraft {
  const compareWith = addMonths(asAt, -1);
  const overview = computeRagOverview(ws, asAt, compareWith, viewIds);
  const all = computeScorecard(ws, asAt);
  const rows = viewIds ? scorecardForView(all, viewIds).rows : all.rows;
  const before = new Map(computeScorecard(ws, compareWith).rows.map((r) => [r.indicator.id, r]));
  const ix = indexWorkspace(ws);
  const now = formatMonthLong(asAt);
  const then = formatMonthLong(compareWith);
  const messages: KeyMessage[] = [];
  const add = (m: Omit<KeyMessage, 'title'>, ind: Indicator) =>
    messages.push({ ...m, title: titleOf(ind) });

  for (const c of overview.changes) {
    const ind = c.row.indicator;
    if (c.to === 'red') {
      add(
        {
          kind: 'new-red',
          group: 'worried',
          indicatorId: ind.id,
          sentence: `Red in ${now}, ${wasRated(c.from) ? `from ${RAG_WORDS[c.from]}` : 'not rated'} in ${then}: ${withoutStatus(c.row.rag.reason)}. ${changeCaution(c.row)}`,
        },
        ind,
      );
    } else if (c.to === 'green' && (c.from === 'red' || c.from === 'amber')) {
      add(
        {
          kind: 'green-regained',
          group: 'well',
          indicatorId: ind.id,
          sentence: `Green again in ${now}, from ${RAG_WORDS[c.from]} in ${then}: ${withoutStatus(c.row.rag.reason)}. ${changeCaution(c.row)}`,
        },
        ind,
      );
    }
  }

  for (const row of overview.worseningThreeMonths) {
    const ind = row.indicator;
    const months = [-3, -2, -1, 0].map((k) => addMonths(asAt, k));
    const values = months.map((m) =>
      formatNumber(ix.observation(ind.id, m)?.value ?? null, ind.unit, ind.decimals),
    );
    add(
      {
        kind: 'worsening-three-months',
        group: 'worried',
        indicatorId: ind.id,
        sentence: `Worse three months running: ${values.join(', ')} from ${formatMonthLong(months[0] ?? asAt)} to ${now}. ${changeCaution(row)}`,
      },
      ind,
    );
  }

  for (const row of rows) {
    const earlier = before.get(row.indicator.id);
    if (!earlier) continue;
    for (const kind of ['sn_avg', 'national_avg'] as const) {
      const gapNow = row.benchmarks.find((b) => b.kind === kind)?.gap;
      const gapThen = earlier.benchmarks.find((b) => b.kind === kind)?.gap;
      if (!gapNow || !gapThen) continue;
      const crossedUp = gapThen.judgement === 'worse' && gapNow.judgement === 'better';
      const crossedDown = gapThen.judgement === 'better' && gapNow.judgement === 'worse';
      if (!crossedUp && !crossedDown) continue;
      add(
        {
          kind: crossedUp ? 'benchmark-better' : 'benchmark-worse',
          group: crossedUp ? 'well' : 'worried',
          indicatorId: row.indicator.id,
          sentence: `Now ${crossedUp ? 'better' : 'worse'} than the ${BENCHMARK_WORDS[kind]} (${then}: ${gapThen.judgement}): ${gapNow.clause}. ${changeCaution(row)}`,
        },
        row.indicator,
      );
    }
  }

  for (const row of rows) {
    const t = indicatorTrajectory(ix, row.indicator, asAt);
    if (!t || t.kind !== 'trajectory' || !t.current || t.current.actual === null) continue;
    const behind = t.current.standing === 'behind';
    add(
      {
        kind: behind ? 'off-trajectory' : 'on-trajectory',
        group: behind ? 'worried' : 'well',
        indicatorId: row.indicator.id,
        sentence: `${behind ? 'Behind' : 'On or ahead of'} its trajectory (${t.plan.replace(/^Target: /, '').replace(/\.$/, '')}). ${t.sentence}`,
      },
      row.indicator,
    );
  }

  const well = messages.filter((m) => m.group === 'well');
  const worried = messages.filter((m) => m.group === 'worried');
  return { asAt, compareWith, well, worried, text: draftText(asAt, well, worried) };
}

/** The draft as plain text: a heading per group, one line per message. */
function draftText(asAt: MonthKey, well: KeyMessage[], worried: KeyMessage[]): string {
  const group = (g: KeyMessageGroup, list: KeyMessage[]) =>
    [
      KEY_MESSAGE_GROUP_WORDS[g],
      ...(list.length === 0
        ? ['- Nothing to report this month.']
        : list.map((m) => `- ${m.title}: ${m.sentence}`)),
    ].join('\n');
  return [
    `Key messages: ${formatMonthLong(asAt)}`,
    group('well', well),
    group('worried', worried),
  ].join('\n\n');
}
