import type { WorkspaceData } from '@/domain/types';
import { isoDay } from '@/domain/dates';
import type { Result } from '@/data/result';
import { migrateWorkspace, SAVED_WORKSPACE_VERSION } from '@/data/schema/migrations';

export type { Result };

/** Marks our export files, so a restore can tell them from any other JSON. */
export const WORKSPACE_FILE_FORMAT = 'cs-performance-workspace';
/** The file's version is the saved workspace's schema version (see schema/migrations.ts). */
export const WORKSPACE_FILE_VERSION = SAVED_WORKSPACE_VERSION;

interface WorkspaceFile {
  format: typeof WORKSPACE_FILE_FORMAT;
  version: typeof WORKSPACE_FILE_VERSION;
  exportedAt: string;
  workspace: WorkspaceData;
}

/** The text of an export file: our format marker, the time, and the workspace as JSON. */
export function workspaceFileText(ws: WorkspaceData, exportedAt: string): string {
  const file: WorkspaceFile = {
    format: WORKSPACE_FILE_FORMAT,
    version: WORKSPACE_FILE_VERSION,
    exportedAt,
    // Every list written, also when empty: version 2 always has them.
    workspace: {
      ...ws,
      superseded: ws.superseded ?? [],
      national: ws.national ?? [],
      neighbours: ws.neighbours ?? [],
      nationalMappings: ws.nationalMappings ?? [],
      views: ws.views ?? [],
      ownLa: ws.ownLa ?? null,
    },
  };
  return JSON.stringify(file, null, 1);
}

/** A file name such as "performance-workspace-2016-02-03.json" (date of the export, local time). */
export function workspaceFileName(exportedAt: Date): string {
  return `performance-workspace-${isoDay(exportedAt)}.json`;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads the text of a file chosen for restore. Accepts our export files of any version this build
 * knows (older ones are migrated), checks the workspace against the schema, and says what is
 * wrong otherwise (not JSON, another kind of file, a newer version, which field is wrong).
 */
export function readWorkspaceFile(text: string): Result<WorkspaceData> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return {
      ok: false,
      reason:
        'This file is not a workspace export: it is not JSON. Choose a file saved with "Export workspace".',
    };
  }
  if (!isRecord(parsed) || parsed.format !== WORKSPACE_FILE_FORMAT) {
    return {
      ok: false,
      reason:
        'This JSON file is not a workspace export from this app. Choose a file saved with "Export workspace".',
    };
  }
  const checked = migrateWorkspace(parsed.workspace, parsed.version);
  if (!checked.ok)
    return {
      ok: false,
      reason: `This export cannot be restored: ${checked.reason} Nothing was changed.`,
    };
  return checked;
}

/** Offers a text as a download (the browser saves it; nothing is sent anywhere). */
export function downloadText(text: string, fileName: string): void {
  const blob = new Blob([text], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke after the click has been handled, so the download has started.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Offers the workspace as a download. */
export function downloadWorkspace(ws: WorkspaceData, now: Date = new Date()): void {
  downloadText(workspaceFileText(ws, now.toISOString()), workspaceFileName(now));
}
