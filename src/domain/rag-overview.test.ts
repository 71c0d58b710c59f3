import { describe, expect, it } from 'vitest';
import { computeRagOverview } from '@/domain/rag-overview';
import { buildExampleWorkspace } from '@/data/demo';

/** The December 2015 example, built from the committed fixtures as the app builds it. */
const ws = buildExampleWorkspace('2024-01-01T00:00:00.000Z');

describe('RAG overview of December 2015 against November', () => {
  const o = computeRagOverview(ws, '2015-12', '2015-11');

  it('counts by section add up to the whole scorecard', () => {
    const total = o.countsBySection.reduce(
      (n, s) => n + Object.values(s.counts).reduce((a, b) => a + b, 0),
      0,
    );
    expect(total).toBe(75);
    expect(o.countsBySection[0]?.section).toBe('CONTACT & REFERRAL (MASH)');
  });

  it('lists the reds with their reasons, in scorecard order', () => {
    const ids = o.reds.map((r) => r.indicator.id);
    expect(ids).toEqual(expect.arrayContaining(['2.5', '2.8', '12.1', '6.4', '8.4']));
    expect(ids.indexOf('2.5')).toBeLessThan(ids.indexOf('12.1'));
    expect(o.reds.every((r) => r.rag.reason.startsWith('Red:'))).toBe(true);
  });

  it.each([
    // 12.1: 85.3% in November (Red: below 90%) stays Red, so it is not a change
    ['12.1', false],
    // 6.12: 91.1% in November is Red (< 95%), 98.1% in December is Green
    ['6.12', true],
  ])('RAG change for %s: %s', (id, changed) => {
    expect(o.changes.some((c) => c.row.indicator.id === id)).toBe(changed);
  });

  it('flags a new red', () => {
    const c = o.changes.find((x) => x.row.indicator.id === '6.12');
    expect(c).toMatchObject({ from: 'red', to: 'green', newRed: false });
    expect(o.changes.filter((x) => x.newRed).every((x) => x.to === 'red')).toBe(true);
  });

  it('finds indicators worsening three months running', () => {
    // 2.8 re-referrals rolling: 26.8 (Oct) < 28.2 (Nov) < 29.3 (Dec), and 26.6 (Sep) < 26.8 (Oct)
    expect(o.worseningThreeMonths.map((r) => r.indicator.id)).toContain('2.8');
    expect(o.worseningThreeMonths.every((r) => r.dot.label === 'worsening')).toBe(true);
  });

  it('ranks the gaps furthest behind the benchmarks, worse ones only', () => {
    expect(o.worstGaps.length).toBeGreaterThan(0);
    expect(o.worstGaps.length).toBeLessThanOrEqual(10);
    expect(o.worstGaps.every((g) => g.gap.judgement === 'worse')).toBe(true);
    const rel = o.worstGaps.map((g) => g.relative);
    expect([...rel].sort((a, b) => b - a)).toEqual(rel);
  });

  it('ranks on the benchmark basis (SPEC 3.6): 6.7 is not behind, 7.7 is behind on its year to date', () => {
    // Worse than the SN average, as a share of it (catalogue, sheet and benchmarks fixtures):
    // 6.11 ratio, year to date 6% vs 3.4 (Low): 2.6 / 3.4 = 0.765 (December's 0.0% would be better)
    // 6.5 snapshot, December 64.7 vs 46.1: 18.6 / 46.1 = 0.403
    // 2.8 rolling, December 29.3 vs 23.6: 5.7 / 23.6 = 0.242
    // 7.7 ratio, year to date 20 vs 25.1: 5.1 / 25.1 = 0.203 (the month's 10.0 would give 0.602)
    // 9.2 rolling, December 11.3 vs 9.6: 1.7 / 9.6 = 0.177
    // 2.5 ratio, year to date 80.9 vs 85.9: 5.0 / 85.9 = 0.058
    // 2.4 rolling, December 668.6 vs 655.4: 13.2 / 655.4 = 0.020
    // 6.7 (projected 113.5 vs 67.8) and 3.3 (year to date 89.7 vs 86.6) are better, so not listed.
    expect(o.worstGaps.map((g) => g.row.indicator.id)).toEqual([
      '6.11',
      '6.5',
      '2.8',
      '7.7',
      '9.2',
      '2.5',
      '2.4',
    ]);
    const adopted = o.worstGaps.find((g) => g.row.indicator.id === '7.7');
    expect(adopted?.relative).toBeCloseTo(5.1 / 25.1, 9);
    expect(adopted?.gap.sentence).toBe(
      'Year to date 20.0% against the statistical-neighbour average of 25.1% (2014/15): 5.1 points worse',
    );
  });
});
