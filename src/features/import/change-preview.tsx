import type { Unit } from '@/domain/types';
import type { ImportPreview } from '@/domain/import-preview';
import { formatMonth } from '@/domain/periods';
import { formatNumber } from '@/domain/format';
import { BENCHMARK_WORDS } from '@/domain/words';
import { revisionText } from './revision-text';

/** At most this many revisions are listed as rows: a huge re-import must not freeze the page. */
export const REVISIONS_SHOWN = 1000;

const count = (n: number, one: string, many: string) =>
  `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/**
 * What confirming would change (SPEC 2.7): new indicators, new months, and every revised value as
 * "Oct-19: 89.2% becomes 89.6%", so nothing is replaced without the user seeing it.
 * `unitOf` gives an indicator's unit (from the workspace or the files), for showing values.
 */
export function ChangePreview({
  preview,
  unitOf,
}: {
  /** `totals`: the whole counts, when the lists were capped (a preview made in the worker). */
  preview: ImportPreview & { totals?: { newValues: number; revisions: number } };
  unitOf: (indicatorId: string) => Unit;
}) {
  const newValues = preview.totals?.newValues ?? preview.newValues.length;
  const revised = preview.totals?.revisions ?? preview.revisions.length;
  const nothing =
    preview.newIndicators.length === 0 &&
    newValues === 0 &&
    revised === 0 &&
    preview.benchmarks === 0 &&
    preview.published.length === 0;
  return (
    <section aria-labelledby="preview-heading" className="change-preview">
      <h2 id="preview-heading">What will change</h2>
      {nothing ? (
        preview.unchanged > 0 ? (
          <p>Nothing new: every value in these files is already in your workspace.</p>
        ) : (
          <p>
            Nothing to import: no values could be read from these files. See the problems above.
          </p>
        )
      ) : (
        <ul className="change-list">
          <li>{count(preview.newIndicators.length, 'new indicator', 'new indicators')}</li>
          <li>
            {count(newValues, 'new value', 'new values')}
            {preview.newMonths.length > 0
              ? `, including ${preview.newMonths.length === 1 ? 'the new month' : 'the new months'} ${preview.newMonths.map(formatMonth).join(', ')}`
              : ''}
          </li>
          <li>
            {count(revised, 'revised value', 'revised values')}
            {revised > 0 ? ' (each earlier value is kept as a revision)' : ''}
          </li>
          {preview.benchmarks > 0 ? (
            <li>
              {count(preview.benchmarks, 'benchmark value', 'benchmark values')}
              {preview.revisedBenchmarks.length > 0
                ? ` (${count(preview.revisedBenchmarks.length, 'replaces a different value', 'replace different values')} held already; the earlier ones come back if you remove the file):`
                : ''}
              {preview.revisedBenchmarks.length > 0 ? (
                <ul className="revised-benchmarks">
                  {preview.revisedBenchmarks.slice(0, REVISIONS_SHOWN).map((b) => (
                    <li key={`${b.indicatorId} ${b.kind} ${b.period}`}>
                      {b.indicatorId} {BENCHMARK_WORDS[b.kind]} {b.period}:{' '}
                      {formatNumber(b.before, unitOf(b.indicatorId), null)} becomes{' '}
                      {formatNumber(b.after, unitOf(b.indicatorId), null)}
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ) : null}
          <li>{count(preview.unchanged, 'value unchanged', 'values unchanged')}</li>
          {preview.published.map((p) => (
            <li key={p.file}>
              {p.file}: {p.words}
            </li>
          ))}
        </ul>
      )}
      {preview.newIndicators.length > 0 ? (
        <details className="new-indicators">
          <summary>
            The {count(preview.newIndicators.length, 'new indicator', 'new indicators')}
          </summary>
          <ul>
            {preview.newIndicators.map((i) => (
              <li key={i.id}>
                {i.id} {i.name}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {preview.revisions.length > 0 ? (
        <div
          className="table-scroll"
          role="region"
          aria-labelledby="revisions-caption"
          tabIndex={0}
        >
          <table className="data-table">
            <caption id="revisions-caption">Revised values</caption>
            <thead>
              <tr>
                <th scope="col">No.</th>
                <th scope="col">Indicator</th>
                <th scope="col">Revision</th>
              </tr>
            </thead>
            <tbody>
              {preview.revisions.slice(0, REVISIONS_SHOWN).map((r) => (
                <tr key={`${r.indicatorId}|${r.period}`}>
                  <td>{r.indicatorId}</td>
                  <td>{r.indicatorName}</td>
                  <td>{revisionText(r, unitOf(r.indicatorId))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {revised > REVISIONS_SHOWN ? (
        <p>
          Showing the first {REVISIONS_SHOWN.toLocaleString('en-GB')} of{' '}
          {count(revised, 'revised value', 'revised values')}. Each one is kept as a revision,
          listed on its indicator&apos;s page.
        </p>
      ) : null}
    </section>
  );
}
