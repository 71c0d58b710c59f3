import { describe, expect, it } from 'vitest';
import { actionView, daysBetween, durationWords, followUpOf, questionView } from '@/domain/actions';
import type { IndicatorAction, MemberQuestion } from '@/domain/types';

const action = (a: Partial<IndicatorAction>): IndicatorAction => ({
  id: 'a1',
  indicatorId: '2.5',
  what: 'Review MASH staffing',
  owner: 'Head of Service',
  due: '2016-01-31',
  status: 'in-progress',
  notes: '',
  updatedAt: '2016-01-05T10:00:00.000Z',
  ...a,
});

const question = (q: Partial<MemberQuestion>): MemberQuestion => ({
  id: 'q1',
  indicatorId: '2.5',
  question: 'Why is this Red two months running?',
  askedBy: 'Cllr Hoddinott',
  meetingDate: '2015-09-02',
  answer: '',
  answeredOn: '',
  updatedAt: '2015-09-02T10:00:00.000Z',
  ...q,
});

describe('daysBetween and durationWords', () => {
  it.each([
    ['2015-09-02', '2015-09-02', 0],
    ['2015-09-02', '2015-12-02', 91], // 28 in Sep, 31 in Oct, 30 in Nov, 2 in Dec
    ['2016-02-28', '2016-03-01', 2], // a leap year
    ['2015-02-31', '2015-03-01', null],
    ['', '2015-03-01', null],
  ])('%s to %s is %s days', (a, b, days) => {
    expect(daysBetween(a, b)).toBe(days);
  });

  it.each([
    [1, '1 day'],
    [55, '55 days'],
    [91, '13 weeks'],
    [400, '13 months'],
  ])('%s days: %s', (days, words) => {
    expect(durationWords(days)).toBe(words);
  });
});

describe('actions', () => {
  it('an open action past its due date is overdue, with owner, date and status in words', () => {
    const v = actionView(action({}), '2016-02-03');
    expect(v).toMatchObject({ open: true, overdue: true });
    expect(v.sentence).toBe(
      'Review MASH staffing (owner: Head of Service; due 31 Jan 2016; In progress; overdue)',
    );
  });

  it('a done action is neither open nor overdue', () => {
    expect(actionView(action({ status: 'done' }), '2016-02-03')).toMatchObject({
      open: false,
      overdue: false,
    });
  });
});

describe('questions', () => {
  it('an open question says how long it has been open since its meeting', () => {
    // 2 September to 2 December 2015: 91 days, 13 weeks.
    const v = questionView(question({}), '2015-12-02');
    expect(v.daysOpen).toBe(91);
    expect(v.sentence).toBe(
      'Open for 13 weeks: asked by Cllr Hoddinott at the meeting of 2 Sep 2015',
    );
  });

  it('an answered question says when, and after how long', () => {
    const v = questionView(
      question({ answer: 'Agency staff left.', answeredOn: '2015-09-30' }),
      '2015-12-02',
    );
    expect(v.open).toBe(false);
    expect(v.sentence).toBe(
      'Answered on 30 Sep 2015 after 28 days: asked by Cllr Hoddinott at the meeting of 2 Sep 2015',
    );
  });
});

describe('followUpOf', () => {
  it('keeps the indicator’s own, open first, actions by due date, questions oldest first', () => {
    const f = followUpOf(
      '2.5',
      [
        action({ id: 'late', due: '2016-03-01' }),
        action({ id: 'done', status: 'done', due: '2015-01-01' }),
        action({ id: 'soon', due: '2016-01-10' }),
        action({ id: 'other', indicatorId: '2.8' }),
      ],
      [
        question({ id: 'new', meetingDate: '2015-12-01' }),
        question({ id: 'old', meetingDate: '2015-09-02' }),
        question({ id: 'answered', answer: 'Yes', meetingDate: '2015-06-01' }),
      ],
      '2016-02-03',
    );
    expect(f.actions.map((a) => a.action.id)).toEqual(['soon', 'late', 'done']);
    expect(f.openActions).toHaveLength(2);
    expect(f.questions.map((q) => q.question.id)).toEqual(['old', 'new', 'answered']);
    expect(f.openQuestions.map((q) => q.question.id)).toEqual(['old', 'new']);
  });
});
