import type { FileKind } from '@/domain/types';
import type { HeaderMap } from '@/domain/import/headers';

/**
 * Which kind of file a header row belongs to (SPEC 2.1-2.6). The checks go from the most
 * specific header set to the least, so a catalogue (with `polarity`, `unit`) is never taken for a
 * scorecard sheet (with `Good perf is` and month columns).
 */
export function recogniseKind(h: HeaderMap): FileKind {
  const has = (f: Parameters<HeaderMap['fields']['has']>[0]) => h.fields.has(f);
  const periods = h.months.length + h.years.length;
  if (has('id') && has('benchmark') && has('value')) return 'benchmarks';
  if (has('period') && has('population')) return 'population';
  if (has('id') && has('period') && (has('value') || has('numerator'))) return 'monthly-long';
  if (has('id') && has('polarity') && (has('unit') || has('name'))) return 'catalogue';
  if (has('name') && (has('goodPerfIs') || periods > 0 || has('red') || has('green'))) return 'scorecard';
  if (has('id') && periods > 0) return 'monthly-wide';
  return 'unknown';
}

export const KIND_WORDS: Record<FileKind, string> = {
  scorecard: 'Scorecard sheet (Performance Summary)',
  catalogue: 'Indicator catalogue',
  'monthly-long': 'Monthly values (long form)',
  'monthly-wide': 'Monthly values (wide form)',
  benchmarks: 'Benchmarks',
  population: 'Population',
  unknown: 'Not recognised',
};
