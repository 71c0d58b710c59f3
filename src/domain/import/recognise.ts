import type { FileKind } from '@/domain/types';
import { mapHeaders, type Field, type HeaderMap } from '@/domain/import/headers';

/**
 * Which kind of file a header row belongs to (SPEC 2.1-2.6), from the header cells as written or
 * from their map. The checks go from the most specific header set to the least:
 * - published national data (a DfE tidy CSV): `time_period` and `geographic_level`, first, so
 *   its `la_name` and its measure columns are never read as another kind's fields;
 * - a statistical-neighbour list: an LA code (`old_la_code`, `LA num`) and `SN1` (or `SN_1`);
 * - benchmarks: an id, `benchmark` and `value`;
 * - population: `period` and `population_0_17`;
 * - a trajectory: an id, `period` and `trajectory` (no `value`);
 * - a breakdown: an id, `period`, `dimension` and `category` (SPEC 2.8);
 * - monthly long form: an id, `period` and `value` (or `numerator`);
 * - catalogue: an id and `polarity`, with `unit` or `name`;
 * - scorecard sheet: `Indicator` (the name) with `Good perf is`, month or year columns, or targets;
 * - monthly wide form: an id and month or year columns, without a name or targets;
 * otherwise `unknown`. So a catalogue (`polarity`, `unit`) is never taken for a scorecard sheet.
 */
export function recogniseKind(headers: string[] | HeaderMap): FileKind {
  const h = Array.isArray(headers) ? mapHeaders(headers) : headers;
  const has = (f: Field) => h.fields.has(f);
  const periods = h.months.length + h.years.length;
  if (has('timePeriod') && has('geographicLevel')) return 'national';
  if ((has('laCode') || has('laNumber')) && has('sn1')) return 'neighbours';
  if (has('id') && has('benchmark') && has('value')) return 'benchmarks';
  if (has('period') && has('population')) return 'population';
  if (has('id') && has('period') && has('trajectory') && !has('value')) return 'trajectory';
  if (has('id') && has('period') && has('dimension') && has('category')) return 'breakdown';
  if (has('id') && has('period') && (has('value') || has('numerator'))) return 'monthly-long';
  if (has('id') && has('polarity') && (has('unit') || has('name'))) return 'catalogue';
  if (has('name') && (has('goodPerfIs') || periods > 0 || has('red') || has('green')))
    return 'scorecard';
  if (has('id') && periods > 0) return 'monthly-wide';
  return 'unknown';
}

/** What each kind of file needs in its header row, for the "not recognised" message. */
export const EXPECTED_HEADERS: Record<Exclude<FileKind, 'unknown'>, string> = {
  scorecard: 'a scorecard sheet (No., Indicator, Good perf is, month columns such as Dec-15)',
  catalogue: 'a catalogue (id, name, polarity, unit)',
  'monthly-long': 'monthly values (indicator_id, period, value)',
  'monthly-wide':
    'monthly values in columns (indicator_id, then one column per month such as Dec-15)',
  benchmarks: 'benchmarks (indicator_id, benchmark, period, value)',
  trajectory: 'a trajectory (indicator_id, period, trajectory)',
  breakdown: 'a breakdown (indicator_id, period, dimension, category, value)',
  population: 'population (period, population_0_17)',
  national:
    'published national data, a DfE tidy CSV (time_period, geographic_level, old_la_code, la_name, then its columns)',
  neighbours: 'a DfE statistical-neighbour list (old_la_code or LA num, la_name, SN1 ... SN10)',
};

export const KIND_WORDS: Record<FileKind, string> = {
  scorecard: 'Scorecard sheet (Performance Summary)',
  catalogue: 'Indicator catalogue',
  'monthly-long': 'Monthly values (long form)',
  'monthly-wide': 'Monthly values (wide form)',
  benchmarks: 'Benchmarks',
  trajectory: 'Trajectory (target path by month)',
  breakdown: 'Breakdown (by dimension and category)',
  population: 'Population',
  national: 'Published national data (DfE)',
  neighbours: 'Statistical neighbours (DfE)',
  unknown: 'Not recognised',
};
