import { forwardRef } from 'react';
import type { ParsedFile } from '@/domain/types';

/** Errors linked one by one per file; the rest of a file's errors are one link to its report. */
export const SUMMARY_ERRORS_PER_FILE = 5;

/** The id of a file's report (its heading), by its position in the list read. */
export const fileAnchor = (index: number) => `file-report-${index}`;
/** The id of one problem's row in a file's report. */
export const problemAnchor = (index: number, problem: number) =>
  `${fileAnchor(index)}-problem-${problem}`;

/** Moves focus to an element by id (a link's target), scrolling it into view. */
function focusTarget(id: string) {
  const target = document.getElementById(id);
  if (!target) return;
  target.focus();
  target.scrollIntoView?.({ block: 'center' });
}

interface Props {
  parsed: readonly ParsedFile[];
}

/**
 * "There is a problem" (GOV.UK error summary) at the top of the import report: each error of
 * each file is a link that moves focus to that file's report, or that line's row in it. Shown
 * only when there are errors; warnings stay in the files' reports. The page moves focus here
 * when the report opens (so a screen reader reads it first); role=alert announces it.
 */
export const ErrorSummary = forwardRef<HTMLDivElement, Props>(function ErrorSummary(
  { parsed },
  ref,
) {
  const items = parsed.flatMap((p, fileIndex) => {
    const errors = p.problems
      .map((problem, i) => ({ problem, i }))
      .filter((e) => e.problem.severity === 'error');
    if (errors.length === 0) return [];
    const shown = errors.slice(0, SUMMARY_ERRORS_PER_FILE).map(({ problem, i }) => ({
      key: `${fileIndex}-${i}`,
      target: problem.line > 0 ? problemAnchor(fileIndex, i) : fileAnchor(fileIndex),
      // Most messages start "Line 4, column ...": the line is named once.
      text:
        problem.line > 0 && !problem.message.startsWith(`Line ${problem.line}`)
          ? `${p.file}, line ${problem.line}: ${problem.message}`
          : `${p.file}: ${problem.message}`,
    }));
    const more = errors.length - shown.length;
    return more > 0
      ? [
          ...shown,
          {
            key: `${fileIndex}-more`,
            target: fileAnchor(fileIndex),
            text: `${p.file}: ${more.toLocaleString('en-GB')} more ${more === 1 ? 'error' : 'errors'}`,
          },
        ]
      : shown;
  });
  if (items.length === 0) return null;
  return (
    <div
      ref={ref}
      className="error-summary"
      role="alert"
      aria-labelledby="error-summary-title"
      tabIndex={-1}
    >
      <h2 id="error-summary-title">There is a problem</h2>
      <ul>
        {items.map((item) => (
          <li key={item.key}>
            <a
              href={`#${item.target}`}
              onClick={(e) => {
                e.preventDefault();
                focusTarget(item.target);
              }}
            >
              {item.text}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
});
