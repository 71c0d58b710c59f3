import { describe, expect, it } from 'vitest';
import { polarityInWords, targetInWords } from '@/domain/target-words';
import { parseTarget } from '@/domain/targets';
import type { Polarity, Unit } from '@/domain/types';

/** An indicator's target as the sheet writes its Red / Amber / Green cells. */
const described = (red: string, amber: string, green: string, polarity: Polarity, unit: Unit) => {
  const { target, ytdBasis } = parseTarget({ red, amber, green });
  return { target, polarity, unit, ragBasis: ytdBasis ? ('ytd' as const) : ('month' as const) };
};

describe('targetInWords: the target as the RAG rule reads it (SPEC 3.3)', () => {
  it.each<[string, string, string, Polarity, Unit, string]>([
    // 2.5: R 83 < G 86, so higher is better whatever the symbols.
    ['<83%', '83%>', '86%', 'high', 'percent', 'Red below 83%, Green at 86% or more'],
    // 2.8: "26%+" is red at 26 itself.
    ['26%+', '26%<', '23%', 'low', 'percent', 'Red at 26% or more, Green at 23% or less'],
    // 9.2: ">12%" (not "12%+") is red only above 12.
    ['>12%', '12%>', '10%', 'low', 'percent', 'Red above 12%, Green at 10% or less'],
    // 6.7: rated on the year to date ("YTD <55").
    [
      'YTD <55',
      '55>',
      '59.9',
      'high',
      'rate_per_10k',
      'On the year to date: Red below 55, Green at 59.9 or more',
    ],
    // 4.3: a band around 158.8, green within 5, amber within 15.
    [
      'more than +/-15',
      '+/-15',
      '+/-5 of 158.8',
      'neutral',
      'rate_per_10k',
      'Green within 5 of 158.8, Amber within 15, Red further away',
    ],
    // 11.3: a caseload range with a 1% tolerance above its top.
    [
      'over 1% above range',
      '1% above range',
      '16-22',
      'range',
      'average',
      'Green at 22 or below (range 16 to 22), Amber up to 1% above, Red beyond',
    ],
    [
      '1+ above range',
      '1 above range',
      '14-20',
      'range',
      'average',
      'Green at 20 or below (range 14 to 20), Amber up to 1 above, Red beyond',
    ],
    ['', '', '85%>', 'high', 'percent', 'Green at 85% or more, otherwise Red'],
    ['', '', '10', 'low', 'count', 'Green at 10 or less, otherwise Red'],
    ['', '', 'n/a', 'neutral', 'count', 'No target'],
    ['', '', 'range to be set', 'high', 'percent', 'Target to be confirmed (range to be set)'],
  ])('%s / %s / %s (%s) reads "%s"', (red, amber, green, polarity, unit, words) => {
    expect(targetInWords(described(red, amber, green, polarity, unit))).toBe(words);
  });
});

describe('polarityInWords: an Info row with a target is described by what the target rates', () => {
  it.each<[string, string, string, Polarity, Unit, string]>([
    // 4.3 "Good perf is: Info" with +/-5 of 158.8 is rated Red when far from 158.8.
    [
      'more than +/-15',
      '+/-15',
      '+/-5 of 158.8',
      'neutral',
      'rate_per_10k',
      'Close to 158.8 is better',
    ],
    ['<83%', '83%>', '86%', 'neutral', 'percent', 'Higher is better'],
    ['26%+', '26%<', '23%', 'neutral', 'percent', 'Lower is better'],
    ['', '', '85%>', 'neutral', 'percent', 'Higher is better'],
    [
      'over 1% above range',
      '1% above range',
      '16-22',
      'range',
      'average',
      '22 or below is better (range 16 to 22)',
    ],
    ['', '', 'n/a', 'neutral', 'count', 'Information only'],
    ['<83%', '83%>', '86%', 'high', 'percent', 'Higher is better'],
    ['26%+', '26%<', '23%', 'low', 'percent', 'Lower is better'],
  ])('%s / %s / %s (%s): "%s"', (red, amber, green, polarity, unit, words) => {
    expect(polarityInWords(described(red, amber, green, polarity, unit))).toBe(words);
  });
});
