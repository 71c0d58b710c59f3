import type { WorkspaceData } from '@/domain/types';

/**
 * The time the shipped example is built with (`vite build`, plugin `example-workspace` in
 * vite.config.ts); replaced by the time the user opens it, which appears in provenance and
 * revisions. No fixture holds this instant, so every occurrence is the build's.
 */
export const EXAMPLE_BUILT_AT = '1999-12-31T23:59:59.999Z';

/**
 * The December 2015 example from the JSON made at build time from the same fixtures by
 * `buildExampleWorkspace`: a first visit fetches data, not the importer's code (docs/decisions.md,
 * "The example shipped ready").
 */
export function exampleFromJson(text: string, openedAt: string): WorkspaceData {
  return JSON.parse(text.split(EXAMPLE_BUILT_AT).join(openedAt)) as WorkspaceData;
}
