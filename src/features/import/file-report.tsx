import type { ParsedFile } from '@/domain/types';
import { KIND_WORDS } from '@/domain/import/recognise';

/** One file's recognition and validation report: kind, rows accepted, every problem. */
export function FileReport({ parsed }: { parsed: ParsedFile }) {
  const errors = parsed.problems.filter((p) => p.severity === 'error').length;
  const warnings = parsed.problems.length - errors;
  return (
    <section className="file-report" aria-labelledby={`file-${parsed.file}`}>
      <h3 id={`file-${parsed.file}`}>{parsed.file}</h3>
      <dl className="summary-list">
        <div>
          <dt>Recognised as</dt>
          <dd>{KIND_WORDS[parsed.kind]}</dd>
        </div>
        <div>
          <dt>Rows accepted</dt>
          <dd>
            {parsed.rowsAccepted} of {parsed.rowsRead}
          </dd>
        </div>
        <div>
          <dt>Problems</dt>
          <dd>
            {errors === 0 && warnings === 0
              ? 'None'
              : `${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`}
          </dd>
        </div>
      </dl>
      {parsed.problems.length > 0 ? (
        <div className="table-scroll" role="region" aria-label={`Problems in ${parsed.file}`} tabIndex={0}>
          <table className="data-table problems-table">
            <caption>Problems in {parsed.file}</caption>
            <thead>
              <tr>
                <th scope="col">Severity</th>
                <th scope="col">Line</th>
                <th scope="col">Column</th>
                <th scope="col">What to do</th>
              </tr>
            </thead>
            <tbody>
              {parsed.problems.map((p, i) => (
                <tr key={i} className={`problem problem--${p.severity}`}>
                  <td>{p.severity === 'error' ? 'Error' : 'Warning'}</td>
                  <td>{p.line > 0 ? p.line : 'Whole file'}</td>
                  <td>{p.column || '–'}</td>
                  <td>{p.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
