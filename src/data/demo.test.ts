import { describe, expect, it } from 'vitest';
import { latestMonth } from '@/domain/workspace';
import { EXAMPLE_FILES, buildExampleWorkspace, parseExampleFiles } from '@/data/demo';

const importedAt = '2016-01-18T09:00:00.000Z';

describe('the December 2015 example workspace', () => {
  const ws = buildExampleWorkspace(importedAt);

  it('is built from the four fixtures in order: catalogue, detail months, summary sheet, benchmarks', () => {
    expect(EXAMPLE_FILES.map((f) => f.file)).toEqual([
      'catalogue-2015.csv',
      'detail-monthly-2015.csv',
      'scorecard-2015-12.csv',
      'benchmarks-2015.csv',
    ]);
    expect(ws.imports.map((r) => r.file)).toEqual(EXAMPLE_FILES.map((f) => f.file));
  });

  it('reads every fixture without an error', () => {
    const errors = parseExampleFiles(importedAt).flatMap((p) =>
      p.problems
        .filter((x) => x.severity === 'error')
        .map((x) => `${x.file}:${x.line} ${x.message}`),
    );
    expect(errors).toEqual([]);
  });

  it('is marked as the example, from published committee papers, and ends in December 2015', () => {
    expect(ws.isExample).toBe(true);
    expect(ws.label).toMatch(/published committee papers/);
    expect(latestMonth(ws)).toBe('2015-12');
    expect(ws.indicators.length).toBeGreaterThanOrEqual(75);
    expect(ws.benchmarks.length).toBeGreaterThan(0);
  });

  it("keeps the summary sheet's own November (the DOT uses it) and the detail page's as a revision", () => {
    // rules-2015.md (a): for 3.1 the summary prints Nov 341; the detail page differs.
    const nov = ws.observations.find((o) => o.indicatorId === '3.1' && o.period === '2015-11');
    expect(nov?.value).toBe(341);
    expect(nov?.provenance.file).toBe('scorecard-2015-12.csv');
    const revised = ws.revisions.find((r) => r.indicatorId === '3.1' && r.period === '2015-11');
    expect(revised?.previous.provenance.file).toBe('detail-monthly-2015.csv');
  });
});
