import type { BenchmarkKind, DotLabel, Movement, Polarity, RagStatus, Unit } from '@/domain/types';

/** Display words, in one place. Screens show these; they never spell statuses themselves. */
export const RAG_WORDS: Record<RagStatus, string> = {
  red: 'Red',
  amber: 'Amber',
  green: 'Green',
  'no-target': 'No target',
  'no-data': 'No data',
  tbc: 'Target tbc',
};

export const DOT_WORDS: Record<DotLabel, string> = {
  improving: 'Improving',
  worsening: 'Worsening',
  'no-change': 'No change',
  increasing: 'Increasing',
  decreasing: 'Decreasing',
  'not-comparable': 'Not comparable',
  new: 'New',
  off: '',
};

/**
 * The arrow beside a DOT word. As in the printed reports, an up arrow means "improving" for
 * measures with a good direction and "increasing" for information-only ones; the word says which.
 */
export const DOT_ARROWS: Record<DotLabel, string> = {
  improving: '↑',
  worsening: '↓',
  'no-change': '→',
  increasing: '↑',
  decreasing: '↓',
  'not-comparable': '',
  new: '',
  off: '',
};

/** The raw movement as an arrow, apart from judgement. */
export const MOVEMENT_ARROWS: Record<Movement, string> = {
  up: '↑',
  down: '↓',
  same: '→',
  none: '–',
};

export const POLARITY_WORDS: Record<Polarity, string> = {
  high: 'Higher is better',
  low: 'Lower is better',
  neutral: 'Information only',
  range: 'Within limits',
};

export const BENCHMARK_WORDS: Record<BenchmarkKind, string> = {
  sn_avg: 'statistical-neighbour average',
  best_sn: 'best statistical neighbour',
  national_avg: 'England average',
  national_top_quartile: 'England top-quartile threshold',
  regional_avg: 'regional average',
};

export const UNIT_WORDS: Record<Unit, string> = {
  count: 'Count',
  percent: 'Percentage',
  rate_per_10k: 'Rate per 10,000 children',
  days: 'Days',
  average: 'Average',
};
