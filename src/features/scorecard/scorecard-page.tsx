import { Link, useSearchParams } from 'react-router-dom';
import { exampleLoaded, monthSelected } from '@/state/workspace-store';
import {
  useAsAt,
  usePrintedMonths,
  useScorecardSelection,
  useView,
  VIEW_PARAM,
} from '@/read/hooks';
import { ViewHeading } from '@/components/view-heading';
import { openExample } from '@/data/workspace-query';
import { formatMonthLong } from '@/domain/periods';
import { StatusPanel } from '@/components/status-panel';
import { MonthPicker } from '@/components/month-picker';
import { RagCounts } from './rag-counts';
import { ClearFilters, ScorecardFilterBar, SignalColumnsToggle } from './scorecard-filters';
import { DotKey } from '@/components/dot-key';
import { ScorecardTable } from './scorecard-table';
import { DisagreementsPanel } from './disagreements-panel';
import { filtersToParams, SORT_WORDS, type ScorecardFilters } from '@/domain/scorecard-selection';

const PAGE_TITLE = "Performance summary – Children's services performance";

/**
 * The Performance Summary screen: "As at month end", RAG counts, filters, the table, and the rows
 * where an imported sheet's printed DOT or RAG differs from ours. Everything shown is computed by
 * the domain from the workspace and the month; this screen only picks and filters.
 */
export default function ScorecardPage() {
  const [params, setParams] = useSearchParams();

  const { months, latest, asAt } = useAsAt();
  const selection = useScorecardSelection();
  const scorecard = selection?.scorecard ?? null;
  const view = useView();
  const printedMonths = usePrintedMonths();

  if (selection === null || scorecard === null || asAt === null) {
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

  const { filters, rows, awaiting } = selection;
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
      <div className="page-heading page-heading--compact">
        <h1>Performance summary</h1>
        <MonthPicker
          months={months}
          value={asAt}
          onChange={(m) => monthSelected(m === latest ? null : m)}
          className="field field--inline"
        />
      </div>
      <ViewHeading chosen={view} />
      <RagCounts
        counts={scorecard.counts}
        active={filters.rag}
        onSelect={(rag) => setFilters({ ...filters, rag })}
      />
      <ScorecardFilterBar sections={scorecard.sections} filters={filters} onChange={setFilters} />
      <div className="scorecard-bar">
        <p className="result-count" role="status">
          Showing {rows.length} of {scorecard.rows.length} indicators
          {filters.sort === 'section' ? '' : `, sorted by ${SORT_WORDS[filters.sort]}`}.
        </p>
        <ClearFilters filters={filters} onChange={setFilters} />
        <SignalColumnsToggle filters={filters} onChange={setFilters} />
        {rows.length > 0 ? (
          // Meeting mode follows this selection: the same rows, in the same order.
          <Link
            className="scorecard-bar__meeting"
            to={{ pathname: '/meeting', search: params.size > 0 ? `?${params}` : '' }}
          >
            Present these {rows.length} in a meeting
          </Link>
        ) : null}
      </div>
      {rows.length === 0 ? (
        <StatusPanel state="empty" title="No indicators match these filters">
          <p>Choose other filters, or clear them to see every indicator.</p>
        </StatusPanel>
      ) : (
        <>
          {/* The key is one click away above the table, not only under 75 rows. */}
          <details className="scorecard-key">
            <summary>Key to the symbols</summary>
            <DotKey />
            {filters.showSignal ? (
              <p className="key">
                Variation says whether this month is a signal (special cause) or ordinary variation
                (common cause) on a process control chart of the months so far; Assurance says
                whether the target falls outside the process limits. Small numbers marks a figure
                out of fewer children or events than the indicator&apos;s threshold, whose change is
                never called a real one. Open an indicator to see the rule in words.
              </p>
            ) : null}
          </details>
          <ScorecardTable
            scorecard={scorecard}
            rows={rows}
            showSignal={filters.showSignal}
            grouped={filters.sort === 'section'}
            awaiting={awaiting}
          />
        </>
      )}
      <DisagreementsPanel asAt={asAt} rows={scorecard.rows} printedMonths={printedMonths} />
    </>
  );
}
