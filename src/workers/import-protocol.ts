/**
 * The messages between the page and the import worker (`parse.worker.ts`). The worker keeps a copy
 * of the workspace's values (sent once per version of them, as columns, and updated by its own
 * merges), the files it read (until merged or forgotten), and does every step that touches
 * every row: decode, parse, validate, preview, merge. The page gets files without their values,
 * a capped preview, and on Confirm one patch per file as columns.
 */
import type { Benchmark, Indicator, ParsedFile } from '@/domain/types';
import type { ImportPreview } from '@/domain/import-preview';
import type { ConflictingValue } from '@/domain/import/conflicts';
import type { ObservationColumns, PatchColumns } from '@/domain/observation-columns';

/** Revisions, new values and conflicts listed in a preview at most (the counts are whole). */
export const LISTED_AT_MOST = 1000;

/** The workspace an import is compared with and merged into: its values are the worker's copy. */
export interface ImportBase {
  /** Names the version of the workspace's values the worker must hold (0: none). */
  key: number;
  indicators: Indicator[];
  benchmarks: Benchmark[];
}

export type WorkerRequest =
  /** The workspace's values, when the worker holds another version of them. */
  | { type: 'base'; key: number; columns: ObservationColumns }
  | {
      type: 'read';
      id: number;
      files: { name: string; bytes: ArrayBuffer }[];
      importedAt: string;
      base: ImportBase;
    }
  /** Merge a read into the base; `nextKey` names the values after it. */
  | { type: 'merge'; id: number; read: number; nextKey: number }
  | { type: 'forget'; read: number };

/** A preview whose lists are capped at LISTED_AT_MOST, with the whole counts. */
export type CappedPreview = ImportPreview & { totals: { newValues: number; revisions: number } };

export interface ReadResult {
  /** The files as read, their values left in the worker (`observationCount` says how many). */
  files: ParsedFile[];
  preview: CappedPreview;
  conflicts: ConflictingValue[];
  conflictCount: number;
}

export interface Progress {
  file: string;
  fileIndex: number;
  fileCount: number;
  /** reading: text split into rows; checking: rows validated; comparing: preview; merging. */
  stage: 'reading' | 'checking' | 'comparing' | 'merging';
  percent: number;
  rows: number;
}

export type WorkerResponse =
  /** Sent once when the worker has started (its code loaded): module workers work here. */
  | { type: 'ready'; id: 0 }
  | { type: 'progress'; id: number; progress: Progress }
  | { type: 'read'; id: number; result: ReadResult }
  | { type: 'merged'; id: number; patches: PatchColumns[] }
  | { type: 'failed'; id: number; reason: string; file: string };
