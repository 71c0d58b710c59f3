/**
 * The names of a saved workspace's lists and the saved layout's version: what saving needs, with
 * no schema library, so a first visit (which saves the example) loads no validation code. The
 * schemas that check each list when it is read are in `workspace-schema.ts`, whose
 * `LIST_ITEM_SCHEMAS` must name exactly these lists (a unit test holds them together).
 */
export const WORKSPACE_LISTS = [
  'indicators',
  'observations',
  'revisions',
  'benchmarks',
  'importedYtd',
  'printed',
  'population',
  'commentary',
  'imports',
  'superseded',
  'national',
  'neighbours',
  'nationalMappings',
  'views',
  'breakdowns',
  'markers',
] as const;

export type WorkspaceListName = (typeof WORKSPACE_LISTS)[number];

/**
 * Lists added after schema version 2 was first written: optional in a saved workspace and its
 * manifest (a workspace saved before them has none), always written from now on.
 */
export const LATER_LISTS: ReadonlySet<WorkspaceListName> = new Set(['breakdowns', 'markers']);

/**
 * Version 1 (before November 2026) is migrated when read: some lists (`superseded`, `national`,
 * `neighbours`, `nationalMappings`, `ownLa`) were left out when unused. Version 2 always has them.
 */
export const SAVED_WORKSPACE_VERSION = 2;
