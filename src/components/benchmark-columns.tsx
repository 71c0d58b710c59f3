import type { BenchmarkCell, BenchmarkKind, Scorecard, ScorecardRow } from '@/domain/types';
import { financialYearOf } from '@/domain/periods';
import { isStale } from '@/domain/gaps';
import { NoValue, NumberText } from '@/components/data-table';

const HEADERS: Record<BenchmarkKind, { short: string; long: string | null }> = {
  sn_avg: { short: 'SN average', long: "Statistical neighbours' average" },
  best_sn: { short: 'Best SN', long: 'Best statistical neighbour' },
  national_avg: { short: 'England', long: null },
  national_top_quartile: { short: 'Top quartile', long: 'England top-quartile threshold' },
  regional_avg: { short: 'Region', long: 'Regional average' },
};

/**
 * The benchmark column headers of a scorecard, each with the year most of its values relate to
 * ("SN average 2014/15", as the printed "LATEST BENCHMARKING - 2014/15"), marked out of date when
 * older than the latest two financial years (SPEC 2.4).
 */
export function BenchmarkHeaders({ scorecard }: { scorecard: Scorecard }) {
  const kinds = scorecard.rows[0]?.benchmarks.map((c) => c.kind) ?? [];
  const latest = financialYearOf(scorecard.asAt);
  return (
    <>
      {kinds.map((kind) => {
        const year = scorecard.benchmarkYears[kind] ?? null;
        const { short, long } = HEADERS[kind];
        return (
          <th key={kind} scope="col" className="num">
            {long ? <abbr title={long}>{short}</abbr> : short}
            {year ? (
              <span className="benchmark-year">
                {' '}
                ({year}
                {isStale(year, latest) ? ', out of date' : ''})
              </span>
            ) : null}
          </th>
        );
      })}
    </>
  );
}

/**
 * One benchmark cell: its value, with its own year when that is not the column's ("(2013/14)"),
 * and "out of date" when older than the latest two financial years.
 */
export function BenchmarkValue({
  cell,
  row,
  columnYear,
}: {
  cell: BenchmarkCell;
  row: ScorecardRow;
  columnYear: string | null;
}) {
  const b = cell.benchmark;
  if (!b) return <NoValue />;
  // The column header carries the common year (and "out of date"); a cell of another year says its own.
  const own = b.period !== columnYear;
  return (
    <>
      <NumberText value={b.value} unit={row.indicator.unit} decimals={row.indicator.decimals} />
      {own ? (
        <span className="stale">
          {' '}
          ({b.period}
          {cell.stale ? ', out of date' : ''})
        </span>
      ) : null}
    </>
  );
}
