import { memo, useDeferredValue, useId, useMemo } from 'react';
import { Link } from 'react-router-dom';
import type { BenchmarkCell, Indicator, Scorecard, ScorecardRow } from '@/domain/types';
import { polarityInWords } from '@/domain/target-words';
import { formatMonth, formatMonthLong } from '@/domain/periods';
import { RagTag } from '@/components/rag-tag';
import { Tooltip } from '@/components/tooltip';
import { DotArrow } from '@/components/dot-arrow';
import { AssuranceTag, SmallNumbersMarker, VariationTag } from '@/components/signal-verdict';
import { NoValue, NumberText, ObservationText } from '@/components/data-table';
import { TargetText } from '@/components/target-text';
import { BenchmarkHeaders, BenchmarkValue } from '@/components/benchmark-columns';
import { groupBySection } from '@/domain/scorecard-selection';
import { indicatorPath } from '@/domain/ids';
import { AwaitingDataText } from '@/components/awaiting-data';
import { RagRuleMarker } from '@/components/rag-rule-marker';

interface ScorecardTableProps {
  scorecard: Scorecard;
  /** The rows left after filtering, in scorecard order. */
  rows: ScorecardRow[];
  /** Show the Variation and Assurance columns. */
  showSignal?: boolean;
  /**
   * Rows under their section headings (the sheet's order). False when sorted otherwise: one list
   * in the order given, each row naming its section under its name.
   */
  grouped?: boolean;
  /** A row awaits a partner's figure for the month: its column is drawn wide enough to say so. */
  awaiting?: boolean;
}

/** The number of columns, for the section header rows that span the table. */
const columnCount = (s: Scorecard, showSignal: boolean) =>
  3 + s.recentMonths.length + 3 + (showSignal ? 2 : 0) + 1 + s.trendYears.length + 4;

/*
 * Rendering (docs/decisions.md, "Rendering and the first visit"): a row is memoised on its row object,
 * so a filter, sort or search re-renders no row that stays; on a month switch a row re-renders
 * but the cells that do not depend on the month (name, polarity, target, year trend, and the
 * benchmarks while equal: the read layer shares equal parts between months) are memoised on
 * their own props and skipped.
 */

/** No., the indicator's name (its link) and "Good perf is": the same in every month. */
const IndicatorCells = memo(function IndicatorCells({
  indicator: ind,
  grouped,
}: {
  indicator: Indicator;
  /** Under section headings; when false (sorted otherwise) the row names its section. */
  grouped: boolean;
}) {
  return (
    <>
      <td className="id">{ind.id}</td>
      <th scope="row" className="indicator">
        {/* At most two lines on screen (the whole name on hover, on focus, and to screen readers). */}
        <Link to={indicatorPath(ind.id)} className="indicator-name" title={ind.name}>
          {ind.name}
        </Link>
        {ind.dataNote || !grouped ? (
          <span className="data-note">
            {[ind.dataNote, grouped ? '' : ind.section].filter(Boolean).join(' · ')}
          </span>
        ) : null}
      </th>
      <td className="polarity">{polarityInWords(ind)}</td>
    </>
  );
});

const TargetCell = memo(function TargetCell({ indicator }: { indicator: Indicator }) {
  return (
    <td className="target">
      <TargetText indicator={indicator} interactive />
    </td>
  );
});

const YearTrendCells = memo(function YearTrendCells({
  yearTrend,
  indicator: ind,
}: {
  yearTrend: ScorecardRow['yearTrend'];
  indicator: Indicator;
}) {
  return yearTrend.map((y) => (
    <td key={y.year} className="num">
      <NumberText value={y.value} unit={ind.unit} decimals={ind.decimals} />
    </td>
  ));
});

const BenchmarkCellTd = memo(function BenchmarkCellTd({
  cell,
  indicator,
  columnYear,
}: {
  cell: BenchmarkCell;
  indicator: Indicator;
  columnYear: string | null;
}) {
  return (
    <td className="num">
      <BenchmarkValue
        cell={cell}
        row={{ indicator }}
        columnYear={columnYear}
        explain={cell.kind === 'sn_avg' || cell.kind === 'national_avg'}
      />
    </td>
  );
});

const Row = memo(function Row({
  row,
  benchmarkYears,
  showSignal,
  grouped,
}: {
  row: ScorecardRow;
  benchmarkYears: Scorecard['benchmarkYears'];
  showSignal: boolean;
  grouped: boolean;
}) {
  const { indicator: ind } = row;
  const small = row.signal.smallNumbers.small ? (
    <SmallNumbersMarker sentence={row.signal.smallNumbers.sentence} />
  ) : null;
  return (
    <tr>
      <IndicatorCells indicator={ind} grouped={grouped} />
      {/* Keyed by position, not month: choosing another month updates these cells in place. */}
      {row.recent.map(({ observation }, position) => (
        <td key={position} className="num">
          {/* The chosen month: a partner's figure not yet returned says whose and when due. */}
          <AwaitingDataText awaiting={position === row.recent.length - 1 ? row.awaiting : null}>
            <ObservationText observation={observation} unit={ind.unit} decimals={ind.decimals} />
          </AwaitingDataText>
        </td>
      ))}
      <td className="num">
        {ind.ytd === 'none' ? (
          <NoValue text="No year to date" />
        ) : (
          <NumberText value={row.ytd.value} unit={ind.unit} decimals={ind.decimals} />
        )}
        {row.ytd.warning ? (
          // SPEC 3.4: the printed YTD wins, but a disagreement with the months is a data-quality flag.
          <>
            {' '}
            <Tooltip label="differs" tip={row.ytd.warning} className="ytd-warning" />
          </>
        ) : null}
      </td>
      <td className="dot-cell">
        <DotArrow label={row.dot.label} />
        {small}
      </td>
      <td className="rag-cell">
        <RagTag status={row.rag.status} reason={row.rag.reason} />
        {row.rag.basis === 'ytd' ? <span className="basis"> YTD</span> : null}
        <RagRuleMarker rule={row.ragRule} />
        {small}
      </td>
      {showSignal ? (
        <>
          <td className="verdict-cell">
            <VariationTag verdict={row.signal.variation.verdict} />
          </td>
          <td className="verdict-cell">
            <AssuranceTag verdict={row.signal.assurance.verdict} />
          </td>
        </>
      ) : null}
      <TargetCell indicator={ind} />
      <YearTrendCells yearTrend={row.yearTrend} indicator={ind} />
      {row.benchmarks.map((cell) => (
        <BenchmarkCellTd
          key={cell.kind}
          cell={cell}
          indicator={ind}
          columnYear={benchmarkYears[cell.kind] ?? null}
        />
      ))}
    </tr>
  );
});

/**
 * From this many rows on, a month switch paints the first rows first (decisions.md): the
 * example's 75 rows are drawn 40 then 35, a frame apart, below any screen's first view.
 */
const PROGRESSIVE_FROM = 60;
/** The rows drawn at once on a month switch of a long table: more than a screenful. */
const FIRST_ROWS = 40;

/**
 * The rows to draw: on a long table, the rows after the first FIRST_ROWS keep the row objects of
 * the previous render (memoised, so React skips them) until a background render (React's
 * `useDeferredValue`) brings their new month. Which rows, and in which order, always follow the
 * current rows: only the figures of rows below the first screenfuls lag, by one background render.
 * Every row stays in the page, so the table, its sticky header, print and find-in-page are
 * unchanged.
 */
function useProgressiveRows(rows: ScorecardRow[]): ScorecardRow[] {
  const deferred = useDeferredValue(rows);
  const long = rows.length >= PROGRESSIVE_FROM;
  const previous = useMemo(
    () => (long ? new Map(deferred.map((r) => [r.indicator.id, r])) : null),
    [long, deferred],
  );
  return useMemo(
    () =>
      previous === null || deferred === rows
        ? rows
        : rows.map((row, i) => (i < FIRST_ROWS ? row : (previous.get(row.indicator.id) ?? row))),
    [rows, deferred, previous],
  );
}

/**
 * The Performance Summary as a real table: one header row of column headers, one row group per
 * section (headed by the section name), one row per indicator whose header cell is its name.
 * It scrolls sideways inside a focusable region on narrow screens.
 */
export function ScorecardTable({
  scorecard,
  rows,
  showSignal = true,
  grouped = true,
  awaiting = false,
}: ScorecardTableProps) {
  const captionId = useId();
  const shown = useProgressiveRows(rows);
  const groups = grouped
    ? groupBySection(scorecard.sections, shown)
    : [{ section: null as string | null, rows: shown }];
  return (
    <div
      className="table-scroll table-scroll--scorecard"
      role="region"
      aria-labelledby={captionId}
      tabIndex={0}
    >
      <table className={awaiting ? 'scorecard scorecard--awaiting' : 'scorecard'}>
        <caption id={captionId}>
          Performance summary as at month end {formatMonthLong(scorecard.asAt)}: {rows.length} of{' '}
          {scorecard.rows.length} indicators
        </caption>
        <thead>
          <tr>
            <th scope="col">No.</th>
            <th scope="col" className="indicator">
              Indicator
            </th>
            <th scope="col" className="polarity">
              Good perf is
            </th>
            {scorecard.recentMonths.map((m, position) => (
              <th
                key={position}
                scope="col"
                className={
                  position === scorecard.recentMonths.length - 1
                    ? 'num month month--chosen'
                    : 'num month'
                }
              >
                {/* "Oct-15" may break after its hyphen, so the month columns stay narrow. */}
                {formatMonth(m)
                  .split('-')
                  .map((part, i) => (i === 0 ? part : [`-`, <wbr key={i} />, part]))}
              </th>
            ))}
            <th scope="col" className="num">
              YTD
            </th>
            <th scope="col" className="col-dot">
              <abbr title="Direction of travel, month on month">DOT</abbr>
            </th>
            <th scope="col" className="col-rag">
              RAG
            </th>
            {showSignal ? (
              <>
                <th scope="col" className="col-variation">
                  Variation
                </th>
                <th scope="col" className="col-assurance">
                  Assurance
                </th>
              </>
            ) : null}
            <th scope="col" className="col-target">
              Target
            </th>
            {scorecard.trendYears.map((y) => (
              <th key={y} scope="col" className="num col-year">
                <span className="visually-hidden">Year </span>
                {y}
              </th>
            ))}
            <BenchmarkHeaders scorecard={scorecard} />
          </tr>
        </thead>
        {groups.map((g) => (
          <tbody key={g.section ?? ''}>
            {g.section !== null ? (
              <tr className="section-row">
                <th scope="rowgroup" colSpan={columnCount(scorecard, showSignal)}>
                  <span className="section-name">{g.section}</span>
                </th>
              </tr>
            ) : null}
            {g.rows.map((row) => (
              <Row
                key={row.indicator.id}
                row={row}
                benchmarkYears={scorecard.benchmarkYears}
                showSignal={showSignal}
                grouped={grouped}
              />
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
