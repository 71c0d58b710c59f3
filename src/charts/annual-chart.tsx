import { Bar, BarChart, CartesianGrid, LabelList, ReferenceLine, XAxis, YAxis } from 'recharts';
import type { ChartSize } from '@/charts/chart-types';
import { ChartFrame } from '@/charts/chart-frame';
import { ChartKey, type KeyItem } from '@/charts/chart-key';
import { BASE_FONT_SIZE, DirectLabels } from '@/charts/direct-labels';
import { CHART_GRID, CHART_TEXT, dashArray, OKABE_ITO, ROLE_STYLE } from '@/charts/palette';
import { valueScale } from '@/charts/scale';
import type { TrendReference } from '@/charts/trend-chart';
import { DEFAULT_HEIGHT } from '@/charts/line-chart-view';

export interface AnnualBar {
  /** e.g. "2014/15". */
  label: string;
  value: number | null;
  /** The value as shown on the bar, e.g. "22.8%". */
  text: string;
}

export interface AnnualChartProps extends ChartSize {
  title: string;
  summary: string;
  years: AnnualBar[];
  references: TrendReference[];
  yAxisTitle: string;
  formatTick: (value: number) => string;
  exportable?: boolean;
}

/** The year-on-year trend: one bar per financial year, its value written on it. */
export function AnnualChart({
  title,
  summary,
  years,
  references,
  yAxisTitle,
  formatTick,
  exportable = true,
  width,
  height = DEFAULT_HEIGHT,
  fontSize = BASE_FONT_SIZE,
}: AnnualChartProps) {
  const k = fontSize / BASE_FONT_SIZE;
  const data = years.map((y) => ({
    year: y.label,
    value: y.value,
    text: y.value === null ? '' : y.text,
  }));
  const scale = valueScale([...years.map((y) => y.value), ...references.map((r) => r.value)]);
  const size =
    width === undefined
      ? { responsive: true, style: { width: '100%', height } }
      : { width, height };
  const keyItems: KeyItem[] = references.map((r) => ({
    kind: 'line',
    key: r.key,
    label: r.label,
    colour: ROLE_STYLE[r.role].colour,
    style: ROLE_STYLE[r.role].style,
  }));
  return (
    <ChartFrame
      title={title}
      summary={summary}
      exportable={exportable}
      keyItems={<ChartKey items={keyItems} />}
    >
      <BarChart
        {...size}
        data={data}
        margin={{
          top: Math.round(24 * k),
          right: Math.round(250 * k),
          bottom: Math.round(8 * k),
          left: Math.round(12 * k),
        }}
        accessibilityLayer={false}
      >
        <CartesianGrid stroke={CHART_GRID} vertical={false} />
        <XAxis
          dataKey="year"
          tick={{ fill: CHART_TEXT, fontSize }}
          height={Math.round(48 * k)}
          label={{
            value: 'Financial year (April to March)',
            position: 'insideBottom',
            fill: CHART_TEXT,
            fontSize,
          }}
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
        <Bar dataKey="value" fill={OKABE_ITO.blue} isAnimationActive={false} maxBarSize={90}>
          <LabelList dataKey="text" position="top" fill={CHART_TEXT} fontSize={fontSize} />
        </Bar>
        {references.map((r) => (
          <ReferenceLine
            key={r.key}
            y={r.value}
            stroke={ROLE_STYLE[r.role].colour}
            strokeWidth={2 * k}
            strokeDasharray={dashArray(ROLE_STYLE[r.role].style, k)}
            ifOverflow="extendDomain"
          />
        ))}
        <DirectLabels
          labels={references.map((r) => ({
            key: r.key,
            value: r.value,
            text: r.label,
            colour: ROLE_STYLE[r.role].colour,
            style: ROLE_STYLE[r.role].style,
          }))}
          fontSize={fontSize}
        />
      </BarChart>
    </ChartFrame>
  );
}
