import { describe, expect, it } from 'vitest';
import { matchesSearch, measureWords } from '@/domain/measure-words';

describe('measureWords: published measures named in words', () => {
  it.each([
    ['rereferral_percent', 'Re-referrals within 12 months (%)'],
    ['referral_count', 'Referrals (number)'],
    ['no_further_action_percent', 'Referrals ending in no further action (%)'],
    ['care_leaver_percent', 'Care leaver (%)'],
    ['children_count', 'Children (number)'],
    ['cpp_rate', 'Cpp (rate per 10,000)'],
    ['average_days', 'Average days'],
    ['_', '_'],
  ])('%s reads "%s"', (measure, words) => {
    expect(measureWords(measure)).toBe(words);
  });
});

describe('matchesSearch', () => {
  it.each([
    ['Re-referrals within 12 months (%) rereferral_percent', 're-referrals', true],
    ['Re-referrals within 12 months (%) rereferral_percent', 'RE-REFERRALS %', true],
    ['Re-referrals within 12 months (%) rereferral_percent', 'rereferral_percent', true],
    ['Re-referrals within 12 months (%) rereferral_percent', 'assessments', false],
    ['Referrals (number) referral_count', '', true],
  ])('"%s" matches "%s": %s', (text, query, matched) => {
    expect(matchesSearch(text, query)).toBe(matched);
  });
});
