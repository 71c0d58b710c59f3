import type { IndicatorView } from '@/domain/indicator-view';
import { formatNumber } from '@/domain/format';
import { formatMonthLong } from '@/domain/periods';
import { VARIATION_WORDS, ASSURANCE_WORDS } from '@/domain/spc-verdict';
import { SpcChartView, MARK_STYLE } from '@/charts/spc-chart-view';
import { AXIS_TITLES } from '@/components/indicator-charts';
import { NoValue } from '@/components/data-table';
import { AssuranceTag, VariationTag } from '@/components/signal-verdict';

interface IndicatorSpcProps {
  view: IndicatorView;
  width?: number;
  height?: number;
  fontSize?: number;
  exportable?: boolean;
  withTable?: boolean;
}

/** The verdicts of an indicator as at its month, each with the sentence that says why. */
export function SignalVerdicts({ view }: { view: IndicatorView }) {
  const { variation, assurance } = view.row.signal;
  return (
    <dl className="signal-verdicts">
      <div>
        <dt>Variation</dt>
        <dd>
          <VariationTag verdict={variation.verdict} />
          <p className="signal-verdicts__sentence">{variation.sentence}</p>
        </dd>
      </div>
      <div>
        <dt>Assurance</dt>
        <dd>
          <AssuranceTag verdict={assurance.verdict} />
          <p className="signal-verdicts__sentence">{assurance.sentence}</p>
        </dd>
      </div>
    </dl>
  );
}

/** The SPC view of the monthly series: verdicts in words, the XmR chart and its data table. */
export function IndicatorSpc({
  view,
  width,
  height,
  fontSize,
  exportable = true,
  withTable = true,
}: IndicatorSpcProps) {
  const { indicator: ind, spc } = view;
  const { variation, assurance } = view.row.signal;
  const f = (v: number | null) =>
    v === null ? <NoValue /> : formatNumber(v, ind.unit, ind.decimals === null ? 1 : ind.decimals);
  const summary = [
    `Process control chart of ${ind.id} ${ind.name}, ${spc.points.length} months.`,
    `Variation: ${VARIATION_WORDS[variation.verdict]}. ${variation.sentence}`,
    `Assurance: ${ASSURANCE_WORDS[assurance.verdict]}. ${assurance.sentence}`,
    ...spc.breaks.map((b) => `Series break from ${formatMonthLong(b.month)}: ${b.reason}.`),
    'The values are in the table below the chart.',
  ].join(' ');
  return (
    <div className="indicator-chart indicator-spc">
      <SignalVerdicts view={view} />
      {spc.points.length > 0 ? (
        <SpcChartView
          title={`${ind.id} ${ind.name}: signal or noise`}
          summary={summary}
          chart={spc}
          yAxisTitle={AXIS_TITLES[ind.unit]}
          formatTick={(v) => formatNumber(v, ind.unit, Number.isInteger(v) ? 0 : 1)}
          exportable={exportable}
          width={width}
          height={height}
          fontSize={fontSize}
        />
      ) : null}
      {withTable && spc.points.length > 0 ? (
        <div className="table-scroll chart-data">
          <table className="compact">
            <caption>
              {ind.id} process control chart, {formatMonthLong(spc.points[0]!.month)} to{' '}
              {formatMonthLong(spc.points[spc.points.length - 1]!.month)}
            </caption>
            <thead>
              <tr>
                <th scope="col">Month</th>
                <th scope="col" className="num">
                  {AXIS_TITLES[ind.unit]}
                </th>
                <th scope="col" className="num">
                  Mean
                </th>
                <th scope="col" className="num">
                  Lower limit
                </th>
                <th scope="col" className="num">
                  Upper limit
                </th>
                <th scope="col">Signal</th>
              </tr>
            </thead>
            <tbody>
              {spc.points.map((p) => {
                const brk = spc.breaks.find((b) => b.month === p.month);
                return (
                  <tr key={p.month}>
                    <th scope="row">
                      {p.label}
                      {brk ? <span className="data-note">Break: {brk.reason}</span> : null}
                    </th>
                    <td className="num">{f(p.value)}</td>
                    <td className="num">{f(p.mean)}</td>
                    <td className="num">{f(p.lower)}</td>
                    <td className="num">{f(p.upper)}</td>
                    <td>{MARK_STYLE[p.mark].label}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
