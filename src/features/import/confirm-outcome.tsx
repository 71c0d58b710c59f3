import type { ImportOutcome } from '@/domain/import/outcome';

export { importOutcome as confirmOutcome } from '@/domain/import/outcome';

/** The sentence above Confirm (the button's description). */
export const OUTCOME_ID = 'import-outcome';
/** The second step's checkbox. */
export const UNDERSTOOD_ID = 'import-understood';

const files = (n: number) => `${n.toLocaleString('en-GB')} ${n === 1 ? 'file' : 'files'}`;
const errors = (n: number) => `${n.toLocaleString('en-GB')} ${n === 1 ? 'error' : 'errors'}`;
const list = (names: string[]) =>
  names.length <= 1
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;

/** "Import the 5 good files; 2 files will not be imported", in the words of the outcome. */
export function outcomeSentence(o: ImportOutcome): string {
  const n = o.imported.length;
  const head =
    o.notImported.length > 0
      ? `Import the ${n === 1 ? 'good file' : `${n} good files`}; ${files(o.notImported.length)} will not be imported (${list(o.notImported)}).`
      : `Import ${n === 1 ? 'the file' : `all ${files(n)}`}.`;
  const left =
    o.errorsLeftOut > 0
      ? ` The ${o.errorsLeftOut === 1 ? 'row or cell' : 'rows or cells'} with ${errors(o.errorsLeftOut)} in ${list(o.importedWithErrors)} will be left out; the rest is imported.`
      : '';
  return head + left;
}

/** What the user confirms they understand (the second step). */
export function understoodLabel(o: ImportOutcome): string {
  const parts = [
    o.notImported.length > 0 ? `${files(o.notImported.length)} will not be imported` : null,
    o.errorsLeftOut > 0 ? `the ${errors(o.errorsLeftOut)} will be left out` : null,
  ].filter((p): p is string => p !== null);
  return `I understand ${parts.join(' and ')}`;
}

interface Props {
  outcome: ImportOutcome;
  understood: boolean;
  mustTick: boolean;
  onUnderstood: (ticked: boolean) => void;
}

/**
 * What Confirm will do, above the button; while errors remain, a second step: a checkbox the
 * user ticks to say they understand which files will not be imported and which rows are left
 * out. Confirm without it shows an error on the checkbox (GOV.UK style: the button stays
 * enabled, the reason is given where the fix is).
 */
export function ConfirmOutcome({ outcome, understood, mustTick, onUnderstood }: Props) {
  return (
    <div className={`confirm-outcome${mustTick ? ' confirm-outcome--error' : ''}`}>
      <p id={OUTCOME_ID} className="confirm-outcome__sentence">
        {outcomeSentence(outcome)}
      </p>
      {outcome.needsSecondStep ? (
        <>
          {mustTick ? (
            <p className="error-message" id={`${UNDERSTOOD_ID}-error`}>
              <span className="visually-hidden">Error: </span>
              Tick the box to say you understand, or cancel and fix the files.
            </p>
          ) : null}
          <div className="field field--checkbox">
            <input
              type="checkbox"
              id={UNDERSTOOD_ID}
              checked={understood}
              onChange={(e) => onUnderstood(e.target.checked)}
              aria-describedby={mustTick ? `${UNDERSTOOD_ID}-error` : undefined}
            />
            <label htmlFor={UNDERSTOOD_ID}>{understoodLabel(outcome)}</label>
          </div>
        </>
      ) : null}
    </div>
  );
}
