import type { BenchmarkCell, BenchmarkKind, Scorecard, ScorecardRow } from '@/domain/types';
import { financialYearOf } from '@/domain/periods';
import { isStale } from '@/domain/gaps';
import { NoValue, NumberText } from '@/components/data-table';
import { Tooltip } from '@/components/tooltip';

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
          <th key={kind} scope="col" className={`num col-benchmark col-benchmark--${kind}`}>
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
 * and "out of date" when older than the latest two financial years. With `explain`, the value
 * explains the gap on hover and focus, from the figure on the benchmark's basis (SPEC 3.6): "Year
 * to date 20.0% against the statistical-neighbour average of 25.1% (2014/15): 5.1 points worse".
 */
export function BenchmarkValue({
  cell,
  row,
  columnYear,
  explain = false,
}: {
  cell: BenchmarkCell;
  /** Only the indicator is read (its unit and decimals). */
  row: Pick<ScorecardRow, 'indicator'>;
  columnYear: string | null;
  explain?: boolean;
}) {
  const b = cell.benchmark;
  if (!b) return <NoValue />;
  // The column header carries the common year (and "out of date"); a cell of another year says its own.
  const own = b.period !== columnYear;
  const number = (
    <NumberText value={b.value} unit={row.indicator.unit} decimals={row.indicator.decimals} />
  );
  const gap = cell.gap;
  const tip = gap
    ? [gap.sentence, gap.childrenSentence].filter((t): t is string => Boolean(t)).join('. ')
    : '';
  return (
    <>
      {explain && tip !== '' ? (
        <span className="tooltip-end">
          <Tooltip label={number} tip={tip} className="gap-trigger" />
        </span>
      ) : (
        number
      )}
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
