import type { IndicatorView } from '@/domain/indicator-view';
import { formatMonthLong } from '@/domain/periods';
import { formatNumber } from '@/domain/format';
import { RAG_WORDS } from '@/domain/words';

/**
 * A name that reads as the subject of a sentence: the leading "% of", "%", "Percentage of" or
 * "Number of" goes (the value carries the unit) and the first letter is a capital.
 * "% re-referral rate in the current month" -> "Re-referral rate in the current month".
 */
export function subjectName(name: string): string {
  const trimmed = name.trim().replace(/^(%\s*of\s+|%\s+|percentage of\s+|number of\s+)/i, '');
  const subject = trimmed === '' ? name.trim() : trimmed;
  return subject.charAt(0).toUpperCase() + subject.slice(1);
}

const VERB = { up: 'rose to', down: 'fell to', same: 'stayed at', none: 'was' } as const;

/**
 * The plain-English headline of an indicator for its month, for councillors:
 * "Re-referral rate in the last 12 months (rolling year) rose to 29.3% in December 2015: worse
 * than last month; rolling year 29.3% is 5.7 points worse than the statistical-neighbour average
 * of 23.6% (2014/15); Red against the 23% target."
 * - the movement is neutral ("rose", "fell", "stayed at"); the judgement ("better/worse than last
 *   month") follows the DOT and is left out for neutral ("Info") measures and without a DOT;
 * - the gap is to the SN average, else to England, when there is one, from the figure on the
 *   benchmark's basis (SPEC 3.6: the year to date, a projection, ...), which the clause names;
 * - the RAG part is left out for No target and No data; "Target tbc" says the target is to be
 *   confirmed; a YTD-rated indicator says so.
 * With no value for the month: "Contacts: no value for December 2015."
 */
export function indicatorHeadline(view: IndicatorView): string {
  const { indicator: ind, row } = view;
  const name = subjectName(ind.name);
  const month = formatMonthLong(view.asAt);
  const value = row.current?.value ?? null;
  if (value === null || row.current === null) return `${name}: no value for ${month}.`;

  const shown = formatNumber(value, ind.unit, ind.decimals ?? row.current.decimals);
  const verb = row.dot.label === 'off' ? VERB.none : VERB[row.dot.movement];
  const opening = `${name} ${verb} ${shown} in ${month}`;

  let judgement = '';
  if (row.dot.label === 'improving') judgement = 'better than last month';
  if (row.dot.label === 'worsening') judgement = 'worse than last month';
  // The gap is from the figure on the benchmark's basis (SPEC 3.6), and the clause names it:
  // "year to date 20.0% is 5.1 points worse than the statistical-neighbour average of 25.1% (2014/15)".
  const gap =
    view.gaps.find((g) => g.cell.kind === 'sn_avg' && g.gap?.gap != null) ??
    view.gaps.find((g) => g.cell.kind === 'national_avg' && g.gap?.gap != null);

  let rag = '';
  const status = row.rag.status;
  if (status === 'red' || status === 'amber' || status === 'green') {
    const basis = row.rag.basis === 'ytd' ? ' on the year to date' : '';
    rag =
      view.target.phrase === ''
        ? `${RAG_WORDS[status]}${basis}`
        : `${RAG_WORDS[status]}${basis} against ${view.target.phrase}`;
  } else if (status === 'tbc') {
    rag = 'target to be confirmed';
  }

  let sentence = opening;
  if (judgement !== '') sentence += `: ${judgement}`;
  if (gap?.gap) sentence += `; ${gap.gap.clause}`;
  if (rag !== '') sentence += `; ${rag}`;
  return `${sentence}.`;
}
