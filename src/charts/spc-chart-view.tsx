import { CartesianGrid, Line, LineChart, ReferenceLine, XAxis, YAxis } from 'recharts';
import type { ChartSize } from '@/charts/chart-types';
import { ChartFrame } from '@/charts/chart-frame';
import { ChartKey, type KeyItem } from '@/charts/chart-key';
import { BASE_FONT_SIZE } from '@/charts/direct-labels';
import { Marker } from '@/charts/markers';
import { CHART_GRID, CHART_TEXT, dashArray, OKABE_ITO, type MarkerShape } from '@/charts/palette';
import { valueScale } from '@/charts/scale';
import { DEFAULT_HEIGHT } from '@/charts/line-chart-view';
import type { PointMark, SpcChart } from '@/domain/spc-chart';

/** How each month is marked: by shape as well as colour (and in words in the table). */
export const MARK_STYLE: Record<PointMark, { shape: MarkerShape; colour: string; label: string }> =
  {
    improvement: { shape: 'triangle', colour: OKABE_ITO.blue, label: 'Special cause improvement' },
    concern: { shape: 'diamond', colour: OKABE_ITO.vermillion, label: 'Special cause concern' },
    neither: { shape: 'square', colour: OKABE_ITO.reddishPurple, label: 'Special cause, neither' },
    common: { shape: 'circle', colour: '#6f7072', label: 'Common cause' },
  };

export interface SpcChartViewProps extends ChartSize {
  title: string;
  summary: string;
  chart: SpcChart;
  yAxisTitle: string;
  formatTick: (value: number) => string;
  exportable?: boolean;
}

/**
 * An XmR (process control) chart: the months with the mean, the process limits of their
 * segment, each month marked by shape and colour, and series breaks drawn with their reason.
 * Presentational: the series come ready from the domain.
 */
export function SpcChartView({
  title,
  summary,
  chart,
  yAxisTitle,
  formatTick,
  exportable = true,
  width,
  height = DEFAULT_HEIGHT,
  fontSize = BASE_FONT_SIZE,
}: SpcChartViewProps) {
  const k = fontSize / BASE_FONT_SIZE;
  const scale = valueScale(
    chart.points.flatMap((p) => [p.value, p.upper, p.lower]).filter((v) => v !== null),
  );
  const size =
    width === undefined
      ? { responsive: true, style: { width: '100%', height } }
      : { width, height };
  const marks = new Set(chart.points.map((p) => p.mark));
  const keyItems: KeyItem[] = [
    { kind: 'line', key: 'value', label: 'Value', colour: CHART_TEXT, style: 'solid' },
    { kind: 'line', key: 'mean', label: 'Mean', colour: OKABE_ITO.bluishGreen, style: 'dashed' },
    {
      kind: 'line',
      key: 'limits',
      label: 'Process limits',
      colour: OKABE_ITO.orange,
      style: 'dotted',
    },
  ];
  return (
    <ChartFrame
      title={title}
      summary={summary}
      exportable={exportable}
      keyItems={
        <>
          <ChartKey items={keyItems} />
          <ul className="chart-key" aria-hidden="true">
            {(Object.keys(MARK_STYLE) as PointMark[])
              .filter((m) => marks.has(m))
              .map((m) => (
                <li key={m} className="chart-key__item">
                  <svg width="14" height="14" className="chart-key__swatch">
                    <Marker
                      cx={7}
                      cy={7}
                      value={1}
                      shape={MARK_STYLE[m].shape}
                      colour={MARK_STYLE[m].colour}
                    />
                  </svg>
                  {MARK_STYLE[m].label}
                </li>
              ))}
          </ul>
        </>
      }
    >
      <LineChart
        {...size}
        data={chart.points}
        margin={{
          top: Math.round(28 * k),
          right: Math.round(24 * k),
          bottom: Math.round(8 * k),
          left: Math.round(12 * k),
        }}
        accessibilityLayer={false}
      >
        <CartesianGrid stroke={CHART_GRID} vertical={false} />
        <XAxis
          dataKey="label"
          tick={{ fill: CHART_TEXT, fontSize }}
          height={Math.round(48 * k)}
          interval="preserveStartEnd"
          label={{ value: 'Month', position: 'insideBottom', fill: CHART_TEXT, fontSize }}
        />
        <YAxis
          domain={[scale.min, scale.max]}
          ticks={scale.ticks}
          tickFormatter={formatTick}
          tick={{ fill: CHART_TEXT, fontSize }}
          width={Math.round(76 * k)}
          label={{
            value: yAxisTitle,
            angle: -90,
            position: 'insideLeft',
            style: { textAnchor: 'middle' },
            fill: CHART_TEXT,
            fontSize,
          }}
        />
        {chart.breaks.map((b) => (
          <ReferenceLine
            key={b.month}
            x={b.label}
            stroke={CHART_TEXT}
            strokeWidth={1.5 * k}
            label={{
              value: `Break: ${b.reason}`,
              position: 'insideTopLeft',
              fill: CHART_TEXT,
              fontSize,
            }}
          />
        ))}
        {(['upper', 'lower'] as const).map((key) => (
          <Line
            key={key}
            dataKey={key}
            type="stepAfter"
            stroke={OKABE_ITO.orange}
            strokeWidth={2 * k}
            strokeDasharray={dashArray('dotted', k)}
            dot={false}
            activeDot={false}
            isAnimationActive={false}
            connectNulls={false}
          />
        ))}
        <Line
          dataKey="mean"
          type="stepAfter"
          stroke={OKABE_ITO.bluishGreen}
          strokeWidth={2 * k}
          strokeDasharray={dashArray('dashed', k)}
          dot={false}
          activeDot={false}
          isAnimationActive={false}
          connectNulls={false}
        />
        <Line
          dataKey="value"
          stroke={CHART_TEXT}
          strokeWidth={1.5 * k}
          isAnimationActive={false}
          activeDot={false}
          dot={(props: { cx?: number; cy?: number; index?: number; value?: unknown }) => {
            const p = chart.points[props.index ?? -1];
            const style = MARK_STYLE[p?.mark ?? 'common'];
            return (
              <Marker
                key={`dot-${props.index}`}
                cx={props.cx}
                cy={props.cy}
                value={props.value}
                shape={style.shape}
                colour={style.colour}
                size={p && p.mark !== 'common' ? 1.4 * k : k}
              />
            );
          }}
        />
      </LineChart>
    </ChartFrame>
  );
}
