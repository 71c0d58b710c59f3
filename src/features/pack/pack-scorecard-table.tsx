import type { Scorecard, ScorecardRow } from '@/domain/types';
import { polarityInWords } from '@/domain/target-words';
import { formatMonth } from '@/domain/periods';
import type { ScorecardPage } from '@/domain/pack';
import { RagTag } from '@/components/rag-tag';
import { AwaitingDataText } from '@/components/awaiting-data';
import { DotArrow } from '@/components/dot-arrow';
import { NoValue, NumberText, ObservationText } from '@/components/data-table';
import { TargetText } from '@/components/target-text';
import { BenchmarkHeaders, BenchmarkValue } from '@/components/benchmark-columns';

/** The number of columns, for the section rows that span the table. */
const columnCount = (s: Scorecard) => 3 + s.recentMonths.length + 3 + 1 + s.trendYears.length + 4;

function Row({ row, scorecard }: { row: ScorecardRow; scorecard: Scorecard }) {
  const ind = row.indicator;
  return (
    <tr>
      <td className="id">{ind.id}</td>
      {/* On paper the name and the target take at most three lines (the pack counts rows as
          lines: src/domain/pack.ts); the full name heads the indicator's own page. */}
      <th scope="row" className="indicator">
        <span className="pack-scorecard__clamp">
          {ind.name}
          {ind.dataNote ? <span className="data-note"> ({ind.dataNote})</span> : null}
        </span>
      </th>
      <td>{polarityInWords(ind)}</td>
      {/* Keyed by position, not month: choosing another month updates these cells in place. */}
      {row.recent.map(({ observation }, position) => (
        <td key={position} className="num">
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
      </td>
      <td>
        <DotArrow label={row.dot.label} />
      </td>
      <td>
        <RagTag status={row.rag.status} />
        {row.rag.basis === 'ytd' ? <span className="basis"> YTD</span> : null}
      </td>
      <td className="target">
        <span className="pack-scorecard__clamp">
          <TargetText indicator={ind} />
        </span>
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
          />
        </td>
      ))}
    </tr>
  );
}

/**
 * One printed page of the Performance Summary: compact, no links or tooltips, the RAG and DOT as
 * words. The pack cuts the scorecard into pages of a fixed number of lines (src/domain/pack.ts),
 * one table each with its header; a section that runs over a page repeats its title, "continued".
 */
export function PackScorecardTable({
  scorecard,
  page,
  caption,
}: {
  scorecard: Scorecard;
  /** The sections on this page, each with its rows. */
  page: ScorecardPage;
  caption: string;
}) {
  return (
    <table className="scorecard pack-scorecard">
      <caption>{caption}</caption>
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
          <th scope="col">DOT</th>
          <th scope="col">RAG</th>
          <th scope="col">Target</th>
          {scorecard.trendYears.map((y) => (
            <th key={y} scope="col" className="num">
              {y}
            </th>
          ))}
          <BenchmarkHeaders scorecard={scorecard} />
        </tr>
      </thead>
      {page.map((group) => (
        <tbody key={group.section}>
          <tr className="section-row">
            <th scope="rowgroup" colSpan={columnCount(scorecard)}>
              {group.section}
              {group.continued ? ' (continued)' : ''}
            </th>
          </tr>
          {group.rows.map((row) => (
            <Row key={row.indicator.id} row={row} scorecard={scorecard} />
          ))}
        </tbody>
      ))}
    </table>
  );
}
