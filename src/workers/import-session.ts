/**
 * What the import worker keeps and does, apart from messaging (so it runs in tests without a
 * worker): the base values, the files read, preview and merge. Pure apart from its own state.
 */
import type { Observation, ParsedFile } from '@/domain/types';
import {
  applyObservationPatch,
  emptyWorkspace,
  indexObservations,
  mergeObservations,
  type ObservationPatch,
} from '@/domain/workspace';
import { previewImportListing } from '@/domain/import-preview';
import { parseFile } from '@/domain/import/parse-file';
import { contributes } from '@/domain/import/contributes';
import { findConflicts } from '@/domain/import/conflicts';
import { progressPercent } from '@/domain/import/progress';
import {
  decodeObservations,
  encodePatch,
  type ObservationColumns,
  type PatchColumns,
} from '@/domain/observation-columns';
import {
  LISTED_AT_MOST,
  type ImportBase,
  type Progress,
  type ReadResult,
} from '@/workers/import-protocol';

interface Read {
  files: ParsedFile[];
  importedAt: string;
  base: ImportBase;
}

export class ImportSession {
  private key = 0;
  private held: Observation[] = [];
  private index = new Map<string, number>();
  private readonly reads = new Map<number, Read>();

  /** The version of the base values held (0: none). */
  get baseKey(): number {
    return this.key;
  }

  setBase(key: number, columns: ObservationColumns | null): void {
    this.held = columns ? decodeObservations(columns) : [];
    this.index = indexObservations(this.held);
    this.key = key;
  }

  /**
   * Reads files one after another (each sees the indicators of those before it), then compares
   * them with the base. `progress` is told how far it got, as often as the parser reports.
   */
  read(
    id: number,
    files: { name: string; bytes: ArrayBuffer }[],
    importedAt: string,
    base: ImportBase,
    progress: (p: Progress) => void = () => {},
  ): ReadResult {
    if (base.key !== this.key) throw new Error('the worker holds another version of the values');
    const parsed: ParsedFile[] = [];
    let known = [...base.indicators];
    files.forEach(({ name, bytes }, fileIndex) => {
      const at = (p: Omit<Progress, 'file' | 'fileIndex' | 'fileCount'>) =>
        progress({ file: name, fileIndex, fileCount: files.length, ...p });
      at({ stage: 'reading', percent: 0, rows: 0 });
      const file = parseFile(name, new Uint8Array(bytes), importedAt, known, (p) =>
        at({ stage: p.phase, percent: progressPercent(p), rows: p.rows }),
      );
      parsed.push(file);
      known = [...known, ...file.indicators.filter((n) => !known.some((k) => k.id === n.id))];
    });
    progress({
      file: files[files.length - 1]?.name ?? '',
      fileIndex: files.length - 1,
      fileCount: files.length,
      stage: 'comparing',
      percent: 100,
      rows: parsed.reduce((n, f) => n + f.rowsRead, 0),
    });
    const ws = {
      ...emptyWorkspace(),
      indicators: base.indicators,
      benchmarks: base.benchmarks,
      observations: this.held,
    };
    const { preview, totals } = previewImportListing(ws, parsed, LISTED_AT_MOST);
    const conflicts = findConflicts(parsed);
    this.reads.set(id, { files: parsed, importedAt, base });
    return {
      files: parsed.map((f) => ({
        ...f,
        observations: [],
        observationCount: f.observations.length,
      })),
      preview: { ...preview, totals },
      conflicts: conflicts.slice(0, LISTED_AT_MOST),
      conflictCount: conflicts.length,
    };
  }

  /**
   * Merges a read into the base values (the rule of `mergeImport`, file by file), keeps the
   * result as the base named `nextKey`, and returns one patch per file that brings something.
   */
  merge(readId: number, nextKey: number): ObservationPatch[] {
    const read = this.reads.get(readId);
    if (!read) throw new Error('those files are no longer held: choose them again');
    if (read.base.key !== this.key)
      throw new Error('the workspace changed since the files were read');
    const patches: ObservationPatch[] = [];
    let held = this.held;
    for (const file of read.files.filter(contributes)) {
      const patch = mergeObservations(held, this.index, file.observations, read.importedAt);
      held = applyObservationPatch(held, patch, this.index);
      patches.push(patch);
    }
    this.held = held;
    this.key = nextKey;
    this.reads.clear();
    return patches;
  }

  mergeEncoded(readId: number, nextKey: number): PatchColumns[] {
    return this.merge(readId, nextKey).map(encodePatch);
  }

  forget(readId: number): void {
    this.reads.delete(readId);
  }
}
