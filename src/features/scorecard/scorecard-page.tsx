import { Link, useSearchParams } from 'react-router-dom';
import { exampleLoaded, monthSelected } from '@/state/workspace-store';
import { useAsAt, usePrintedMonths, useScorecard, useView, VIEW_PARAM } from '@/read/hooks';
import { ViewHeading } from '@/components/view-heading';
import { openExample } from '@/data/workspace-query';
import { formatMonthLong } from '@/domain/periods';
import { StatusPanel } from '@/components/status-panel';
import { MonthPicker } from '@/components/month-picker';
import { RagCounts } from './rag-counts';
import { ScorecardFilterBar } from './scorecard-filters';
import { DotKey } from '@/components/dot-key';
import { ScorecardTable } from './scorecard-table';
import { DisagreementsPanel } from './disagreements-panel';
import {
  filterRows,
  filtersFromParams,
  filtersToParams,
  type ScorecardFilters,
} from './filter-rows';

const PAGE_TITLE = "Performance summary – Children's services performance";

/**
 * The Performance Summary screen: "As at month end", RAG counts, filters, the table, and the rows
 * where an imported sheet's printed DOT or RAG differs from ours. Everything shown is computed by
 * the domain from the workspace and the month; this screen only picks and filters.
 */
export default function ScorecardPage() {
  const [params, setParams] = useSearchParams();

  const { months, latest, asAt } = useAsAt();
  const scorecard = useScorecard();
  const view = useView();
  const printedMonths = usePrintedMonths();

  if (scorecard === null || asAt === null) {
    return (
      <>
        <title>{PAGE_TITLE}</title>
        <h1>Performance summary</h1>
        <StatusPanel
          state="empty"
          title="No monthly values yet"
          action={
            <div className="button-group">
              <Link className="button" to="/import">
                Import your files
              </Link>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => void openExample().then(exampleLoaded)}
              >
                Open the December 2015 example
              </button>
            </div>
          }
        >
          <p>
            The scorecard appears once you import a scorecard sheet or monthly values. Your files
            stay in this browser.
          </p>
        </StatusPanel>
      </>
    );
  }

  const filters = filtersFromParams(params, scorecard.sections);
  const rows = filterRows(scorecard.rows, filters);
  const setFilters = (next: ScorecardFilters) => {
    // The chosen view stays in the address beside the filters.
    const to = filtersToParams(next);
    const view = params.get(VIEW_PARAM);
    if (view !== null) to.set(VIEW_PARAM, view);
    setParams(to, { replace: true });
  };

  return (
    <>
      <title>{`${formatMonthLong(asAt)}: ${PAGE_TITLE}`}</title>
      <div className="page-heading">
        <h1>Performance summary</h1>
        <MonthPicker
          months={months}
          value={asAt}
          onChange={(m) => monthSelected(m === latest ? null : m)}
        />
      </div>
      <ViewHeading chosen={view} />
      <RagCounts
        counts={scorecard.counts}
        active={filters.rag}
        onSelect={(rag) => setFilters({ ...filters, rag })}
      />
      <ScorecardFilterBar sections={scorecard.sections} filters={filters} onChange={setFilters} />
      <p className="result-count" role="status">
        Showing {rows.length} of {scorecard.rows.length} indicators.
      </p>
      {rows.length === 0 ? (
        <StatusPanel state="empty" title="No indicators match these filters">
          <p>Choose other filters, or clear them to see every indicator.</p>
        </StatusPanel>
      ) : (
        <>
          {/* The key sits above the table, not only under 75 rows. */}
          <DotKey />
          {filters.showSignal ? (
            <p className="key">
              Variation says whether this month is a signal (special cause) or ordinary variation
              (common cause) on a process control chart of the months so far; Assurance says whether
              the target falls outside the process limits. Small numbers marks a figure out of fewer
              children or events than the indicator&apos;s threshold, whose change is never called a
              real one. Open an indicator to see the rule in words.
            </p>
          ) : null}
          <ScorecardTable scorecard={scorecard} rows={rows} showSignal={filters.showSignal} />
        </>
      )}
      <DisagreementsPanel asAt={asAt} rows={scorecard.rows} printedMonths={printedMonths} />
    </>
  );
}
