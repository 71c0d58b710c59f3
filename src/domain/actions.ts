import dayjs from 'dayjs';
import type { ActionStatus, IndicatorAction, MemberQuestion } from '@/domain/types';
import { formatDay } from '@/domain/dates';

/**
 * Actions and members' questions on indicators (issue 13): what is being done about a Red, and
 * which questions are still open and for how long. Dates are 'YYYY-MM-DD'; "today" is given, so
 * the rules stay pure.
 */

export const ACTION_STATUS_WORDS: Record<ActionStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  done: 'Done',
  dropped: 'Dropped',
};

export const ACTION_STATUSES = Object.keys(ACTION_STATUS_WORDS) as ActionStatus[];

/** An action is open until it is done or dropped. */
export const isOpenAction = (a: IndicatorAction): boolean =>
  a.status === 'not-started' || a.status === 'in-progress';

/** A question is open until it has an answer. */
export const isOpenQuestion = (q: MemberQuestion): boolean => q.answer.trim() === '';

/** Whole days from `from` to `to` ('YYYY-MM-DD'); null when either is not a date. */
export function daysBetween(from: string, to: string): number | null {
  const day = (s: string) => {
    const d = dayjs(s);
    // '2015-02-31' would roll over into March: not a date.
    return /^\d{4}-\d{2}-\d{2}$/.test(s) && d.isValid() && d.format('YYYY-MM-DD') === s ? d : null;
  };
  const a = day(from);
  const b = day(to);
  if (!a || !b) return null;
  return Math.round(b.diff(a, 'day', true));
}

/** "12 days", "1 day", "9 weeks" (from 8 weeks), "14 months" (from 6 months). */
export function durationWords(days: number): string {
  if (days >= 183) {
    const months = Math.floor(days / 30.44);
    return `${months} months`;
  }
  if (days >= 56) return `${Math.floor(days / 7)} weeks`;
  return days === 1 ? '1 day' : `${days} days`;
}

export interface ActionView {
  action: IndicatorAction;
  open: boolean;
  overdue: boolean;
  /** "Review thresholds with the MASH (owner: Head of Service; due 31 Jan 2016; In progress; overdue)". */
  sentence: string;
}

export function actionView(a: IndicatorAction, today: string): ActionView {
  const open = isOpenAction(a);
  const late = a.due !== '' ? daysBetween(a.due, today) : null;
  const overdue = open && late !== null && late > 0;
  const parts = [
    a.owner.trim() ? `owner: ${a.owner.trim()}` : 'no owner',
    a.due ? `due ${formatDay(a.due)}` : 'no due date',
    ACTION_STATUS_WORDS[a.status],
    ...(overdue ? ['overdue'] : []),
  ];
  return { action: a, open, overdue, sentence: `${a.what.trim()} (${parts.join('; ')})` };
}

export interface QuestionView {
  question: MemberQuestion;
  open: boolean;
  /** Days since the meeting it was asked at (to today, or to its answer); null without a date. */
  daysOpen: number | null;
  /** "Open for 5 weeks: asked by Cllr Hoddinott at the meeting of 2 Sep 2015". */
  sentence: string;
}

export function questionView(q: MemberQuestion, today: string): QuestionView {
  const open = isOpenQuestion(q);
  const end = open ? today : q.answeredOn || today;
  const days = daysBetween(q.meetingDate, end);
  const asked = `asked by ${q.askedBy.trim() || 'a member'}${q.meetingDate ? ` at the meeting of ${formatDay(q.meetingDate)}` : ''}`;
  const how = days === null ? '' : open ? `Open for ${durationWords(Math.max(0, days))}: ` : '';
  const sentence = open
    ? `${how || 'Open: '}${asked}`
    : `Answered${q.answeredOn ? ` on ${formatDay(q.answeredOn)}` : ''}${days !== null ? ` after ${durationWords(Math.max(0, days))}` : ''}: ${asked}`;
  return { question: q, open, daysOpen: days, sentence };
}

export interface FollowUp {
  actions: ActionView[];
  questions: QuestionView[];
  openActions: ActionView[];
  openQuestions: QuestionView[];
}

/** An indicator's actions (open first, by due date) and questions (open first, oldest first). */
export function followUpOf(
  indicatorId: string,
  actions: readonly IndicatorAction[] | undefined,
  questions: readonly MemberQuestion[] | undefined,
  today: string,
): FollowUp {
  const a = (actions ?? [])
    .filter((x) => x.indicatorId === indicatorId)
    .map((x) => actionView(x, today))
    .sort(
      (x, y) =>
        Number(y.open) - Number(x.open) ||
        (x.action.due || '9999').localeCompare(y.action.due || '9999'),
    );
  const q = (questions ?? [])
    .filter((x) => x.indicatorId === indicatorId)
    .map((x) => questionView(x, today))
    .sort(
      (x, y) =>
        Number(y.open) - Number(x.open) ||
        x.question.meetingDate.localeCompare(y.question.meetingDate),
    );
  return {
    actions: a,
    questions: q,
    openActions: a.filter((x) => x.open),
    openQuestions: q.filter((x) => x.open),
  };
}
