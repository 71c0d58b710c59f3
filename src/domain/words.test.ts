import { describe, expect, it } from 'vitest';
import {
  BENCHMARK_WORDS,
  DOT_ARROWS,
  DOT_WORDS,
  MOVEMENT_ARROWS,
  POLARITY_WORDS,
  RAG_WORDS,
  UNIT_WORDS,
} from '@/domain/words';

describe('display words', () => {
  it.each([
    ['red', 'Red'],
    ['amber', 'Amber'],
    ['green', 'Green'],
    ['no-target', 'No target'],
    ['no-data', 'No data'],
    ['tbc', 'Target tbc'],
  ] as const)('RAG %s -> %s', (status, word) => {
    expect(RAG_WORDS[status]).toBe(word);
  });

  it.each([
    ['improving', 'Improving', '↑'],
    ['worsening', 'Worsening', '↓'],
    ['no-change', 'No change', '→'],
    ['increasing', 'Increasing', '↑'],
    ['decreasing', 'Decreasing', '↓'],
    ['not-comparable', 'Not comparable', ''],
    ['new', 'New', ''],
    ['off', '', ''],
  ] as const)('DOT %s -> %s %s', (label, word, arrow) => {
    expect(DOT_WORDS[label]).toBe(word);
    expect(DOT_ARROWS[label]).toBe(arrow);
  });

  it.each([
    ['up', '↑'],
    ['down', '↓'],
    ['same', '→'],
    ['none', '–'],
  ] as const)('movement %s -> %s', (m, arrow) => {
    expect(MOVEMENT_ARROWS[m]).toBe(arrow);
  });

  it.each([
    ['high', 'Higher is better'],
    ['low', 'Lower is better'],
    ['neutral', 'Information only'],
    ['range', 'Within limits'],
  ] as const)('polarity %s -> %s', (p, word) => {
    expect(POLARITY_WORDS[p]).toBe(word);
  });

  it.each([
    ['sn_avg', 'statistical-neighbour average'],
    ['best_sn', 'best statistical neighbour'],
    ['national_avg', 'England average'],
    ['national_top_quartile', 'England top-quartile threshold'],
    ['regional_avg', 'regional average'],
  ] as const)('benchmark %s -> %s', (k, word) => {
    expect(BENCHMARK_WORDS[k]).toBe(word);
  });

  it.each([
    ['count', 'Count'],
    ['percent', 'Percentage'],
    ['rate_per_10k', 'Rate per 10,000 children'],
    ['days', 'Days'],
    ['average', 'Average'],
  ] as const)('unit %s -> %s', (u, word) => {
    expect(UNIT_WORDS[u]).toBe(word);
  });
});
