/**
 * Issue 13's actions on the workspace: actions and members' questions on indicators, and the
 * month's key messages. A module apart from the store so the scorecard a first visit opens does
 * not load them.
 */
import type { IndicatorAction, MemberQuestion, MonthKey } from '@/domain/types';
import { useWorkspaceStore, workspaceEdited } from '@/state/workspace-store';

/**
 * An action on an indicator was added or edited: it replaces the action of the same id, or is
 * added. Edited in place like commentary, not an undo step.
 */
export function actionSaved(action: IndicatorAction): void {
  const { workspace } = useWorkspaceStore.getState();
  const actions = workspace.actions ?? [];
  const at = actions.findIndex((a) => a.id === action.id);
  workspaceEdited({
    ...workspace,
    actions: at < 0 ? [...actions, action] : actions.map((a, k) => (k === at ? action : a)),
  });
}

/** An action was deleted (undoable). */
export function actionRemoved(id: string): void {
  const { workspace } = useWorkspaceStore.getState();
  const action = (workspace.actions ?? []).find((a) => a.id === id);
  if (!action) return;
  workspaceEdited(
    { ...workspace, actions: (workspace.actions ?? []).filter((a) => a.id !== id) },
    `Deletion of the action "${action.what}"`,
  );
}

/** A member's question was added, answered or edited (in place, not an undo step). */
export function questionSaved(question: MemberQuestion): void {
  const { workspace } = useWorkspaceStore.getState();
  const questions = workspace.questions ?? [];
  const at = questions.findIndex((q) => q.id === question.id);
  workspaceEdited({
    ...workspace,
    questions:
      at < 0 ? [...questions, question] : questions.map((q, k) => (k === at ? question : q)),
  });
}

/** A question was deleted (undoable). */
export function questionRemoved(id: string): void {
  const { workspace } = useWorkspaceStore.getState();
  const question = (workspace.questions ?? []).find((q) => q.id === id);
  if (!question) return;
  workspaceEdited(
    { ...workspace, questions: (workspace.questions ?? []).filter((q) => q.id !== id) },
    `Deletion of ${question.askedBy || 'a member'}'s question`,
  );
}

/**
 * The month's key messages were edited and saved; blank text removes them (the draft from the
 * data shows again). Not an undo step, like commentary.
 */
export function keyMessagesSaved(
  month: MonthKey,
  text: string,
  updatedAt: string = new Date().toISOString(),
): void {
  const { workspace } = useWorkspaceStore.getState();
  const others = (workspace.keyMessages ?? []).filter((k) => k.month !== month);
  workspaceEdited({
    ...workspace,
    keyMessages: text.trim() === '' ? others : [...others, { month, text, updatedAt }],
  });
}
