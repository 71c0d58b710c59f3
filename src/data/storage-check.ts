import * as v from 'valibot';
import type { Result } from '@/data/result';
import {
  LIST_ITEM_SCHEMAS,
  WORKSPACE_LISTS,
  describeIssues,
  workspaceScalarsSchema,
  workspaceExtrasSchema,
  type WorkspaceListName,
} from '@/data/schema/workspace-schema';
import { LATER_LISTS, SAVED_WORKSPACE_VERSION } from '@/data/schema/workspace-lists';
import type { ChunkRecord, StoredManifest } from '@/data/storage-chunks';

/**
 * The checks of what is read back from IndexedDB (the manifest and each chunk against the
 * workspace's schema). Kept apart from `storage-chunks.ts` so saving, and a first visit with
 * nothing stored, load no schema library: `persistence.ts` imports this module when it has a
 * stored manifest to read.
 */

const chunkIds = v.array(v.string('a chunk id'), 'a list of chunk ids');
const workspaceManifestSchema = v.looseObject({
  ...workspaceScalarsSchema.entries,
  lists: v.looseObject(
    // A list added later (LATER_LISTS) is absent from a manifest saved before it.
    Object.fromEntries(
      WORKSPACE_LISTS.map((l) => [l, LATER_LISTS.has(l) ? v.optional(chunkIds) : chunkIds]),
    ) as Record<WorkspaceListName, typeof chunkIds>,
    'the lists',
  ),
  // Other top-level fields: those this build knows (actions, questions...) are checked.
  extras: v.optional(workspaceExtrasSchema),
});

export const storedManifestSchema = v.looseObject({
  schemaVersion: v.literal(SAVED_WORKSPACE_VERSION, `version ${SAVED_WORKSPACE_VERSION}`),
  revision: v.pipe(v.number('a revision number'), v.integer('a whole revision number')),
  savedAt: v.string('a time'),
  current: workspaceManifestSchema,
  history: v.array(
    v.looseObject({ description: v.string('a description'), workspace: workspaceManifestSchema }),
    'a list of undo steps',
  ),
});

/**
 * Checks one stored chunk against its list's schema. Never throws; the reason names the chunk,
 * the item and the field.
 */
export function checkChunk(id: string, value: unknown): Result<ChunkRecord> {
  if (typeof value !== 'object' || value === null)
    return { ok: false, reason: `The record "${id}" is missing or is not a record.` };
  const { list, items } = value as { list?: unknown; items?: unknown };
  if (typeof list !== 'string' || !(list in LIST_ITEM_SCHEMAS))
    return { ok: false, reason: `The record "${id}" names no list of the workspace.` };
  const name = list as WorkspaceListName;
  try {
    const checked = v.safeParse(v.array(LIST_ITEM_SCHEMAS[name], 'a list'), items);
    if (!checked.success)
      return {
        ok: false,
        reason: `in the record "${id}" (${name}): ${describeIssues(checked.issues)}`,
      };
    return { ok: true, data: { id, list: name, items: checked.output } };
  } catch (error) {
    return { ok: false, reason: `The record "${id}" could not be checked (${String(error)}).` };
  }
}

/** Checks the manifest record. Never throws. */
export function checkManifest(value: unknown): Result<StoredManifest> {
  try {
    const checked = v.safeParse(storedManifestSchema, value);
    if (!checked.success)
      return { ok: false, reason: `in the manifest: ${describeIssues(checked.issues)}` };
    return { ok: true, data: checked.output as StoredManifest };
  } catch (error) {
    return { ok: false, reason: `The manifest could not be checked (${String(error)}).` };
  }
}
