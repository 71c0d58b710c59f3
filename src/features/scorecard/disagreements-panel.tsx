import { Link } from 'react-router-dom';
import type { MonthKey, ScorecardRow } from '@/domain/types';
import { formatMonth, formatMonthLong } from '@/domain/periods';
import { NumberText } from '@/components/data-table';
import { indicatorPath } from '@/domain/ids';

interface DisagreementsPanelProps {
  asAt: MonthKey;
  /** Every scorecard row (not only the filtered ones). */
  rows: ScorecardRow[];
  /** The months for which an imported sheet printed its own DOT or RAG, oldest first. */
  printedMonths: MonthKey[];
}

/**
 * Lists every row where an imported sheet's printed DOT or RAG differs from ours (SPEC 2.1):
 * stale arrows and mis-rated rows are worth catching. Shown only when some sheet printed them.
 */
export function DisagreementsPanel({ asAt, rows, printedMonths }: DisagreementsPanelProps) {
  if (printedMonths.length === 0) return null;
  const compared = rows.filter((r) => r.printed !== null);
  const differing = rows.filter((r) => r.disagreements.length > 0);
  return (
    <section className="panel disagreements" aria-labelledby="disagreements-heading">
      <h2 id="disagreements-heading">Where the imported sheet's DOT or RAG differs from ours</h2>
      {compared.length === 0 ? (
        <p>
          The imported sheet printed DOT and RAG for {printedMonths.map(formatMonthLong).join(', ')}
          . Choose that month to compare them with ours.
        </p>
      ) : differing.length === 0 ? (
        <p>
          For all {compared.length} rows the sheet printed for {formatMonthLong(asAt)}, its DOT and
          RAG agree with ours.
        </p>
      ) : (
        <>
          <p>
            {differing.length} of the {compared.length} rows the sheet printed for{' '}
            {formatMonthLong(asAt)} differ. We never use the printed values: check the sheet.
          </p>
          <table className="compact">
            <caption className="visually-hidden">
              Rows where the sheet's printed DOT or RAG differs, {formatMonthLong(asAt)}
            </caption>
            <thead>
              <tr>
                <th scope="col">No.</th>
                <th scope="col">Indicator</th>
                <th scope="col">Column</th>
                <th scope="col">Sheet printed</th>
                <th scope="col">We compute</th>
                <th scope="col">Why</th>
              </tr>
            </thead>
            <tbody>
              {differing.flatMap((row) =>
                row.disagreements.map((d) => (
                  <tr key={`${row.indicator.id}-${d.field}`}>
                    <td>{row.indicator.id}</td>
                    <th scope="row">
                      <Link to={indicatorPath(row.indicator.id)}>{row.indicator.name}</Link>
                    </th>
                    <td>{d.field === 'dot' ? 'DOT' : 'RAG'}</td>
                    <td>{d.printed}</td>
                    <td>{d.computed}</td>
                    <td>{d.field === 'rag' ? row.rag.reason : <DotWhy row={row} asAt={asAt} />}</td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

/** The two values the DOT compares, e.g. "Nov-15: 76.0%, Dec-15: 79.2%". */
function DotWhy({ row, asAt }: { row: ScorecardRow; asAt: MonthKey }) {
  const { unit, decimals } = row.indicator;
  const previousMonth = row.recent[row.recent.length - 2]?.month;
  return (
    <>
      {previousMonth ? `${formatMonth(previousMonth)}: ` : 'Previous: '}
      <NumberText value={row.dot.previous} unit={unit} decimals={decimals} />, {formatMonth(asAt)}:{' '}
      <NumberText value={row.dot.current} unit={unit} decimals={decimals} />
    </>
  );
}
