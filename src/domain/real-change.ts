import type { SmallNumbersCheck } from '@/domain/small-numbers';
import type { VariationResult } from '@/domain/spc-verdict';

/**
 * May a headline call this month's change a real one? (SPEC 3.9.) Only when the latest month is a
 * special cause and neither this month nor the month before rests on small numbers. Every screen
 * and the key messages ask this one function, so none can call noise a change.
 */

export type ChangeReading = 'signal' | 'ordinary-variation' | 'small-numbers' | 'not-known';

export interface ChangeJudgement {
  reading: ChangeReading;
  /** True only for 'signal'. */
  mayCallReal: boolean;
  /** Why, in words, for the headline's second sentence. */
  sentence: string;
}

export const CHANGE_READING_WORDS: Record<ChangeReading, string> = {
  signal: 'A real change (special cause)',
  'ordinary-variation': 'Ordinary variation',
  'small-numbers': 'Small numbers',
  'not-known': 'Too few months to tell',
};

export function readChange(a: {
  current: SmallNumbersCheck;
  previous: SmallNumbersCheck | null;
  variation: VariationResult;
}): ChangeJudgement {
  const small = [a.current, a.previous].find((c): c is SmallNumbersCheck => c !== null && c.small);
  if (small !== undefined) {
    return {
      reading: 'small-numbers',
      mayCallReal: false,
      sentence: `${small.sentence} The change is not read as a real one.`,
    };
  }
  switch (a.variation.verdict) {
    case 'special-cause-improvement':
    case 'special-cause-concern':
    case 'special-cause-neither-high':
    case 'special-cause-neither-low':
      return { reading: 'signal', mayCallReal: true, sentence: a.variation.sentence };
    case 'common-cause':
      return { reading: 'ordinary-variation', mayCallReal: false, sentence: a.variation.sentence };
    case 'no-verdict':
      return { reading: 'not-known', mayCallReal: false, sentence: a.variation.sentence };
  }
}
