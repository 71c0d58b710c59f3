import { useEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import type { ParsedFile, Unit, WorkspaceData } from '@/domain/types';
import { emptyWorkspace, previewImport } from '@/domain/workspace';
import { findConflicts } from '@/domain/import/conflicts';
import { contributes } from '@/domain/import/contributes';
import { parseFiles, type InputFile } from '@/data/parse-files';
import { importConfirmed, useWorkspaceStore } from '@/state/workspace-store';
import { DropZone } from './drop-zone';
import { FileReport } from './file-report';
import { ChangePreview } from './change-preview';
import { ConflictList } from './conflict-list';
import { LoadedFiles } from './loaded-files';
import { FileFormats } from './file-formats';
import { NationalSettings } from './national-settings';
import './import.css';

type Phase =
  | { step: 'choose' }
  | { step: 'reading'; done: number; total: number }
  | { step: 'review'; parsed: ParsedFile[]; importedAt: string };

/** How long reading may take before the progress indicator shows (a moment, not a flash). */
export const PROGRESS_DELAY_MS = 300;

const files = (n: number) => `${n} ${n === 1 ? 'file' : 'files'}`;
const errorCount = (parsed: ParsedFile[]) =>
  parsed.reduce((n, p) => n + p.problems.filter((x) => x.severity === 'error').length, 0);

/** Importing into the example replaces it (the store starts from empty), so preview against empty. */
const previewBase = (ws: WorkspaceData): WorkspaceData => (ws.isExample ? emptyWorkspace() : ws);

/**
 * The Import screen (SPEC 2, 4): drop or choose files; each is read in the parsing worker and
 * reported (kind, rows accepted, problems with file, line and column); the user sees what would
 * change and confirms or cancels; loaded files can be removed and the last step undone.
 * Every outcome is announced in one live region that stays mounted across the steps.
 */
export default function ImportPage() {
  const workspace = useWorkspaceStore((s) => s.workspace);
  const [phase, setPhase] = useState<Phase>({ step: 'choose' });
  const [showProgress, setShowProgress] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [justImported, setJustImported] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    if (phase.step !== 'reading') return;
    const t = setTimeout(() => setShowProgress(true), PROGRESS_DELAY_MS);
    return () => {
      clearTimeout(t);
      setShowProgress(false);
    };
  }, [phase.step]);

  // Move focus to the heading when the step changes (not on first render), so keyboard and
  // screen-reader users start at the top of what is new.
  useEffect(() => {
    if (phase.step === 'reading') return;
    if (moved.current) heading.current?.focus();
    moved.current = true;
  }, [phase.step]);

  const preview = useMemo(
    () => (phase.step === 'review' ? previewImport(previewBase(workspace), phase.parsed) : null),
    [phase, workspace],
  );
  const conflicts = useMemo(
    () => (phase.step === 'review' ? findConflicts(phase.parsed) : []),
    [phase],
  );
  const nameOf = useMemo(() => {
    const names = new Map<string, string>(workspace.indicators.map((i) => [i.id, i.name]));
    if (phase.step === 'review')
      for (const p of phase.parsed) for (const i of p.indicators) names.set(i.id, i.name);
    return (id: string): string => names.get(id) ?? `Indicator ${id}`;
  }, [phase, workspace]);
  const unitOf = useMemo(() => {
    const units = new Map<string, Unit>(workspace.indicators.map((i) => [i.id, i.unit]));
    if (phase.step === 'review')
      for (const p of phase.parsed) for (const i of p.indicators) units.set(i.id, i.unit);
    return (id: string): Unit => units.get(id) ?? 'count';
  }, [phase, workspace]);

  async function read(chosen: InputFile[]) {
    if (chosen.length === 0) return;
    const importedAt = new Date().toISOString();
    setJustImported(false);
    setAnnouncement(`Reading ${files(chosen.length)}…`);
    setPhase({ step: 'reading', done: 0, total: chosen.length });
    const catalogue = previewBase(workspace).indicators;
    const parsed = await parseFiles(chosen, importedAt, catalogue, (done, total) =>
      setPhase({ step: 'reading', done, total }),
    );
    const errors = errorCount(parsed);
    setAnnouncement(
      `Read ${files(parsed.length)}: ${errors === 0 ? 'no errors' : `${errors} ${errors === 1 ? 'error' : 'errors'}`}. Check what will change, then confirm or cancel.`,
    );
    setPhase({ step: 'review', parsed, importedAt });
  }

  const review = phase.step === 'review' ? phase : null;
  const importable = review?.parsed.some(contributes) ?? false;

  function confirm() {
    if (!review) return;
    importConfirmed(review.parsed, review.importedAt);
    const loaded = review.parsed.filter(contributes);
    const rows = loaded.reduce((n, p) => n + p.rowsAccepted, 0);
    const skipped = review.parsed.length - loaded.length;
    setAnnouncement(
      `Imported ${files(loaded.length)}, ${rows.toLocaleString('en-GB')} ${rows === 1 ? 'row' : 'rows'}.` +
        (skipped > 0
          ? ` ${files(skipped)} with nothing to import ${skipped === 1 ? 'was' : 'were'} not loaded.`
          : ''),
    );
    setJustImported(true);
    setPhase({ step: 'choose' });
  }

  function cancel() {
    setAnnouncement('Import cancelled: nothing was changed.');
    setPhase({ step: 'choose' });
  }

  return (
    <>
      <title>{`${review ? 'Check the import' : 'Import'} – Children's services performance`}</title>
      <h1 ref={heading} tabIndex={-1}>
        {review ? 'Check the import' : 'Import your files'}
      </h1>
      <p role="status" className="import-status">
        {announcement}
      </p>
      {review && preview ? (
        <>
          {workspace.isExample ? (
            <p className="notice">
              Confirming replaces the example with your own data. You can undo it.
            </p>
          ) : null}
          <h2>Files read</h2>
          {review.parsed.map((p, i) => (
            <FileReport key={`${i}-${p.file}`} parsed={p} />
          ))}
          <ChangePreview preview={preview} unitOf={unitOf} />
          <ConflictList conflicts={conflicts} unitOf={unitOf} nameOf={nameOf} />
          {importable ? null : (
            <p className="notice">
              Nothing in these files can be imported. Fix the problems listed above and choose the
              files again.
            </p>
          )}
          <div className="button-group">
            <button type="button" className="button" onClick={confirm} disabled={!importable}>
              Confirm import
            </button>
            <button type="button" className="button button--secondary" onClick={cancel}>
              Cancel
            </button>
          </div>
        </>
      ) : (
        <>
          {justImported ? (
            <p>
              <Link to="/">See the scorecard</Link>
            </p>
          ) : null}
          <p>
            Drop the monthly extract, your scorecard sheet saved as CSV, a catalogue, benchmarks,
            population figures, or published national data and the statistical-neighbour list as
            downloaded from the DfE. Files are read in this browser and never leave this machine.
            You will see what each file contains, and every problem, before anything changes.
          </p>
          <DropZone onFiles={(f) => void read(f)} busy={phase.step === 'reading'} />
          {phase.step === 'reading' && showProgress ? (
            <div className="progress">
              <label htmlFor="import-progress">
                Reading file {Math.min(phase.done + 1, phase.total)} of {phase.total}
              </label>
              <progress id="import-progress" max={phase.total} value={phase.done} />
            </div>
          ) : null}
          <FileFormats />
          <NationalSettings onAnnounce={setAnnouncement} />
          <LoadedFiles onAnnounce={setAnnouncement} />
        </>
      )}
    </>
  );
}
