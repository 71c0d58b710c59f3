import type { MonthKey, RagStatus, ScorecardRow, WorkspaceData } from '@/domain/types';
import { computeScorecard, emptyCounts, type ScorecardOptions } from '@/domain/scorecard';
import { addMonths } from '@/domain/periods';
import { benchmarkGapOf, type BenchmarkGap } from '@/domain/gaps';
import { scorecardForView } from '@/domain/views';

export interface RagChange {
  row: ScorecardRow;
  from: RagStatus;
  to: RagStatus;
  newRed: boolean;
}

export interface WorstGap {
  row: ScorecardRow;
  gap: BenchmarkGap;
  /** |gap| as a share of the benchmark, for ranking across units. */
  relative: number;
}

/** How many indicators of one section have each RAG status. */
export interface SectionRagCounts {
  section: string;
  counts: Record<RagStatus, number>;
}

export interface RagOverview {
  asAt: MonthKey;
  compareWith: MonthKey;
  countsBySection: SectionRagCounts[];
  reds: ScorecardRow[];
  changes: RagChange[];
  worseningThreeMonths: ScorecardRow[];
  worstGaps: WorstGap[];
}

/**
 * What the safeguarding board chair checks (SPEC 4, RAG overview): counts by section, reds first
 * with their reasons, RAG moves since an earlier month (new reds flagged), indicators worsening
 * three months running, and the ten furthest behind the statistical-neighbour or England average.
 * With a view, all of it for the view's indicators only.
 */
export function computeRagOverview(
  ws: WorkspaceData,
  asAt: MonthKey,
  compareWith: MonthKey,
  /** A view's indicators, in its order: the overview of those only (all when absent). */
  viewIds?: readonly string[],
  /** The view's RAG rule (the board's two tests), for every month compared. */
  options: ScorecardOptions = {},
): RagOverview {
  const all = computeScorecard(ws, asAt, options);
  const now = viewIds ? scorecardForView(all, viewIds) : all;
  const then = new Map(
    computeScorecard(ws, compareWith, options).rows.map((r) => [r.indicator.id, r]),
  );
  const back1 = new Map(
    computeScorecard(ws, addMonths(asAt, -1), options).rows.map((r) => [r.indicator.id, r]),
  );
  const back2 = new Map(
    computeScorecard(ws, addMonths(asAt, -2), options).rows.map((r) => [r.indicator.id, r]),
  );

  const countsBySection = now.sections.map((section) => {
    const counts = emptyCounts();
    for (const r of now.rows) if (r.indicator.section === section) counts[r.rag.status] += 1;
    return { section, counts };
  });

  const changes: RagChange[] = [];
  for (const row of now.rows) {
    const before = then.get(row.indicator.id);
    if (before && before.rag.status !== row.rag.status) {
      changes.push({
        row,
        from: before.rag.status,
        to: row.rag.status,
        newRed: row.rag.status === 'red',
      });
    }
  }

  const worseningThreeMonths = now.rows.filter(
    (r) =>
      r.dot.label === 'worsening' &&
      back1.get(r.indicator.id)?.dot.label === 'worsening' &&
      back2.get(r.indicator.id)?.dot.label === 'worsening',
  );

  const worstGaps: WorstGap[] = [];
  for (const row of now.rows) {
    const gap = benchmarkGapOf(row);
    if (gap === null || gap.gap.judgement !== 'worse') continue;
    worstGaps.push({ row, gap: gap.gap, relative: gap.relative });
  }
  worstGaps.sort((a, b) => b.relative - a.relative);

  return {
    asAt,
    compareWith,
    countsBySection,
    reds: now.rows.filter((r) => r.rag.status === 'red'),
    changes,
    worseningThreeMonths,
    worstGaps: worstGaps.slice(0, 10),
  };
}
