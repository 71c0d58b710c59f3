import { SAVED_WORKSPACE_VERSION } from '@/data/schema/workspace-lists';
import * as v from 'valibot';
import type { WorkspaceData } from '@/domain/types';
import type { Result } from '@/data/result';
import { describeIssues, workspaceSchema } from '@/data/schema/workspace-schema';

export { SAVED_WORKSPACE_VERSION };

type Loose = Record<string, unknown>;

/** A version as written, safely (a hand-edited file may hold anything there). */
const versionText = (version: unknown): string =>
  typeof version === 'number' || typeof version === 'string'
    ? JSON.stringify(version)
    : version === undefined
      ? '(none)'
      : `(${typeof version})`;

/** Fills a field only when it is absent: a field present with a wrong value is left to the schema. */
const orDefault = (value: unknown, fallback: unknown): unknown =>
  value === undefined ? fallback : value;

/**
 * One step per earlier version: `MIGRATIONS[n]` turns a version-n workspace into version n+1.
 * Steps only add what a version lacked; they never repair a damaged value (the schema refuses it).
 */
const MIGRATIONS: Record<number, (ws: Loose) => Loose> = {
  1: (ws) => ({
    ...ws,
    superseded: orDefault(ws.superseded, []),
    national: orDefault(ws.national, []),
    neighbours: orDefault(ws.neighbours, []),
    nationalMappings: orDefault(ws.nationalMappings, []),
    views: orDefault(ws.views, []),
    ownLa: orDefault(ws.ownLa, null),
  }),
};

/**
 * Brings a workspace saved as `fromVersion` up to the current version and checks it against the
 * schema. Never throws: a value that is not a workspace, a version this build does not know, or
 * a field that is wrong gives a sentence naming where and what.
 */
export function migrateWorkspace(value: unknown, fromVersion: unknown): Result<WorkspaceData> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { ok: false, reason: 'It does not contain a workspace.' };
  if (
    typeof fromVersion !== 'number' ||
    !Number.isInteger(fromVersion) ||
    fromVersion < 1 ||
    fromVersion > SAVED_WORKSPACE_VERSION
  ) {
    return {
      ok: false,
      reason: `It has version ${versionText(fromVersion)}; this app reads versions 1 to ${SAVED_WORKSPACE_VERSION}${
        typeof fromVersion === 'number' && fromVersion > SAVED_WORKSPACE_VERSION
          ? ' (it was saved by a newer version of the app)'
          : ''
      }.`,
    };
  }
  let ws = value as Loose;
  for (let version = fromVersion; version < SAVED_WORKSPACE_VERSION; version += 1) {
    const step = MIGRATIONS[version];
    if (step) ws = step(ws);
  }
  return checkWorkspace(ws);
}

/** Checks a current-version workspace against the schema (no migration). Never throws. */
export function checkWorkspace(value: unknown): Result<WorkspaceData> {
  try {
    const checked = v.safeParse(workspaceSchema, value);
    if (!checked.success) return { ok: false, reason: describeIssues(checked.issues) };
    return { ok: true, data: checked.output };
  } catch (error) {
    // Only a value no file or IndexedDB record can hold (a throwing getter) gets here.
    return { ok: false, reason: `It could not be checked (${String(error)}).` };
  }
}
