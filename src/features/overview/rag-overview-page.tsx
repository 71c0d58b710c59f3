import { Link } from 'react-router-dom';
import type { ComparedFigure } from '@/domain/types';
import { formatMonthLong } from '@/domain/periods';
import { formatNumber } from '@/domain/format';
import { monthSelected } from '@/state/workspace-store';
import { useAsAt, useView } from '@/read/hooks';
import { useRagOverview } from '@/read/overview';
import { useFollowUps } from '@/read/looking-ahead';
import { FollowUpList } from '@/components/follow-up-list';
import { RagCountsTable } from '@/components/rag-counts-table';
import type { FollowUp } from '@/domain/actions';
import { ViewHeading } from '@/components/view-heading';
import { MonthPicker } from '@/components/month-picker';
import { RagTag } from '@/components/rag-tag';
import { StatusPanel } from '@/components/status-panel';
import './rag-overview.css';
import { indicatorPath } from '@/domain/ids';

const TITLE = "RAG overview – Children's services performance";

const indicatorLink = (id: string, name: string) => (
  <Link to={indicatorPath(id)}>
    {id} {name}
  </Link>
);

/** "Year to date 20.0%": the figure a gap is measured from (SPEC 3.6). */
const comparedWords = (c: ComparedFigure) =>
  c.kind === 'none' ? 'None' : c.words.charAt(0).toUpperCase() + c.words.slice(1);

/**
 * For the safeguarding board chair (SPEC 4): red items first with why, what changed since an
 * earlier month, what has worsened three months running, and the worst gaps to benchmarks.
 */
export default function RagOverviewPage() {
  const { months, latest, asAt } = useAsAt();
  const { overview, compareWith, setCompare } = useRagOverview();
  const view = useView();
  // Every Red row shows its open actions and how long its questions have been open (issue 13).
  const followUps = useFollowUps(overview?.reds.map((r) => r.indicator.id) ?? []);

  if (!overview || !asAt || !compareWith) {
    return (
      <>
        <title>{TITLE}</title>
        <h1>RAG overview</h1>
        <StatusPanel
          state="empty"
          title="No monthly values yet"
          action={
            <Link className="button" to="/import">
              Import your files
            </Link>
          }
        >
          <p>The overview appears once you import a scorecard sheet or monthly values.</p>
        </StatusPanel>
      </>
    );
  }
  const earlier = months.filter((m) => m < asAt);
  const compareMonths = earlier.includes(compareWith) ? earlier : [compareWith, ...earlier].sort();

  return (
    <>
      <title>{`${formatMonthLong(asAt)}: ${TITLE}`}</title>
      <div className="page-heading">
        <h1>RAG overview</h1>
        <div className="overview-months">
          <MonthPicker
            months={months}
            value={asAt}
            onChange={(m) => monthSelected(m === latest ? null : m)}
          />
          <MonthPicker
            label="Compared with"
            months={compareMonths}
            value={compareWith}
            onChange={setCompare}
          />
        </div>
      </div>
      <ViewHeading chosen={view} />

      <section aria-labelledby="reds-heading">
        <h2 id="reds-heading">
          Red: {overview.reds.length} {overview.reds.length === 1 ? 'indicator' : 'indicators'}
        </h2>
        {overview.reds.length === 0 ? (
          <p>No indicator is Red in {formatMonthLong(asAt)}.</p>
        ) : (
          <ul className="red-list">
            {overview.reds.map((r) => (
              <li key={r.indicator.id}>
                <RagTag status="red" /> {indicatorLink(r.indicator.id, r.indicator.name)}
                <p className="reason">{r.rag.reason}</p>
                <OpenFollowUp followUp={followUps.get(r.indicator.id)} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="changes-heading">
        <h2 id="changes-heading">What changed since {formatMonthLong(compareWith)}</h2>
        {overview.changes.length === 0 ? (
          <p>No RAG changes.</p>
        ) : (
          <div
            className="table-scroll"
            role="region"
            aria-labelledby="changes-caption"
            tabIndex={0}
          >
            <table className="data-table">
              <caption id="changes-caption">
                RAG changes from {formatMonthLong(compareWith)} to {formatMonthLong(asAt)}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Indicator</th>
                  <th scope="col">{formatMonthLong(compareWith)}</th>
                  <th scope="col">{formatMonthLong(asAt)}</th>
                  <th scope="col">Note</th>
                </tr>
              </thead>
              <tbody>
                {overview.changes.map((c) => (
                  <tr key={c.row.indicator.id}>
                    <td>{indicatorLink(c.row.indicator.id, c.row.indicator.name)}</td>
                    <td>
                      <RagTag status={c.from} />
                    </td>
                    <td>
                      <RagTag status={c.to} />
                    </td>
                    <td>{c.newRed ? <strong>New red</strong> : null}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="worsening-heading">
        <h2 id="worsening-heading">Worsening three months running</h2>
        {overview.worseningThreeMonths.length === 0 ? (
          <p>No indicator has worsened in each of the last three months.</p>
        ) : (
          <ul>
            {overview.worseningThreeMonths.map((r) => (
              <li key={r.indicator.id}>
                {indicatorLink(r.indicator.id, r.indicator.name)}: now{' '}
                {formatNumber(r.current?.value ?? null, r.indicator.unit, r.indicator.decimals)}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="gaps-heading">
        <h2 id="gaps-heading">Furthest behind the benchmarks</h2>
        {overview.worstGaps.length === 0 ? (
          <p>No indicator with a benchmark is worse than it.</p>
        ) : (
          <div className="table-scroll" role="region" aria-labelledby="gaps-caption" tabIndex={0}>
            <table className="data-table">
              <caption id="gaps-caption">
                Indicators furthest behind the statistical-neighbour or England average, each
                compared on the benchmark&apos;s whole-year basis (rolling year, year to date or
                projected for the year)
              </caption>
              <thead>
                <tr>
                  <th scope="col">Indicator</th>
                  <th scope="col">Figure compared ({formatMonthLong(asAt)})</th>
                  <th scope="col">Gap</th>
                  <th scope="col">In children</th>
                </tr>
              </thead>
              <tbody>
                {overview.worstGaps.map((g) => (
                  <tr key={g.row.indicator.id}>
                    <td>{indicatorLink(g.row.indicator.id, g.row.indicator.name)}</td>
                    <td>{comparedWords(g.row.compared)}</td>
                    <td>{g.gap.sentence}</td>
                    <td>{g.gap.childrenSentence ?? '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="sections-heading">
        <h2 id="sections-heading">RAG by section</h2>
        <div className="table-scroll" role="region" aria-labelledby="sections-caption" tabIndex={0}>
          <RagCountsTable
            counts={overview.countsBySection}
            caption={`Number of indicators by RAG status and section, ${formatMonthLong(asAt)}`}
            captionId="sections-caption"
            className="data-table"
          />
        </div>
      </section>
    </>
  );
}

/** A Red row's open actions and questions (nothing before they are known). */
function OpenFollowUp({ followUp }: { followUp: FollowUp | undefined }) {
  return followUp ? <FollowUpList followUp={followUp} openOnly /> : null;
}
