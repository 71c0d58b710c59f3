import type { WorkspaceData } from '@/domain/types';
import { isoDay } from '@/domain/dates';

/** Marks our export files, so a restore can tell them from any other JSON. */
export const WORKSPACE_FILE_FORMAT = 'cs-performance-workspace';
export const WORKSPACE_FILE_VERSION = 1;

/** A result that is either the data or a sentence saying what is wrong (Excalidraw style). */
export type Result<T> = { ok: true; data: T } | { ok: false; reason: string };

interface WorkspaceFile {
  format: typeof WORKSPACE_FILE_FORMAT;
  version: typeof WORKSPACE_FILE_VERSION;
  exportedAt: string;
  workspace: WorkspaceData;
}

const ARRAY_FIELDS = [
  'indicators',
  'observations',
  'revisions',
  'benchmarks',
  'importedYtd',
  'printed',
  'population',
  'commentary',
  'imports',
] as const satisfies readonly (keyof WorkspaceData)[];

/** Per list, the fields every item must have as a string (a light structural check). */
const REQUIRED_STRINGS: Record<(typeof ARRAY_FIELDS)[number], string[]> = {
  indicators: ['id', 'section', 'name', 'polarity', 'unit'],
  observations: ['indicatorId', 'period'],
  revisions: ['indicatorId', 'period'],
  benchmarks: ['indicatorId', 'benchmark', 'period'],
  importedYtd: ['indicatorId', 'month'],
  printed: ['indicatorId', 'month'],
  population: ['period'],
  commentary: ['indicatorId', 'month', 'text'],
  imports: ['id', 'file', 'importedAt'],
};

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Checks that an unknown value has the shape of a `WorkspaceData` (version 1): every list present,
 * each item an object with its key fields as strings, observations with a number or null value.
 * Returns the value typed, or the first problem found as a sentence. Never throws.
 */
export function validateWorkspace(value: unknown): Result<WorkspaceData> {
  if (!isRecord(value)) return { ok: false, reason: 'The file does not contain a workspace.' };
  if (value.version !== 1) {
    return {
      ok: false,
      reason: `The workspace has version ${String(value.version)}; this app reads version 1.`,
    };
  }
  if (typeof value.label !== 'string' || typeof value.isExample !== 'boolean') {
    return { ok: false, reason: 'The workspace has no label or example flag.' };
  }
  for (const field of ARRAY_FIELDS) {
    const list = value[field];
    if (!Array.isArray(list)) return { ok: false, reason: `The workspace has no "${field}" list.` };
    for (let i = 0; i < list.length; i += 1) {
      const item: unknown = list[i];
      const missing = isRecord(item)
        ? REQUIRED_STRINGS[field].find((key) => typeof item[key] !== 'string')
        : 'any field';
      if (missing !== undefined) {
        return { ok: false, reason: `Item ${i + 1} of "${field}" has no valid "${missing}".` };
      }
      if (field === 'observations' && isRecord(item)) {
        const v = item.value;
        if (v !== null && (typeof v !== 'number' || !Number.isFinite(v))) {
          return {
            ok: false,
            reason: `Item ${i + 1} of "observations" has a value that is not a number.`,
          };
        }
      }
    }
  }
  return { ok: true, data: value as unknown as WorkspaceData };
}

/** The text of an export file: our format marker, the time, and the workspace as JSON. */
export function workspaceFileText(ws: WorkspaceData, exportedAt: string): string {
  const file: WorkspaceFile = {
    format: WORKSPACE_FILE_FORMAT,
    version: WORKSPACE_FILE_VERSION,
    exportedAt,
    workspace: ws,
  };
  return JSON.stringify(file, null, 1);
}

/** A file name such as "performance-workspace-2016-02-03.json" (date of the export, local time). */
export function workspaceFileName(exportedAt: Date): string {
  return `performance-workspace-${isoDay(exportedAt)}.json`;
}

/**
 * Reads the text of a file chosen for restore. Accepts our export files only, and says what is
 * wrong otherwise (not JSON, another kind of file, a newer version, a damaged workspace).
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
  if (parsed.version !== WORKSPACE_FILE_VERSION) {
    return {
      ok: false,
      reason: `This export has format version ${String(parsed.version)}; this app reads version ${WORKSPACE_FILE_VERSION}.`,
    };
  }
  const checked = validateWorkspace(parsed.workspace);
  if (!checked.ok) return { ok: false, reason: `This export is damaged: ${checked.reason}` };
  return checked;
}

/** Offers the workspace as a download (the browser saves it; nothing is sent anywhere). */
export function downloadWorkspace(ws: WorkspaceData, now: Date = new Date()): void {
  const blob = new Blob([workspaceFileText(ws, now.toISOString())], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = workspaceFileName(now);
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke after the click has been handled, so the download has started.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
