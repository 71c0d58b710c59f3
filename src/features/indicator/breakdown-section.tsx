import type { Indicator } from '@/domain/types';
import type { BreakdownTable } from '@/domain/breakdowns';
import { formatNumber, formatPoints } from '@/domain/format';
import { DEFAULT_SMALL_NUMBERS_THRESHOLD } from '@/domain/small-numbers';
import { useBreakdowns } from '@/read/board';
import { BreakdownChart, type BreakdownSeries } from '@/charts/breakdown-chart';
import '@/components/board.css';

const share = (v: number | null) => (v === null ? '–' : `${v.toFixed(1)}%`);

/** One dimension: the chart, then its data as a table (each category, last year, England). */
function Breakdown({ table, indicator }: { table: BreakdownTable; indicator: Indicator }) {
  const { additive } = table;
  const shown = (v: number | null) =>
    v === null ? '–' : formatNumber(v, indicator.unit, indicator.decimals);
  // Counts are compared as shares of their total (the totals differ year to year and from
  // England's); figures within each category (percentages) as they are.
  const hasLastYear = table.categories.some((c) => c.lastYear !== null);
  const hasEngland = table.categories.some((c) => c.englandShare !== null);
  const series: BreakdownSeries[] = [
    { key: 'now', label: table.periodLabel },
    ...(hasLastYear ? [{ key: 'before', label: table.lastYearLabel }] : []),
    ...(hasEngland ? [{ key: 'england', label: 'England' }] : []),
  ];
  const data = table.categories.map((c) => ({
    category: c.category,
    now: additive ? c.share : c.value,
    before: additive ? c.lastYearShare : c.lastYear,
    england: c.englandShare,
  }));
  const title = `${indicator.id} ${indicator.name} by ${table.dimension.toLowerCase()}, ${table.periodLabel}`;
  const biggest = [...table.categories].sort(
    (a, b) => (b.share ?? b.value ?? -1) - (a.share ?? a.value ?? -1),
  )[0];
  const summary =
    `Bar chart of ${table.categories.length} categories of ${table.dimension.toLowerCase()}, ${table.periodLabel}` +
    (hasLastYear ? ` against ${table.lastYearLabel}` : '') +
    (hasEngland ? ' and England' : '') +
    (biggest ? `; the largest is ${biggest.category}` : '') +
    '. The table below gives every figure.';
  const small = table.categories.some((c) => c.small);
  return (
    <div className="breakdown">
      <h3>By {table.dimension.toLowerCase()}</h3>
      <BreakdownChart
        title={title}
        summary={summary}
        data={data}
        series={series}
        xAxisTitle={additive ? 'Share of the total (%)' : 'Figure in each category'}
        formatTick={(v) => (additive ? `${v}%` : formatNumber(v, indicator.unit, null))}
      />
      <div className="table-scroll" role="region" aria-label={`${title}: table`} tabIndex={0}>
        <table className="breakdown-table">
          <caption>
            {title}
            {hasLastYear ? `, against ${table.lastYearLabel}` : ''}
            {hasEngland ? ` and ${table.englandSource}` : ''}
          </caption>
          <thead>
            <tr>
              <th scope="col">{table.dimension}</th>
              <th scope="col" className="num">
                {table.periodLabel}
              </th>
              {additive ? (
                <th scope="col" className="num">
                  Share
                </th>
              ) : null}
              <th scope="col" className="num">
                {table.lastYearLabel}
              </th>
              {additive ? (
                <th scope="col" className="num">
                  Share {table.lastYearLabel}
                </th>
              ) : null}
              {hasEngland ? (
                <>
                  <th scope="col" className="num">
                    England
                  </th>
                  <th scope="col" className="num">
                    Difference from England
                  </th>
                </>
              ) : null}
              {table.related.map((r) => (
                <th key={r.indicator.id} scope="col" className="num">
                  {r.indicator.id} {r.indicator.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.categories.map((c, position) => {
              const diff = c.englandGapPoints;
              return (
                <tr key={c.category}>
                  <th scope="row">{c.category}</th>
                  <td className="num">
                    {c.suppressed !== null ? `Suppressed (${c.suppressed})` : shown(c.value)}
                    {c.numerator !== null && c.denominator !== null && !additive ? (
                      <span className="completeness-detail">
                        {c.numerator} of {c.denominator}
                      </span>
                    ) : null}
                    {c.small ? <span className="breakdown-small"> Small numbers</span> : null}
                  </td>
                  {additive ? <td className="num">{share(c.share)}</td> : null}
                  <td className="num">{shown(c.lastYear)}</td>
                  {additive ? <td className="num">{share(c.lastYearShare)}</td> : null}
                  {hasEngland ? (
                    <>
                      <td className="num">{share(c.englandShare)}</td>
                      <td className="num">
                        {diff === null
                          ? '–'
                          : Math.abs(diff) < 0.05
                            ? 'the same'
                            : `${formatPoints(diff)} ${diff > 0 ? 'higher' : 'lower'}`}
                      </td>
                    </>
                  ) : null}
                  {table.related.map((r) => {
                    const v = r.values[position]!;
                    return (
                      <td key={r.indicator.id} className="num">
                        {v.value === null
                          ? '–'
                          : formatNumber(v.value, r.indicator.unit, r.indicator.decimals)}
                        {v.numerator !== null && v.denominator !== null ? (
                          <span className="completeness-detail">
                            {v.numerator} of {v.denominator}
                          </span>
                        ) : null}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
          {table.total !== null ? (
            <tfoot>
              <tr>
                <th scope="row">Total</th>
                <td className="num">{shown(table.total)}</td>
                <td className="num">100.0%</td>
                <td className="num" colSpan={(hasEngland ? 4 : 2) + table.related.length}></td>
              </tr>
            </tfoot>
          ) : null}
        </table>
      </div>
      {table.totalCheck ? <p className="breakdown-check">{table.totalCheck}</p> : null}
      {small ? (
        <p className="breakdown-check">
          Small numbers: a category marked so rests on fewer than{' '}
          {indicator.smallNumbersThreshold ?? DEFAULT_SMALL_NUMBERS_THRESHOLD}; one more or one
          fewer changes its share a lot.
        </p>
      ) : null}
    </div>
  );
}

/**
 * The indicator's breakdowns (SPEC 2.8): one chart and table per dimension, this period against
 * the same period last year and England's distribution where published national data has it.
 * Nothing when the indicator has no breakdown.
 */
export function BreakdownSection({ indicator }: { indicator: Indicator }) {
  const tables = useBreakdowns(indicator.id);
  if (tables.length === 0) return null;
  return (
    <section aria-labelledby="breakdowns-heading">
      <h2 id="breakdowns-heading">Breakdowns</h2>
      {tables.map((t) => (
        <Breakdown key={t.dimension} table={t} indicator={indicator} />
      ))}
    </section>
  );
}
