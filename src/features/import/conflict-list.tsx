import type { Unit } from '@/domain/types';
import type { ConflictingValue } from '@/domain/import/conflicts';
import { observationText, periodText } from './revision-text';
import { REVISIONS_SHOWN } from './change-preview';

/**
 * Values the files chosen together disagree on (the same indicator and period, different
 * figures): each reading with its file and line, and which one will be used (the later file's),
 * so the choice is never silent.
 */
export function ConflictList({
  conflicts,
  total,
  unitOf,
  nameOf,
}: {
  conflicts: ConflictingValue[];
  /** How many there are, when `conflicts` lists only the first of them (the worker caps it). */
  total?: number;
  unitOf: (indicatorId: string) => Unit;
  nameOf: (indicatorId: string) => string;
}) {
  if (conflicts.length === 0) return null;
  const n = Math.max(total ?? 0, conflicts.length);
  return (
    <section aria-labelledby="conflicts-heading" className="conflicts">
      <h3 id="conflicts-heading">
        {n.toLocaleString('en-GB')} {n === 1 ? 'value differs' : 'values differ'} between the files
        chosen
      </h3>
      <p>
        Where files give different figures for the same month, the file chosen later is used (the
        order of the files above). To use the other figure, import that file on its own afterwards.
      </p>
      <div className="table-scroll" role="region" aria-labelledby="conflicts-caption" tabIndex={0}>
        <table className="data-table">
          <caption id="conflicts-caption">Values that differ between the files</caption>
          <thead>
            <tr>
              <th scope="col">No.</th>
              <th scope="col">Indicator</th>
              <th scope="col">Period</th>
              <th scope="col">Values in the files</th>
              <th scope="col">Will be used</th>
            </tr>
          </thead>
          <tbody>
            {conflicts.slice(0, REVISIONS_SHOWN).map((c) => {
              const unit = unitOf(c.indicatorId);
              const used = c.readings[c.readings.length - 1]!;
              return (
                <tr key={`${c.indicatorId}|${c.period}`}>
                  <td>{c.indicatorId}</td>
                  <td>{nameOf(c.indicatorId)}</td>
                  <td>{periodText(c.period)}</td>
                  <td>
                    {c.readings
                      .map(
                        (o) =>
                          `${observationText(o, unit)} in ${o.provenance.file} (line ${o.provenance.line})`,
                      )
                      .join('; ')}
                  </td>
                  <td>
                    {observationText(used, unit)} from {used.provenance.file}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {n > REVISIONS_SHOWN ? (
        <p>
          Showing the first {REVISIONS_SHOWN.toLocaleString('en-GB')} of {n.toLocaleString('en-GB')}
          .
        </p>
      ) : null}
    </section>
  );
}
