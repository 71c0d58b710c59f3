import '@/components/looking-ahead.css';
import type { IndicatorView } from '@/domain/indicator-view';
import { formatNumber } from '@/domain/format';
import { formatMonth } from '@/domain/periods';
import { STANDING_WORDS, changeWords } from '@/domain/trajectory';
import { RagTag } from '@/components/rag-tag';

/** One place at most for projected and planned figures (they are not more precise than that). */
const shown = (view: IndicatorView, v: number | null) =>
  v === null
    ? ''
    : formatNumber(Math.round(v * 10) / 10, view.indicator.unit, view.indicator.decimals);

/**
 * Where an indicator is heading by March (SPEC 3.10): the projected year-end RAG in a sentence,
 * the method in words, and the projected months with their range as a table (the dashed line's
 * data). A projection is never shown as a value of the scorecard.
 */
export function ProjectionSummary({
  view,
  withTable = true,
}: {
  view: IndicatorView;
  withTable?: boolean;
}) {
  const p = view.projection;
  if (p.kind === 'none') return <p className="outlook__none">No year-end projection: {p.reason}</p>;
  const ind = view.indicator;
  return (
    <div className="outlook">
      <p className="outlook__sentence">
        {p.rag.status === 'red' || p.rag.status === 'amber' || p.rag.status === 'green' ? (
          <>
            <RagTag status={p.rag.status} />{' '}
          </>
        ) : null}
        {p.sentence}
      </p>
      <p className="hint">
        {p.methodWords} The range allows the remaining months to vary as much as this year&apos;s
        months have (1.96 standard deviations). A projection is not a figure: it is not used in the
        direction of travel, the RAG, the year to date or any gap.
      </p>
      {withTable ? (
        <div className="table-scroll chart-data">
          <table className="compact">
            <caption>
              {ind.id} projected months to {formatMonth(p.yearEnd)} (the dashed line)
            </caption>
            <thead>
              <tr>
                <th scope="col">Month</th>
                <th scope="col" className="num">
                  Projected
                </th>
                <th scope="col" className="num">
                  Range, low
                </th>
                <th scope="col" className="num">
                  Range, high
                </th>
              </tr>
            </thead>
            <tbody>
              {p.path.map((m) => (
                <tr key={m.month}>
                  <th scope="row">{formatMonth(m.month)}</th>
                  <td className="num">{shown(view, m.value)}</td>
                  <td className="num">{shown(view, m.low)}</td>
                  <td className="num">{shown(view, m.high)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}

/**
 * A target by a date (SPEC 2.10): the plan, where the month stands and the change a month still
 * needed, and each month's actual against the trajectory (with its RAG where the catalogue asks).
 */
export function TrajectorySummary({
  view,
  withTable = true,
}: {
  view: IndicatorView;
  withTable?: boolean;
}) {
  const t = view.trajectory;
  if (t === null) return null;
  if (t.kind === 'none') return <p className="outlook__none">{t.reason}</p>;
  const ind = view.indicator;
  const rated = t.months.some((m) => m.rag !== null);
  return (
    <div className="outlook">
      <p className="outlook__plan">{t.plan}</p>
      <p className="outlook__sentence">
        {t.current?.rag ? (
          <>
            <RagTag status={t.current.rag} />{' '}
          </>
        ) : null}
        {t.sentence}
      </p>
      {withTable ? (
        <div className="table-scroll chart-data">
          <table className="compact">
            <caption>
              {ind.id} against its trajectory, {formatMonth(t.start.month)} to{' '}
              {formatMonth(t.end.month)}
            </caption>
            <thead>
              <tr>
                <th scope="col">Month</th>
                <th scope="col" className="num">
                  Trajectory
                </th>
                <th scope="col" className="num">
                  Actual
                </th>
                <th scope="col">Against the trajectory</th>
                <th scope="col">Change a month still needed</th>
                {rated ? <th scope="col">RAG against the trajectory</th> : null}
              </tr>
            </thead>
            <tbody>
              {t.months.map((m) => (
                <tr key={m.month}>
                  <th scope="row">{formatMonth(m.month)}</th>
                  <td className="num">{shown(view, m.planned)}</td>
                  <td className="num">{shown(view, m.actual)}</td>
                  <td>
                    {m.standing === 'no-data'
                      ? ''
                      : m.gap === null || m.standing === 'on'
                        ? STANDING_WORDS[m.standing]
                        : `${STANDING_WORDS[m.standing]} by ${shown(view, Math.abs(m.gap))}`}
                  </td>
                  <td>
                    {m.neededPerMonth === null ? '' : changeWords(m.neededPerMonth, ind.unit)}
                  </td>
                  {rated ? <td>{m.rag ? <RagTag status={m.rag} /> : null}</td> : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
