import '@/components/indicator-components.css';
import type { IndicatorView } from '@/domain/indicator-view';
import { formatNumber } from '@/domain/format';
import { BENCHMARK_WORDS } from '@/domain/words';

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The benchmarks of an indicator as a table: which, its year (marked "out of date" when older
 * than the latest two financial years), its value, and the gap from the figure on the benchmarks'
 * basis (SPEC 3.6: the year to date, a projection for the year, ...), named in the caption, in words
 * and, where the numerator and denominator are known, in children; for the top-quartile threshold,
 * the position against it.
 */
export function BenchmarkList({ view }: { view: IndicatorView }) {
  const { indicator: ind } = view;
  if (view.gaps.length === 0) {
    return <p>No benchmarks have been imported for this indicator.</p>;
  }
  const children = view.gaps.some((g) => g.gap?.childrenSentence);
  // SPEC 3.6: the figure on the benchmarks' basis, the same one the headline and scorecard use.
  const compared = view.row.compared;
  return (
    <>
      <div className="table-scroll">
        <table className="compact benchmark-list">
          <caption>
            Benchmarks and gaps:{' '}
            {compared.kind === 'none'
              ? `no gap is shown, because ${compared.reason}`
              : `benchmarks are whole-year figures, so the gap is from the ${compared.words}`}
          </caption>
          <thead>
            <tr>
              <th scope="col">Benchmark</th>
              <th scope="col">Year</th>
              <th scope="col" className="num">
                Value
              </th>
              <th scope="col">Gap</th>
              {children ? <th scope="col">In children</th> : null}
              <th scope="col">Source</th>
            </tr>
          </thead>
          <tbody>
            {view.gaps.map(({ cell, gap, from, notUsed }) => (
              <tr key={cell.kind}>
                <th scope="row">
                  {capitalise(BENCHMARK_WORDS[cell.kind])}
                  {cell.benchmark.label ? (
                    <span className="hint"> ({cell.benchmark.label})</span>
                  ) : null}
                </th>
                <td>
                  {cell.benchmark.period}
                  {cell.stale ? <strong className="stale-tag"> out of date</strong> : null}
                </td>
                <td className="num">
                  {formatNumber(cell.benchmark.value, ind.unit, ind.decimals)}
                </td>
                <td>
                  {cell.kind === 'national_top_quartile'
                    ? (view.topQuartile?.sentence ?? '')
                    : (gap?.sentence ?? '')}
                </td>
                {children ? <td>{gap?.childrenSentence ?? ''}</td> : null}
                <td>
                  {cell.benchmark.source ||
                    (from === 'imported' ? 'Imported benchmark' : 'Published national data')}
                  {notUsed ? (
                    <span className="hint">
                      {' '}
                      Published national data gives{' '}
                      {formatNumber(notUsed.value, ind.unit, ind.decimals)} ({notUsed.source}); the
                      council&apos;s own figure is used.
                    </span>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
