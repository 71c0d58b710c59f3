import { useEffect, useRef, useState, type DragEvent } from 'react';
import { Link } from 'react-router-dom';
import type { ParsedFile } from '@/domain/types';
import { previewImport } from '@/domain/workspace';
import { parseFiles, type InputFile } from '@/data/parse-files';
import { importConfirmed, useWorkspaceStore } from '@/state/workspace-store';
import { FileReport } from './file-report';
import { ChangePreview } from './change-preview';
import { LoadedFiles } from './loaded-files';
import './import.css';

type Phase =
  | { step: 'choose' }
  | { step: 'reading'; done: number; total: number }
  | { step: 'review'; parsed: ParsedFile[]; importedAt: string };

/** How long reading may take before the progress indicator shows. */
const PROGRESS_DELAY_MS = 300;

/**
 * The Import screen (SPEC 2, 4): drop or choose files; each is read in the parsing worker and
 * reported (kind, rows accepted, problems with line and column); the user sees what would change
 * and confirms or cancels; loaded files can be removed and the last step undone.
 */
export default function ImportPage() {
  const workspace = useWorkspaceStore((s) => s.workspace);
  const [phase, setPhase] = useState<Phase>({ step: 'choose' });
  const [showProgress, setShowProgress] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const reviewHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (phase.step !== 'reading') return;
    const t = setTimeout(() => setShowProgress(true), PROGRESS_DELAY_MS);
    return () => {
      clearTimeout(t);
      setShowProgress(false);
    };
  }, [phase.step]);

  useEffect(() => {
    if (phase.step === 'review') reviewHeading.current?.focus();
  }, [phase.step]);

  async function read(files: InputFile[]) {
    if (files.length === 0) return;
    const importedAt = new Date().toISOString();
    setAnnouncement(`Reading ${files.length} ${files.length === 1 ? 'file' : 'files'}…`);
    setPhase({ step: 'reading', done: 0, total: files.length });
    // Importing into the example replaces it, so only the user's own indicators are "known".
    const catalogue = workspace.isExample ? [] : workspace.indicators;
    const parsed = await parseFiles(files, importedAt, catalogue, (done, total) =>
      setPhase({ step: 'reading', done, total }),
    );
    const errors = parsed.reduce((n, p) => n + p.problems.filter((x) => x.severity === 'error').length, 0);
    setAnnouncement(
      `Read ${parsed.length} ${parsed.length === 1 ? 'file' : 'files'}: ${errors === 0 ? 'no errors' : `${errors} ${errors === 1 ? 'error' : 'errors'}`}. Review the changes, then confirm or cancel.`,
    );
    setPhase({ step: 'review', parsed, importedAt });
  }

  function onDrop(e: DragEvent<HTMLDivElement>) {
    e.preventDefault();
    setDragging(false);
    void read([...e.dataTransfer.files]);
  }

  if (phase.step === 'review') {
    const base = workspace.isExample ? { ...workspace, indicators: [], observations: [], benchmarks: [], imports: [] } : workspace;
    const preview = previewImport(base, phase.parsed);
    const importable = phase.parsed.some((p) => p.rowsAccepted > 0);
    const confirm = () => {
      importConfirmed(phase.parsed, phase.importedAt);
      const rows = phase.parsed.reduce((n, p) => n + p.rowsAccepted, 0);
      setAnnouncement(`Imported ${phase.parsed.length} ${phase.parsed.length === 1 ? 'file' : 'files'}, ${rows} rows.`);
      setPhase({ step: 'choose' });
    };
    const cancel = () => {
      setAnnouncement('Import cancelled: nothing was changed.');
      setPhase({ step: 'choose' });
    };
    return (
      <>
        <title>Check the import – Children's services performance</title>
        <h1 ref={reviewHeading} tabIndex={-1}>
          Check the import
        </h1>
        <p role="status" className="visually-hidden">
          {announcement}
        </p>
        {workspace.isExample ? (
          <p className="notice">Confirming replaces the example with your own data.</p>
        ) : null}
        <h2>Files read</h2>
        {phase.parsed.map((p) => (
          <FileReport key={p.file} parsed={p} />
        ))}
        <ChangePreview preview={preview} />
        <div className="button-group">
          <button type="button" className="button" onClick={confirm} disabled={!importable}>
            Confirm import
          </button>
          <button type="button" className="button button--secondary" onClick={cancel}>
            Cancel
          </button>
        </div>
      </>
    );
  }

  return (
    <>
      <title>Import – Children's services performance</title>
      <h1>Import your files</h1>
      <p>
        Drop the monthly extract, your scorecard sheet saved as CSV, a catalogue, benchmarks or
        population figures. Files are read in this browser and never leave this machine. You will
        see what each file contains, and every problem, before anything changes.
      </p>
      <p role="status" aria-live="polite" className="import-status">
        {announcement}
      </p>
      <div
        className={`drop-zone${dragging ? ' drop-zone--active' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p className="drop-zone__text">Drag CSV files here, or</p>
        <label htmlFor="import-files" className="button">
          Choose CSV files
        </label>
        <input
          ref={input}
          id="import-files"
          className="drop-zone__input"
          type="file"
          multiple
          accept=".csv,.txt,.tsv,text/csv,text/plain"
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = '';
            void read(files);
          }}
        />
        {phase.step === 'reading' && showProgress ? (
          <div className="progress">
            <label htmlFor="import-progress">
              Reading file {Math.min(phase.done + 1, phase.total)} of {phase.total}
            </label>
            <progress id="import-progress" max={phase.total} value={phase.done} />
          </div>
        ) : null}
      </div>
      <details className="formats">
        <summary>Which files can I import?</summary>
        <ul>
          <li>
            <strong>Scorecard sheet</strong>: your Performance Summary saved as CSV (No., Indicator,
            Good perf is, month columns such as Dec-15, YTD, Red, Amber, Green, benchmarks).
          </li>
          <li>
            <strong>Catalogue</strong>: id, name, polarity, unit, ytd, red, amber, green, definition.
          </li>
          <li>
            <strong>Monthly values</strong>: indicator_id, period, value (or numerator and
            denominator); or one column per month.
          </li>
          <li>
            <strong>Benchmarks</strong>: indicator_id, benchmark, period, value, source.
          </li>
          <li>
            <strong>Population</strong>: period, population_0_17.
          </li>
        </ul>
      </details>
      <LoadedFiles />
      <p>
        <Link to="/">Back to the scorecard</Link>
      </p>
    </>
  );
}
