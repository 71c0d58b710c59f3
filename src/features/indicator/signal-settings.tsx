import { useId, useState } from 'react';
import { Link } from 'react-router-dom';
import type { MonthKey } from '@/domain/types';
import { formatMonthLong } from '@/domain/periods';
import {
  BREAK_REASONS,
  baselineProblem,
  breakProblem,
  withBaseline,
  withBreak,
  withoutBreak,
} from '@/domain/spc-settings';
import { spcSettingsChanged } from '@/state/workspace-store';
import { useSpcSettings, useWorkspace } from '@/read/hooks';

const OTHER = 'other';

/**
 * Below an indicator's signal-or-noise chart: mark a series break (limits recalculated from a
 * month, with the reason drawn on the chart) or fix the limits from a baseline. Each change is an
 * undo step and changes the verdicts on every screen. Run length and minimum points are set for
 * every indicator on the Import page.
 */
export function SignalSettings({ indicatorId }: { indicatorId: string }) {
  const id = useId();
  const workspace = useWorkspace();
  const { settings, months, stored } = useSpcSettings(indicatorId);
  const candidates = months.slice(1);
  const [month, setMonth] = useState<MonthKey>('');
  const [reason, setReason] = useState<string>(BREAK_REASONS[0]);
  const [other, setOther] = useState('');
  const [breakError, setBreakError] = useState<string | null>(null);
  const [baseline, setBaseline] = useState(String(settings.baselinePoints ?? 12));
  const [baselineError, setBaselineError] = useState<string | null>(null);
  const [message, setMessage] = useState('');

  function markBreak() {
    const chosen = month || (candidates[candidates.length - 1] ?? '');
    const mark = { indicatorId, month: chosen, reason: reason === OTHER ? other : reason };
    const problem = breakProblem(workspace, mark, months);
    setBreakError(problem);
    if (problem) {
      document
        .getElementById(reason === OTHER && other.trim() === '' ? `${id}-other` : `${id}-month`)
        ?.focus();
      return;
    }
    const words = `Series break at ${indicatorId}, ${formatMonthLong(chosen)}`;
    spcSettingsChanged(withBreak(stored, mark), words);
    setMessage(`${words} (${mark.reason.trim()}): limits are recalculated from that month.`);
    setOther('');
  }

  function removeBreak(at: MonthKey) {
    const words = `Series break at ${indicatorId}, ${formatMonthLong(at)} removed`;
    spcSettingsChanged(withoutBreak(stored, indicatorId, at), words);
    setMessage(`${words}.`);
  }

  function fixBaseline() {
    const n = Number(baseline.trim());
    const problem = baseline.trim() === '' ? baselineProblem(NaN) : baselineProblem(n);
    setBaselineError(problem);
    if (problem) {
      document.getElementById(`${id}-baseline`)?.focus();
      return;
    }
    spcSettingsChanged(
      withBaseline(stored, indicatorId, n),
      `Baseline of ${n} months for ${indicatorId}`,
    );
    setMessage(`Limits of ${indicatorId} are now fixed from the first ${n} months of each period.`);
  }

  function freeBaseline() {
    spcSettingsChanged(withBaseline(stored, indicatorId, null), `Baseline of ${indicatorId} freed`);
    setMessage(`Limits of ${indicatorId} are worked out from all the months of each period again.`);
  }

  return (
    <div className="signal-settings">
      <h3>Breaks and baseline</h3>
      <p>
        Limits use runs of {settings.runLength} months and need at least {settings.minimumPoints}{' '}
        months; <Link to="/import#signal-settings">change these for every indicator</Link>.
      </p>
      {settings.breaks.length > 0 ? (
        <ul className="signal-settings__breaks">
          {settings.breaks.map((b) => (
            <li key={b.month}>
              Series break from <strong>{formatMonthLong(b.month)}</strong>: {b.reason}{' '}
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => removeBreak(b.month)}
                aria-label={`Remove the break at ${formatMonthLong(b.month)}`}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p>No series breaks are marked: the limits run from the first month.</p>
      )}
      {candidates.length > 0 ? (
        <form
          className="signal-settings__form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            markBreak();
          }}
        >
          <fieldset>
            <legend>Mark a series break</legend>
            <p className="hint">
              Limits are recalculated from the month you choose, for example after a definition
              change or a new recording system.
            </p>
            {breakError ? (
              <p className="error-message" id={`${id}-break-error`}>
                <span className="visually-hidden">Error: </span>
                {breakError}
              </p>
            ) : null}
            <div className="field">
              <label htmlFor={`${id}-month`}>First month of the new period</label>
              <select
                id={`${id}-month`}
                value={month || (candidates[candidates.length - 1] ?? '')}
                onChange={(e) => setMonth(e.target.value)}
              >
                {candidates.map((m) => (
                  <option key={m} value={m}>
                    {formatMonthLong(m)}
                  </option>
                ))}
              </select>
            </div>
            <fieldset className="radios">
              <legend>Reason</legend>
              {[...BREAK_REASONS, OTHER].map((r) => (
                <div className="radios__item" key={r}>
                  <input
                    type="radio"
                    id={`${id}-reason-${r}`}
                    name={`${id}-reason`}
                    value={r}
                    checked={reason === r}
                    onChange={() => setReason(r)}
                  />
                  <label htmlFor={`${id}-reason-${r}`}>{r === OTHER ? 'Other' : r}</label>
                </div>
              ))}
              {reason === OTHER ? (
                <div className="field">
                  <label htmlFor={`${id}-other`}>The reason, in your words</label>
                  <input
                    id={`${id}-other`}
                    type="text"
                    className="input"
                    value={other}
                    onChange={(e) => setOther(e.target.value)}
                    aria-describedby={breakError ? `${id}-break-error` : undefined}
                  />
                </div>
              ) : null}
            </fieldset>
            <button type="submit" className="button">
              Mark series break
            </button>
          </fieldset>
        </form>
      ) : null}
      <form
        className="signal-settings__form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          fixBaseline();
        }}
      >
        <fieldset>
          <legend>Baseline</legend>
          <p>
            {settings.baselinePoints === null
              ? 'The limits are worked out from all the months of each period.'
              : `The limits are fixed from the first ${settings.baselinePoints} months of each period; later months are judged against them.`}
          </p>
          {baselineError ? (
            <p className="error-message" id={`${id}-baseline-error`}>
              <span className="visually-hidden">Error: </span>
              {baselineError}
            </p>
          ) : null}
          <div className="field">
            <label htmlFor={`${id}-baseline`}>Fix the limits from the first (months)</label>
            <input
              id={`${id}-baseline`}
              type="text"
              inputMode="numeric"
              className="input input--short"
              value={baseline}
              onChange={(e) => setBaseline(e.target.value)}
              aria-describedby={baselineError ? `${id}-baseline-error` : undefined}
            />
          </div>
          <div className="button-group">
            <button type="submit" className="button">
              Fix limits
            </button>
            {settings.baselinePoints !== null ? (
              <button type="button" className="button button--secondary" onClick={freeBaseline}>
                Use all months
              </button>
            ) : null}
          </div>
        </fieldset>
      </form>
      <p role="status" className="signal-settings__message">
        {message}
      </p>
    </div>
  );
}
