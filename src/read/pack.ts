/**
 * The read layer for the committee pack, in a module of its own (as `./indicator` and
 * `./overview`) so a first visit's scorecard does not load its derivation.
 */
import type { MonthKey, ScorecardRow, WorkspaceData } from '@/domain/types';
import type { RagOverview } from '@/domain/rag-overview';
import { packLayout, packRows, type PackChoice, type PackLayout } from '@/domain/pack';
import { cached, laOptionsOf, scorecardOf, type ChosenView } from './derive';
import { useAsAt, useView, useWorkspace } from './hooks';
import { compareMonthOf, ragOverviewOf } from './overview';

/** The committee pack as chosen: its rows, where each falls on paper, and its RAG summary. */
export interface Pack {
  rows: ScorecardRow[];
  layout: PackLayout;
  /** The RAG overview of the chosen sections (all their indicators, exceptions or not). */
  countsBySection: RagOverview['countsBySection'];
  changes: RagOverview['changes'];
  compareWith: MonthKey;
}

export const packOf = (
  ws: WorkspaceData,
  asAt: MonthKey,
  chosen: ChosenView | null,
  choice: PackChoice,
  compareWith: MonthKey,
): Pack =>
  cached(
    ws,
    [
      'pack',
      asAt,
      chosen?.view.id ?? '',
      choice.scope,
      [...choice.leftOut].sort().join('\u0001'),
      choice.only ?? '',
      compareWith,
    ].join('\u0000'),
    () => {
      const rows = packRows(scorecardOf(ws, asAt, chosen).rows, choice);
      const overview = ragOverviewOf(ws, asAt, compareWith, chosen);
      const inPack = (section: string) => !choice.leftOut.has(section);
      const changes = overview.changes.filter((c) => inPack(c.row.indicator.section));
      return {
        rows,
        // The key messages (KeyMessagesSummary) print on a page of their own.
        layout: packLayout(rows, changes.length, { keyMessagesPages: 1 }),
        countsBySection: overview.countsBySection.filter((c) => inPack(c.section)),
        changes,
        compareWith,
      };
    },
  );

/** The council's name: its own local authority's, as the imported national data names it. */
export const councilNameOf = (ws: WorkspaceData): string | null =>
  ws.ownLa ? (laOptionsOf(ws).find((o) => o.code === ws.ownLa)?.name ?? null) : null;

/**
 * The committee pack as at the chosen month, of the chosen view, as chosen on the pack screen, with
 * its RAG summary against `compare` (the month the committee last saw; the month before when null
 * or not earlier). Null before any monthly value.
 */
export function usePack(choice: PackChoice, compare: MonthKey | null): Pack | null {
  const workspace = useWorkspace();
  const { asAt } = useAsAt();
  const view = useView();
  return asAt === null
    ? null
    : packOf(workspace, asAt, view, choice, compareMonthOf(asAt, compare));
}

/** The council's name where the workspace knows its own local authority (for the pack's cover). */
export const useCouncilName = (): string | null => councilNameOf(useWorkspace());
