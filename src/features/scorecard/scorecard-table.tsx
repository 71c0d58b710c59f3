import { useId } from 'react';
import { Link } from 'react-router-dom';
import type { Scorecard, ScorecardRow } from '@/domain/types';
import { polarityInWords } from '@/domain/target-words';
import { formatMonth, formatMonthLong } from '@/domain/periods';
import { RagTag } from '@/components/rag-tag';
import { Tooltip } from '@/components/tooltip';
import { DotArrow } from '@/components/dot-arrow';
import { AssuranceTag, SmallNumbersMarker, VariationTag } from '@/components/signal-verdict';
import { NoValue, NumberText, ObservationText } from '@/components/data-table';
import { TargetText } from '@/components/target-text';
import { BenchmarkHeaders, BenchmarkValue } from '@/components/benchmark-columns';
import { groupBySection } from './filter-rows';
import { indicatorPath } from '@/domain/ids';

interface ScorecardTableProps {
  scorecard: Scorecard;
  /** The rows left after filtering, in scorecard order. */
  rows: ScorecardRow[];
  /** Show the Variation and Assurance columns. */
  showSignal?: boolean;
}

/** The number of columns, for the section header rows that span the table. */
const columnCount = (s: Scorecard, showSignal: boolean) =>
  3 + s.recentMonths.length + 3 + (showSignal ? 2 : 0) + 1 + s.trendYears.length + 4;

function Row({
  row,
  scorecard,
  showSignal,
}: {
  row: ScorecardRow;
  scorecard: Scorecard;
  showSignal: boolean;
}) {
  const { indicator: ind } = row;
  const small = row.signal.smallNumbers.small ? (
    <SmallNumbersMarker sentence={row.signal.smallNumbers.sentence} />
  ) : null;
  return (
    <tr>
      <td className="id">{ind.id}</td>
      <th scope="row" className="indicator">
        <Link to={indicatorPath(ind.id)}>{ind.name}</Link>
        {ind.dataNote ? <span className="data-note">{ind.dataNote}</span> : null}
      </th>
      <td>{polarityInWords(ind)}</td>
      {/* Keyed by position, not month: choosing another month updates these cells in place. */}
      {row.recent.map(({ observation }, position) => (
        <td key={position} className="num">
          <ObservationText observation={observation} unit={ind.unit} decimals={ind.decimals} />
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
      <td className="target">
        <TargetText indicator={ind} interactive />
      </td>
      {row.yearTrend.map((y) => (
        <td key={y.year} className="num">
          <NumberText value={y.value} unit={ind.unit} decimals={ind.decimals} />
        </td>
      ))}
      {row.benchmarks.map((cell) => (
        <td key={cell.kind} className="num">
          <BenchmarkValue
            cell={cell}
            row={row}
            columnYear={scorecard.benchmarkYears[cell.kind] ?? null}
            explain={cell.kind === 'sn_avg' || cell.kind === 'national_avg'}
          />
        </td>
      ))}
    </tr>
  );
}

/**
 * The Performance Summary as a real table: one header row of column headers, one row group per
 * section (headed by the section name), one row per indicator whose header cell is its name.
 * It scrolls sideways inside a focusable region on narrow screens.
 */
export function ScorecardTable({ scorecard, rows, showSignal = true }: ScorecardTableProps) {
  const captionId = useId();
  const groups = groupBySection(scorecard.sections, rows);
  return (
    <div
      className="table-scroll table-scroll--scorecard"
      role="region"
      aria-labelledby={captionId}
      tabIndex={0}
    >
      <table className="scorecard">
        <caption id={captionId}>
          Performance summary as at month end {formatMonthLong(scorecard.asAt)}: {rows.length} of{' '}
          {scorecard.rows.length} indicators
        </caption>
        <thead>
          <tr>
            <th scope="col">No.</th>
            <th scope="col">Indicator</th>
            <th scope="col">Good perf is</th>
            {scorecard.recentMonths.map((m, position) => (
              <th key={position} scope="col" className="num month">
                {formatMonth(m)}
              </th>
            ))}
            <th scope="col" className="num">
              YTD
            </th>
            <th scope="col">
              <abbr title="Direction of travel, month on month">DOT</abbr>
            </th>
            <th scope="col">RAG</th>
            {showSignal ? (
              <>
                <th scope="col">Variation</th>
                <th scope="col">Assurance</th>
              </>
            ) : null}
            <th scope="col">Target</th>
            {scorecard.trendYears.map((y) => (
              <th key={y} scope="col" className="num">
                <span className="visually-hidden">Year </span>
                {y}
              </th>
            ))}
            <BenchmarkHeaders scorecard={scorecard} />
          </tr>
        </thead>
        {groups.map((g) => (
          <tbody key={g.section}>
            <tr className="section-row">
              <th scope="rowgroup" colSpan={columnCount(scorecard, showSignal)}>
                <span className="section-name">{g.section}</span>
              </th>
            </tr>
            {g.rows.map((row) => (
              <Row key={row.indicator.id} row={row} scorecard={scorecard} showSignal={showSignal} />
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
