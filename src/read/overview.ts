/**
 * The read layer for the RAG overview, in a module of its own so a first visit's scorecard does
 * not load its derivation (docs/decisions.md, "Rendering and the first visit").
 */
import { useState } from 'react';
import type { MonthKey, WorkspaceData } from '@/domain/types';
import { addMonths } from '@/domain/periods';
import { computeRagOverview, type RagOverview } from '@/domain/rag-overview';
import { cached, type ChosenView } from './derive';
import { useAsAt, useView, useWorkspace } from './hooks';

/** The earlier month the overview compares with: the chosen one if earlier, else the month before. */
export const compareMonthOf = (asAt: MonthKey, chosen: MonthKey | null): MonthKey =>
  chosen !== null && chosen < asAt ? chosen : addMonths(asAt, -1);

export const ragOverviewOf = (
  ws: WorkspaceData,
  asAt: MonthKey,
  compareWith: MonthKey,
  chosen: ChosenView | null = null,
): RagOverview =>
  cached(ws, `overview\u0000${asAt}\u0000${compareWith}\u0000${chosen?.view.id ?? ''}`, () =>
    computeRagOverview(
      ws,
      asAt,
      compareWith,
      chosen?.ids,
      // A view rated on the board's two tests (SPEC 3.7) is overviewed on them too.
      chosen?.view.ragRule === 'two_test' ? { ragRule: 'two_test' } : {},
    ),
  );

/**
 * The RAG overview as at the chosen month against an earlier month (the month before unless the
 * user chose another), with the setter for that choice.
 */
export function useRagOverview() {
  const workspace = useWorkspace();
  const { asAt } = useAsAt();
  const view = useView();
  const [chosen, setCompare] = useState<MonthKey | null>(null);
  if (asAt === null) return { overview: null, compareWith: null, setCompare } as const;
  const compareWith = compareMonthOf(asAt, chosen);
  return {
    overview: ragOverviewOf(workspace, asAt, compareWith, view),
    compareWith,
    setCompare,
  } as const;
}
