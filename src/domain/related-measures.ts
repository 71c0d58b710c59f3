import type { Indicator } from '@/domain/types';
import { orderIndicators } from '@/domain/scorecard';

/** How many leading words two names must share to be drawn together. */
export const SHARED_WORDS = 5;
/** The most series on one chart, the indicator itself included. */
export const MAX_RELATED = 4;

export interface RelatedGroup {
  /** The rule in words, shown under the chart. */
  rule: string;
  /** The words the names share, e.g. "% of completed assessments ending in". */
  stem: string;
  /** The indicator first, then the others in scorecard order; at most MAX_RELATED. */
  members: { indicator: Indicator; label: string }[];
}

const words = (name: string) => name.trim().split(/\s+/);

function sharedWords(a: string[], b: string[]): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n]?.toLowerCase() === b[n]?.toLowerCase()) n += 1;
  return n;
}

/**
 * The measures the report draws together with `ind` (e.g. 3.5-3.8, the outcomes of completed
 * assessments; 11.3-11.9, caseloads by team). The rule: **same section, same unit, and names
 * that start with the same five words or more**. That finds the report's families (3.5-3.8,
 * 4.5-4.7, 5.4-5.5, 6.8-6.9, 7.8-7.9, 7.13-7.14, 10.2-10.3, 11.3-11.9, 12.1-12.2) and keeps
 * measures on different scales apart (4.1 monthly and 4.2 rolling S47 counts share only four).
 * At most four series: the indicator and its nearest family members in scorecard order.
 * Null when the indicator has no family.
 */
export function relatedMeasures(indicators: Indicator[], ind: Indicator): RelatedGroup | null {
  const own = words(ind.name);
  const family = orderIndicators(
    indicators.filter(
      (other) =>
        other.id === ind.id ||
        (other.section === ind.section &&
          other.unit === ind.unit &&
          sharedWords(own, words(other.name)) >= SHARED_WORDS),
    ),
  );
  if (family.length < 2) return null;
  const at = family.findIndex((i) => i.id === ind.id);
  // A window of MAX_RELATED around the indicator, kept inside the family.
  const start = Math.max(
    0,
    Math.min(at - Math.floor((MAX_RELATED - 1) / 2), family.length - MAX_RELATED),
  );
  const window = family.slice(start, start + MAX_RELATED);
  const members = [ind, ...window.filter((i) => i.id !== ind.id)];
  const stemLength = Math.min(...members.map((m) => sharedWords(own, words(m.name))));
  const stem = own
    .slice(0, stemLength)
    .join(' ')
    .replace(/[\s\-–:]+$/, '');
  return {
    rule: `Measures in the same section and unit whose names begin "${stem}".`,
    stem,
    members: members.map((m) => {
      const rest = words(m.name)
        .slice(stemLength)
        .join(' ')
        .replace(/^[-–:\s]+/, '');
      return { indicator: m, label: rest === '' ? m.id : `${m.id} ${rest}` };
    }),
  };
}
