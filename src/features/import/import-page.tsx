import { useEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import type { ParsedFile, Unit, WorkspaceData } from '@/domain/types';
import { emptyWorkspace } from '@/domain/workspace';
import { contributes } from '@/domain/import/contributes';
import type { InputFile } from '@/data/parse-files';
import {
  ImportCancelled,
  cancelImport,
  forgetRead,
  mergeForImport,
  observationsMerged,
  prepareImport,
  readForImport,
  type Progress,
  type ReadOutcome,
} from '@/data/import-client';
import { importConfirmed, useWorkspaceStore } from '@/state/workspace-store';
import { DropZone } from './drop-zone';
import { FileReport } from './file-report';
import { ErrorSummary, fileAnchor } from './error-summary';
import { ConfirmOutcome, OUTCOME_ID, UNDERSTOOD_ID, confirmOutcome } from './confirm-outcome';
import { ChangePreview } from './change-preview';
import { ConflictList } from './conflict-list';
import { LoadedFiles } from './loaded-files';
import { FileFormats } from './file-formats';
import { NationalSettings } from './national-settings';
import { SignalSettingsPanel } from './signal-settings';
import './import.css';

type Phase =
  | { step: 'choose' }
  | { step: 'reading'; progress: Progress | null }
  | { step: 'review'; read: ReadOutcome }
  | { step: 'importing'; read: ReadOutcome; percent: number };

/** What the progress bar says: "Reading big.csv: 42%, 420,000 rows". */
export function progressWords(p: Progress | null): string {
  if (!p) return 'Reading the files';
  const rows = `${p.rows.toLocaleString('en-GB')} ${p.rows === 1 ? 'row' : 'rows'}`;
  const of = p.fileCount > 1 ? ` (file ${p.fileIndex + 1} of ${p.fileCount})` : '';
  if (p.stage === 'comparing') return `Comparing ${rows} with your workspace`;
  const verb = p.stage === 'checking' ? 'Checking' : 'Reading';
  return `${verb} ${p.file}${of}: ${p.percent}%, ${rows}`;
}

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
  const summary = useRef<HTMLDivElement>(null);
  const moved = useRef(false);
  const [understood, setUnderstood] = useState(false);
  const [mustTick, setMustTick] = useState(false);
  /** Counts reads and confirms, so an answer to one the user cancelled is ignored. */
  const run = useRef(0);
  // The reader (a worker) starts while the user finds the files (docs/performance.md).
  useEffect(prepareImport, []);
  const busy = phase.step === 'reading' || phase.step === 'importing';

  useEffect(() => {
    if (!busy) return;
    const t = setTimeout(() => setShowProgress(true), PROGRESS_DELAY_MS);
    return () => {
      clearTimeout(t);
      setShowProgress(false);
    };
  }, [busy]);

  // Move focus to the heading when the step changes (not on first render), so keyboard and
  // screen-reader users start at the top of what is new; to the error summary when there is one.
  useEffect(() => {
    if (phase.step === 'reading' || phase.step === 'importing') return;
    if (moved.current) (summary.current ?? heading.current)?.focus();
    moved.current = true;
  }, [phase.step]);

  // The preview and conflicts were worked out in the import worker (never in a render).
  const parsedFiles: readonly ParsedFile[] = useMemo(
    () => (phase.step === 'review' ? phase.read.files : []),
    [phase],
  );
  const nameOf = useMemo(() => {
    const names = new Map<string, string>(workspace.indicators.map((i) => [i.id, i.name]));
    for (const p of parsedFiles) for (const i of p.indicators) names.set(i.id, i.name);
    return (id: string): string => names.get(id) ?? `Indicator ${id}`;
  }, [parsedFiles, workspace]);
  const unitOf = useMemo(() => {
    const units = new Map<string, Unit>(workspace.indicators.map((i) => [i.id, i.unit]));
    for (const p of parsedFiles) for (const i of p.indicators) units.set(i.id, i.unit);
    return (id: string): Unit => units.get(id) ?? 'count';
  }, [parsedFiles, workspace]);

  async function read(chosen: InputFile[]) {
    if (chosen.length === 0) return;
    const mine = ++run.current;
    const importedAt = new Date().toISOString();
    setJustImported(false);
    setAnnouncement(`Reading ${files(chosen.length)}…`);
    setPhase({ step: 'reading', progress: null });
    let outcome: ReadOutcome;
    try {
      outcome = await readForImport(
        chosen,
        importedAt,
        previewBase(useWorkspaceStore.getState().workspace),
        (progress) => {
          if (run.current === mine) setPhase({ step: 'reading', progress });
        },
      );
    } catch (error) {
      if (run.current !== mine) return;
      if (!(error instanceof ImportCancelled)) throw error;
      return;
    }
    if (run.current !== mine) return;
    const parsed = outcome.files;
    const errors = errorCount(parsed);
    setAnnouncement(
      `Read ${files(parsed.length)}: ${errors === 0 ? 'no errors' : `${errors} ${errors === 1 ? 'error' : 'errors'}`}. Check what will change, then confirm or cancel.`,
    );
    setUnderstood(false);
    setMustTick(false);
    setPhase({ step: 'review', read: outcome });
  }

  const review = phase.step === 'review' ? phase.read : null;
  const importable = review?.files.some(contributes) ?? false;
  const outcome = review ? confirmOutcome(review.files) : null;

  async function confirm() {
    if (!review) return;
    if (outcome?.needsSecondStep && !understood) {
      setMustTick(true);
      document.getElementById(UNDERSTOOD_ID)?.focus();
      return;
    }
    const mine = ++run.current;
    setAnnouncement('Importing…');
    setPhase({ step: 'importing', read: review, percent: 0 });
    let merged: Awaited<ReturnType<typeof mergeForImport>>;
    try {
      merged = await mergeForImport(
        review,
        previewBase(useWorkspaceStore.getState().workspace).observations,
        (percent) => {
          if (run.current === mine) setPhase({ step: 'importing', read: review, percent });
        },
      );
    } catch (error) {
      if (run.current !== mine || error instanceof ImportCancelled) return;
      setAnnouncement(error instanceof Error ? error.message : String(error));
      setPhase({ step: 'choose' });
      return;
    }
    if (run.current !== mine) return;
    importConfirmed(review.files, review.importedAt, merged?.patches);
    if (merged) observationsMerged(useWorkspaceStore.getState().workspace.observations, merged.key);
    const loaded = review.files.filter(contributes);
    const rows = loaded.reduce((n, p) => n + p.rowsAccepted, 0);
    const skipped = review.files.length - loaded.length;
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
    if (review) forgetRead(review);
    setAnnouncement('Import cancelled: nothing was changed.');
    setPhase({ step: 'choose' });
  }

  /** Cancel while reading or importing: the worker is stopped, and nothing changes. */
  function stop() {
    run.current += 1;
    cancelImport();
    setAnnouncement('Import cancelled: nothing was changed.');
    setPhase({ step: 'choose' });
  }

  return (
    <>
      <title>{`${review ? 'Check the import' : 'Import'} – Children's services performance`}</title>
      {review ? <ErrorSummary ref={summary} parsed={review.files} /> : null}
      <h1 ref={heading} tabIndex={-1}>
        {review ? 'Check the import' : 'Import your files'}
      </h1>
      <p role="status" className="import-status">
        {announcement}
      </p>
      {review ? (
        <>
          {workspace.isExample ? (
            <p className="notice">
              Confirming replaces the example with your own data. You can undo it.
            </p>
          ) : null}
          <h2>Files read</h2>
          {review.files.map((p, i) => (
            <FileReport key={`${i}-${p.file}`} parsed={p} anchor={fileAnchor(i)} />
          ))}
          <ChangePreview preview={review.preview} unitOf={unitOf} />
          <ConflictList
            conflicts={review.conflicts}
            total={review.conflictCount}
            unitOf={unitOf}
            nameOf={nameOf}
          />
          {importable && outcome ? (
            <ConfirmOutcome
              outcome={outcome}
              understood={understood}
              mustTick={mustTick}
              onUnderstood={(ticked) => {
                setUnderstood(ticked);
                if (ticked) setMustTick(false);
              }}
            />
          ) : (
            <p className="notice" id={OUTCOME_ID}>
              Nothing in these files can be imported. Fix the problems listed above and choose the
              files again.
            </p>
          )}
          <div className="button-group">
            <button
              type="button"
              className="button"
              onClick={() => void confirm()}
              disabled={!importable}
              aria-describedby={OUTCOME_ID}
            >
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
          <DropZone onFiles={(f) => void read(f)} busy={busy} />
          {busy && showProgress ? (
            <div className="progress">
              <label htmlFor="import-progress">
                {phase.step === 'importing'
                  ? `Importing: ${phase.percent}%`
                  : progressWords(phase.step === 'reading' ? phase.progress : null)}
              </label>
              <progress
                id="import-progress"
                max={100}
                value={
                  phase.step === 'importing'
                    ? phase.percent
                    : phase.step === 'reading'
                      ? (phase.progress?.percent ?? 0)
                      : 0
                }
              />
              <div className="button-group">
                <button type="button" className="button button--secondary" onClick={stop}>
                  Cancel
                </button>
              </div>
            </div>
          ) : null}
          <FileFormats />
          <NationalSettings onAnnounce={setAnnouncement} />
          <SignalSettingsPanel onAnnounce={setAnnouncement} />
          <LoadedFiles onAnnounce={setAnnouncement} />
        </>
      )}
    </>
  );
}
