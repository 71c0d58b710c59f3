import { useId } from 'react';
import type { ParsedFile } from '@/domain/types';
import { KIND_WORDS } from '@/domain/import/recognise';

/** At most this many problems are listed per file: a broken file must not freeze the page. */
export const PROBLEMS_SHOWN = 200;

const plural = (n: number, one: string, many: string) =>
  `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/**
 * One file's recognition and validation report: kind, rows accepted, every problem. `anchor`
 * is the id of its heading, and `${anchor}-problem-${i}` of its i-th problem's row: the error
 * summary's links move focus there.
 */
export function FileReport({ parsed, anchor }: { parsed: ParsedFile; anchor?: string }) {
  const generated = useId();
  const headingId = anchor ?? generated;
  const errors = parsed.problems.filter((p) => p.severity === 'error').length;
  const warnings = parsed.problems.length - errors;
  const shown = parsed.problems.slice(0, PROBLEMS_SHOWN);
  return (
    <section
      className={`file-report${errors > 0 ? ' file-report--errors' : ''}`}
      aria-labelledby={headingId}
    >
      <h3 id={headingId} tabIndex={-1}>
        {parsed.file}
      </h3>
      <dl className="summary-list">
        <div>
          <dt>Recognised as</dt>
          <dd>{KIND_WORDS[parsed.kind]}</dd>
        </div>
        {parsed.layout ? (
          <div>
            <dt>Header</dt>
            <dd>{parsed.layout}</dd>
          </div>
        ) : null}
        <div>
          <dt>Rows accepted</dt>
          <dd>
            {parsed.rowsAccepted.toLocaleString('en-GB')} of{' '}
            {parsed.rowsRead.toLocaleString('en-GB')}
          </dd>
        </div>
        <div>
          <dt>Problems</dt>
          <dd>
            {errors === 0 && warnings === 0
              ? 'None'
              : `${plural(errors, 'error', 'errors')}, ${plural(warnings, 'warning', 'warnings')}`}
          </dd>
        </div>
      </dl>
      {(parsed.notes ?? []).map((note) => (
        <p key={note} className="file-report__note">
          {note}
        </p>
      ))}
      {shown.length > 0 ? (
        <div
          className="table-scroll"
          role="region"
          aria-labelledby={`${headingId}-caption`}
          tabIndex={0}
        >
          <table className="data-table problems-table">
            <caption id={`${headingId}-caption`}>Problems in {parsed.file}</caption>
            <thead>
              <tr>
                <th scope="col">Severity</th>
                <th scope="col">File</th>
                <th scope="col">Line</th>
                <th scope="col">Column</th>
                <th scope="col">What to do</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((p, i) => (
                <tr
                  key={i}
                  id={`${headingId}-problem-${i}`}
                  tabIndex={-1}
                  className={`problem problem--${p.severity}`}
                >
                  <td>{p.severity === 'error' ? 'Error' : 'Warning'}</td>
                  <td>{p.file || parsed.file}</td>
                  <td>{p.line > 0 ? p.line : 'Whole file'}</td>
                  <td>{p.column || '–'}</td>
                  <td>{p.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {parsed.problems.length > shown.length ? (
        <p>
          Showing the first {PROBLEMS_SHOWN} of{' '}
          {plural(parsed.problems.length, 'problem', 'problems')}. Fix these in the file and import
          it again to see the rest.
        </p>
      ) : null}
    </section>
  );
}
