import { describe, expect, it } from 'vitest';
import { addMonths } from '@/domain/periods';
import { readChange } from '@/domain/real-change';
import { smallNumbers } from '@/domain/small-numbers';
import { analyseXmr } from '@/domain/spc';
import { variationVerdict } from '@/domain/spc-verdict';

const monthly = (start: string, values: number[]) =>
  values.map((value, i) => ({ month: addMonths(start, i), value }));

// A year around 50, then a year around 60: December 2015 is a special cause (a shift).
const YEAR = [50, 51, 49, 50, 52, 48, 50, 51, 49, 50, 51, 49];
const STEP = monthly('2014-01', [...YEAR, ...YEAR.map((v) => v + 10)]);
const FLAT = monthly('2015-01', [10, 12, 11, 13, 12, 14, 12, 11, 13, 12, 10, 12, 14]);
const COUNT = { unit: 'count', decimals: null } as const;

const big = smallNumbers({ value: 59, numerator: null, denominator: null }, 'count');
const tiny = smallNumbers({ value: 3, numerator: 1, denominator: 3 }, 'percent');

describe('readChange: may the headline call the change real?', () => {
  it('a special cause on large numbers: yes, with the rule', () => {
    const variation = variationVerdict(analyseXmr(STEP), 'high', COUNT);
    const judgement = readChange({ current: big, previous: big, variation });
    expect(judgement.reading).toBe('signal');
    expect(judgement.mayCallReal).toBe(true);
    expect(judgement.sentence).toMatch(/^Special cause improvement: the last 12 months/);
  });

  it('the same special cause on small numbers this month: never', () => {
    const variation = variationVerdict(analyseXmr(STEP), 'high', COUNT);
    const judgement = readChange({ current: tiny, previous: big, variation });
    expect(judgement.reading).toBe('small-numbers');
    expect(judgement.mayCallReal).toBe(false);
    expect(judgement.sentence).toBe(
      'Small numbers: the figure is out of 3, fewer than 20; one more or one fewer changes it a lot. The change is not read as a real one.',
    );
  });

  it('small numbers the month before: never', () => {
    const variation = variationVerdict(analyseXmr(STEP), 'high', COUNT);
    expect(readChange({ current: big, previous: tiny, variation }).mayCallReal).toBe(false);
  });

  it('common cause: ordinary variation', () => {
    const variation = variationVerdict(analyseXmr(FLAT), 'high', COUNT);
    const judgement = readChange({ current: big, previous: null, variation });
    expect([judgement.reading, judgement.mayCallReal]).toEqual(['ordinary-variation', false]);
  });

  it('too few months: not known', () => {
    const variation = variationVerdict(analyseXmr(FLAT.slice(0, 6)), 'high', COUNT);
    const judgement = readChange({ current: big, previous: big, variation });
    expect([judgement.reading, judgement.mayCallReal]).toEqual(['not-known', false]);
    expect(judgement.sentence).toMatch(/^Only 6 months of data/);
  });
});
