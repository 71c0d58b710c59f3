import { describe, expect, it } from 'vitest';
import { twoTestRag } from '@/domain/rag-two-test';
import { rateValue } from '@/domain/rag';
import type { Benchmark, ComparedFigure, Indicator, Target } from '@/domain/types';

// The December 2015 report's 2.5 target (Red below 83%, Green at 86% or more), higher is better,
// and an England average of 78.0% (2014/15). The figure compared with England is the year to
// date (SPEC 3.6); the target is rated on the month (SPEC 3.3).
const threshold: Target = {
  form: 'threshold',
  red: 83,
  green: 86,
  higherIsBetter: true,
  redInclusive: false,
};
const high: Pick<Indicator, 'polarity' | 'unit' | 'decimals' | 'target'> = {
  polarity: 'high',
  unit: 'percent',
  decimals: 1,
  target: threshold,
};
const england = (value: number): Benchmark => ({
  indicatorId: '2.5',
  benchmark: 'national_avg',
  period: '2014/15',
  value,
  source: 'DfE',
  label: '',
});
const ytd = (value: number): ComparedFigure => ({
  kind: 'ytd',
  value,
  numerator: null,
  denominator: null,
  label: 'year to date',
  words: `year to date ${value.toFixed(1)}%`,
});
const rate = (month: number, compared: ComparedFigure, bench: Benchmark | null, ind = high) =>
  twoTestRag({
    indicator: ind,
    targetRag: rateValue(ind.target, month, ind.polarity, ind.unit, 'month'),
    compared,
    england: bench,
  });

describe("the board's two-test RAG (SPEC 3.7)", () => {
  it.each([
    // month, year to date, England -> status. The target test: month >= 86 (Amber 83-86 is
    // not met). The England test: year to date >= England (on it meets).
    [86, 78, 78, 'green'], // both on their boundary: both met
    [90, 80, 78, 'green'],
    [85.9, 80, 78, 'amber'], // just under the target (Amber on 3.3): England met
    [79.2, 79.2, 78, 'amber'], // the SPEC's example: Red on 3.3, England met
    [86, 77.9, 78, 'amber'], // target met, England just missed
    [79.2, 77.9, 78, 'red'], // neither
    [84, 77.9, 78, 'red'], // Amber on 3.3 alone, but neither test met: Red
  ])('month %d, year to date %d, England %d: %s', (month, y, e, status) => {
    expect(rate(month, ytd(y), england(e)).status).toBe(status);
  });

  it('names both tests in the reason', () => {
    expect(rate(79.2, ytd(79.2), england(78)).reason).toBe(
      "Amber: year to date 79.2% meets England's 78.0% (2014/15) but 79.2% does not meet the 86% target",
    );
    expect(rate(90, ytd(80), england(78)).reason).toBe(
      "Green: 90.0% meets the 86% target and year to date 80.0% meets England's 78.0% (2014/15)",
    );
    expect(rate(80, ytd(70), england(78)).reason).toBe(
      "Red: 80.0% does not meet the 86% target and year to date 70.0% does not meet England's 78.0% (2014/15)",
    );
  });

  it('compares with England at the indicator’s precision: 77.96 shown as 78.0 meets 78.0', () => {
    expect(rate(90, ytd(77.96), england(78)).status).toBe('green');
    expect(rate(90, ytd(77.94), england(78)).status).toBe('amber');
  });

  it.each([
    // Lower is better (re-referrals: Red 26%+, Green 23%): on or below each meets it.
    [23, 24, 24, 'green'],
    [23, 24.1, 24, 'amber'],
    [25, 24, 24, 'amber'],
    [26, 25, 24, 'red'],
  ])('lower is better: month %d, figure %d, England %d: %s', (month, fig, e, status) => {
    const low = {
      polarity: 'low' as const,
      unit: 'percent' as const,
      decimals: 1,
      target: {
        form: 'threshold' as const,
        red: 26,
        green: 23,
        higherIsBetter: false,
        redInclusive: true,
      },
    };
    expect(rate(month, ytd(fig), england(e), low).status).toBe(status);
  });

  it('says when the target was rated on the year to date', () => {
    const r = twoTestRag({
      indicator: high,
      targetRag: rateValue(threshold, 87, 'high', 'percent', 'ytd'),
      compared: ytd(87),
      england: england(78),
    });
    expect(r.reason).toBe(
      "Green: 87.0% (year to date) meets the 86% target and year to date 87.0% meets England's 78.0% (2014/15)",
    );
  });

  it('falls back to the target, and says so, without a national average', () => {
    const r = rate(79.2, ytd(79.2), null);
    expect(r.status).toBe('red');
    expect(r.reason).toMatch(/^Red: .*\(rated on the target alone: there is no national average/);
  });

  it('falls back for information-only measures and keeps No data as it is', () => {
    const info = { ...high, polarity: 'neutral' as const };
    expect(rate(90, ytd(80), england(78), info).reason).toMatch(/rated on the target alone/);
    const none = twoTestRag({
      indicator: high,
      targetRag: rateValue(threshold, null, 'high', 'percent', 'month'),
      compared: { kind: 'none', reason: 'no figure' },
      england: england(78),
    });
    expect(none.status).toBe('no-data');
  });
});
