import { useEffect, useId, useRef, useState } from 'react';
import { useLocation } from 'react-router-dom';
import { DEFAULT_SPC_SETTINGS } from '@/domain/spc';
import {
  RUN_LENGTHS,
  minimumPointsProblem,
  withMinimumPoints,
  withRunLength,
} from '@/domain/spc-settings';
import { spcSettingsChanged } from '@/state/workspace-store';
import { useWorkspace } from '@/read/hooks';

/** The panel's heading: the indicator page links to it (`/import#signal-settings`). */
const HEADING_ID = 'signal-settings';

/**
 * "Signal or noise settings" for every indicator (SPEC 3.9): the run length of a shift or trend
 * (7, or 6 as Making Data Count's Excel tool allows) and the months limits need (13). Saved in
 * the workspace (undoable); every verdict on every screen follows. Breaks and baselines are set
 * on each indicator's page.
 */
export function SignalSettingsPanel({ onAnnounce }: { onAnnounce: (message: string) => void }) {
  const id = useId();
  const workspace = useWorkspace();
  const stored = workspace.spc ?? {};
  const runLength = stored.runLength ?? DEFAULT_SPC_SETTINGS.runLength;
  const minimum = stored.minimumPoints ?? DEFAULT_SPC_SETTINGS.minimumPoints;
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const shown = draft ?? String(minimum);
  const heading = useRef<HTMLHeadingElement>(null);
  const { hash } = useLocation();

  // Opened from an indicator page's "change these for every indicator": bring this into view.
  useEffect(() => {
    if (hash !== `#${HEADING_ID}`) return;
    heading.current?.focus();
    heading.current?.scrollIntoView?.({ block: 'start' });
  }, [hash]);

  function saveMinimum() {
    const n = shown.trim() === '' ? NaN : Number(shown.trim());
    const problem = minimumPointsProblem(n);
    setError(problem);
    if (problem) {
      document.getElementById(`${id}-minimum`)?.focus();
      return;
    }
    setDraft(null);
    if (n === minimum) return;
    spcSettingsChanged(withMinimumPoints(stored, n), `Minimum of ${n} months for limits`);
    onAnnounce(`Process limits now need at least ${n} months.`);
  }

  return (
    <section aria-labelledby={HEADING_ID} className="signal-settings-panel">
      <h2 id={HEADING_ID} ref={heading} tabIndex={-1}>
        Signal or noise settings
      </h2>
      <p>
        For every indicator. Series breaks and baselines are marked on each indicator&apos;s page,
        under Signal or noise.
      </p>
      <fieldset className="radios">
        <legend>Points in a shift or trend</legend>
        {RUN_LENGTHS.map((n) => (
          <div className="radios__item" key={n}>
            <input
              type="radio"
              id={`${id}-run-${n}`}
              name={`${id}-run`}
              checked={runLength === n}
              onChange={() => {
                spcSettingsChanged(withRunLength(stored, n), `Runs of ${n} points`);
                onAnnounce(`Shifts and trends now need ${n} points in a row.`);
              }}
            />
            <label htmlFor={`${id}-run-${n}`}>
              {n === 7 ? '7 (Making Data Count’s default)' : '6 (allowed by its Excel tool)'}
            </label>
          </div>
        ))}
      </fieldset>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          saveMinimum();
        }}
      >
        {error ? (
          <p className="error-message" id={`${id}-minimum-error`}>
            <span className="visually-hidden">Error: </span>
            {error}
          </p>
        ) : null}
        <div className="field">
          <label htmlFor={`${id}-minimum`}>Months needed before limits are drawn</label>
          <span className="hint" id={`${id}-minimum-hint`}>
            13 is the Making Data Count tool’s default.
          </span>
          <input
            id={`${id}-minimum`}
            type="text"
            inputMode="numeric"
            className="input input--short"
            value={shown}
            onChange={(e) => setDraft(e.target.value)}
            aria-describedby={`${id}-minimum-hint${error ? ` ${id}-minimum-error` : ''}`}
          />
        </div>
        <button type="submit" className="button button--secondary">
          Save minimum
        </button>
      </form>
    </section>
  );
}
