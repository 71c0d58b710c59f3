import type { ImportPreview } from '@/domain/workspace';
import { isMonthKey } from '@/domain/workspace';
import { formatMonth } from '@/domain/periods';
import type { Observation } from '@/domain/types';

const periodText = (p: string) => (isMonthKey(p) ? formatMonth(p) : p);
const valueText = (o: Observation) => o.raw || String(o.value ?? '');

/** What confirming would change (SPEC 2.7): nothing is replaced without the user seeing it. */
export function ChangePreview({ preview }: { preview: ImportPreview }) {
  const nothing =
    preview.newIndicators.length === 0 &&
    preview.newValues.length === 0 &&
    preview.revisions.length === 0 &&
    preview.benchmarks === 0;
  return (
    <section aria-labelledby="preview-heading" className="change-preview">
      <h2 id="preview-heading">What will change</h2>
      {nothing ? (
        <p>Nothing new: every value in these files is already in your workspace.</p>
      ) : (
        <ul className="change-list">
          <li>
            {preview.newIndicators.length} new {preview.newIndicators.length === 1 ? 'indicator' : 'indicators'}
          </li>
          <li>
            {preview.newValues.length} new {preview.newValues.length === 1 ? 'value' : 'values'}
            {preview.newMonths.length > 0 ? `, including new months ${preview.newMonths.map(formatMonth).join(', ')}` : ''}
          </li>
          <li>
            {preview.revisions.length} revised {preview.revisions.length === 1 ? 'value' : 'values'} (the earlier value is kept as a revision)
          </li>
          {preview.benchmarks > 0 ? <li>{preview.benchmarks} benchmark values</li> : null}
          <li>{preview.unchanged} unchanged</li>
        </ul>
      )}
      {preview.revisions.length > 0 ? (
        <div className="table-scroll" role="region" aria-label="Revised values" tabIndex={0}>
          <table className="data-table">
            <caption>Revised values</caption>
            <thead>
              <tr>
                <th scope="col">Indicator</th>
                <th scope="col">Revision</th>
              </tr>
            </thead>
            <tbody>
              {preview.revisions.map((r) => (
                <tr key={`${r.indicatorId}-${r.period}`}>
                  <td>
                    {r.indicatorId} {r.indicatorName}
                  </td>
                  <td>
                    {periodText(r.period)}: {valueText(r.before)} becomes {valueText(r.after)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
