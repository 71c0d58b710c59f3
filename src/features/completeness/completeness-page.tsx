import { useId } from 'react';
import { Link } from 'react-router-dom';
import {
  expectedOf,
  longDate,
  type CompletenessCell,
  type CompletenessStatus,
} from '@/domain/completeness';
import { agencyTemplateCsv, agencyTemplateFileName } from '@/domain/agency-template';
import { formatMonth, formatMonthLong } from '@/domain/periods';
import { expectedWords } from '@/domain/agency';
import { indicatorPath } from '@/domain/ids';
import { monthSelected } from '@/state/workspace-store';
import { useAsAt, useView } from '@/read/hooks';
import { useCompleteness, useRagByAgency } from '@/read/board';
import { RAG_WORDS } from '@/domain/words';
import { MonthPicker } from '@/components/month-picker';
import { ViewHeading } from '@/components/view-heading';
import { StatusPanel } from '@/components/status-panel';
import { downloadText } from '@/components/download-text';
import '@/components/board.css';

const TITLE = "Completeness – Children's services performance";

const STATUS_WORDS: Record<CompletenessStatus, string> = {
  received: 'Received',
  late: 'Late',
  awaiting: 'Awaiting',
  'not-due': 'Not due',
};

/** The RAG columns of "how each agency is doing", in the scorecard's order. */
const RAG_SHOWN = ['red', 'amber', 'green', 'no-data', 'no-target', 'tbc'] as const;

const days = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;

/** One agency's month: the status as a word (colour only reinforces it) and what lies behind it. */
function Cell({ cell }: { cell: CompletenessCell }) {
  const detail =
    cell.status === 'not-due'
      ? null
      : cell.status === 'received'
        ? `${cell.received} of ${cell.expected}`
        : `${cell.received} of ${cell.expected}; due ${longDate(cell.due!)}${
            cell.daysLate !== null ? `, ${days(cell.daysLate)} late` : ''
          }`;
  return (
    <td>
      <span className={`completeness-status completeness-status--${cell.status}`}>
        {STATUS_WORDS[cell.status]}
      </span>
      {detail ? <span className="completeness-detail">{detail}</span> : null}
    </td>
  );
}

/**
 * For the safeguarding board (SPEC 2.9, 4): which partner agencies' returns have come, as at the
 * chosen month and on the day checked; what is outstanding and how late; a return template for
 * each agency, which imports back as ordinary monthly values.
 */
export default function CompletenessPage() {
  const { months, latest, asAt } = useAsAt();
  const { completeness, checkedOn, setCheckedOn } = useCompleteness();
  const view = useView();
  const byAgency = useRagByAgency();
  const ragCaptionId = useId();
  const dateId = useId();
  const captionId = useId();

  if (!completeness || !asAt) {
    return (
      <>
        <title>{TITLE}</title>
        <h1>Completeness of partners' data</h1>
        <StatusPanel
          state="empty"
          title="No monthly values yet"
          action={
            <Link className="button" to="/import">
              Import your files
            </Link>
          }
        >
          <p>The tracker appears once you import a catalogue and monthly values.</p>
        </StatusPanel>
      </>
    );
  }
  const { agencies, outstanding } = completeness;

  return (
    <>
      <title>{`${formatMonthLong(asAt)}: ${TITLE}`}</title>
      <div className="page-heading">
        <h1>Completeness of partners' data</h1>
        <div className="overview-months">
          <MonthPicker
            months={months}
            value={asAt}
            onChange={(m) => monthSelected(m === latest ? null : m)}
          />
          <div className="field">
            <label htmlFor={dateId}>Checked on</label>
            <input
              id={dateId}
              type="date"
              value={checkedOn}
              onChange={(e) => setCheckedOn(e.target.value)}
            />
          </div>
        </div>
      </div>
      <ViewHeading chosen={view} />

      {agencies.length === 0 ? (
        <StatusPanel state="empty" title="No agency's returns are tracked">
          <p>
            Add the columns <code>agency</code> (police, health, education, lado, board...) and{' '}
            <code>expected</code> (monthly, quarterly or annual, with the days after the period's
            end it is due: <code>monthly+20</code>) to your catalogue and import it again.
          </p>
        </StatusPanel>
      ) : (
        <>
          <section aria-labelledby="outstanding-heading">
            <h2 id="outstanding-heading">Outstanding returns</h2>
            {outstanding.length === 0 ? (
              <p>Every return due by {longDate(checkedOn)} has been received.</p>
            ) : (
              <ul className="outstanding-list">
                {outstanding.map((o) => (
                  <li key={`${o.agency} ${o.month}`}>
                    <strong>{o.name}</strong>, {o.labels.join(' and ')}:{' '}
                    {o.daysLate !== null
                      ? `${days(o.daysLate)} late (due ${longDate(o.due)})`
                      : `awaiting, due ${longDate(o.due)}`}
                    . Missing:{' '}
                    {o.missing.map((ind, i) => (
                      <span key={ind.id}>
                        {i > 0 ? '; ' : ''}
                        <Link to={indicatorPath(ind.id)}>
                          {ind.id} {ind.name}
                        </Link>
                      </span>
                    ))}
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section aria-labelledby="rag-agency-heading">
            <h2 id="rag-agency-heading">How each agency is doing</h2>
            <div className="table-scroll" role="region" aria-labelledby={ragCaptionId} tabIndex={0}>
              <table>
                <caption id={ragCaptionId}>
                  RAG by agency as at {formatMonthLong(asAt)}
                  {view?.view.ragRule === 'two_test'
                    ? ", on the board's two tests (local target and England)"
                    : ', each indicator on its own RAG rule'}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Agency</th>
                    {RAG_SHOWN.map((s) => (
                      <th key={s} scope="col" className="num">
                        {RAG_WORDS[s]}
                      </th>
                    ))}
                    <th scope="col" className="num">
                      Indicators
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {byAgency.map((a) => (
                    <tr key={a.agency}>
                      <th scope="row">{a.name}</th>
                      {RAG_SHOWN.map((s) => (
                        <td key={s} className="num">
                          {a.counts[s]}
                        </td>
                      ))}
                      <td className="num">{a.rows.length}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>

          <section aria-labelledby="grid-heading">
            <h2 id="grid-heading">Returns by agency and month</h2>
            <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
              <table>
                <caption id={captionId}>
                  Returns due at each month's end, {formatMonthLong(completeness.months[0]!)} to{' '}
                  {formatMonthLong(asAt)}, as checked on {longDate(checkedOn)}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Agency</th>
                    {completeness.months.map((m) => (
                      <th key={m} scope="col">
                        {formatMonth(m)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {agencies.map((a) => (
                    <tr key={a.agency}>
                      <th scope="row">{a.name}</th>
                      {a.cells.map((c) => (
                        <Cell key={c.month} cell={c} />
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>

          <section aria-labelledby="templates-heading">
            <h2 id="templates-heading">Return templates</h2>
            <p>
              Each template lists the agency's indicators and the periods it still owes (or, with
              nothing outstanding, the latest periods due), with the values empty. Send it to the
              agency; import the completed file on the Import screen: it is read as monthly values,
              with the agency recorded against each.
            </p>
            <ul className="template-list">
              {agencies.map((a) => (
                <li key={a.agency}>
                  <button
                    type="button"
                    className="button button--secondary"
                    onClick={() =>
                      downloadText(agencyTemplateCsv(a), agencyTemplateFileName(a, asAt))
                    }
                  >
                    Download the {a.name} template
                  </button>{' '}
                  {a.indicators.length} indicator{a.indicators.length === 1 ? '' : 's'}:{' '}
                  {a.indicators.map((i) => `${i.id} (${expectedWords(expectedOf(i))})`).join(', ')}
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </>
  );
}
