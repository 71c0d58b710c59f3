/**
 * The read layer for issue 13: the month's key messages and each indicator's actions and
 * questions. A module of its own, like `./indicator` and `./overview`, so the scorecard a first
 * visit opens does not load the key messages' derivations.
 */
import type { MonthKey, WorkspaceData } from '@/domain/types';
import { isoDay } from '@/domain/dates';
import { draftKeyMessages, type KeyMessagesDraft } from '@/domain/key-messages';
import { followUpOf, type FollowUp } from '@/domain/actions';
import { cached, type ChosenView } from './derive';
import { useAsAt, useView, useWorkspace } from './hooks';

/** The month's key messages drafted from the data (of the chosen view's indicators). */
export const keyMessagesDraftOf = (
  ws: WorkspaceData,
  asAt: MonthKey,
  chosen: ChosenView | null = null,
): KeyMessagesDraft =>
  cached(ws, `key-messages\u0000${asAt}\u0000${chosen?.view.id ?? ''}`, () =>
    draftKeyMessages(ws, asAt, chosen?.ids),
  );

/** An indicator's actions and questions, with how long each question has been open by `today`. */
export const followUpFor = (ws: WorkspaceData, id: string, today: string): FollowUp =>
  cached(ws, `follow-up\u0000${id}\u0000${today}`, () =>
    followUpOf(id, ws.actions, ws.questions, today),
  );

/** Today as 'YYYY-MM-DD' (browser time zone), for how long a question has been open. */
export const useToday = (): string => isoDay(new Date());

/**
 * The month's key messages: the draft from the data and the text as the user last saved it for
 * that month (null until edited). Null before any monthly value.
 */
export function useKeyMessages() {
  const workspace = useWorkspace();
  const { asAt } = useAsAt();
  const chosen = useView();
  if (asAt === null) return null;
  return {
    asAt,
    draft: keyMessagesDraftOf(workspace, asAt, chosen),
    saved: (workspace.keyMessages ?? []).find((k) => k.month === asAt) ?? null,
  };
}

/** An indicator's actions and members' questions (open first). */
export function useFollowUp(id: string): FollowUp {
  return followUpFor(useWorkspace(), id, useToday());
}

/** Actions and questions for several indicators (the overview's Reds), by id. */
export function useFollowUps(ids: readonly string[]): Map<string, FollowUp> {
  const workspace = useWorkspace();
  const today = useToday();
  return new Map(ids.map((id) => [id, followUpFor(workspace, id, today)]));
}
