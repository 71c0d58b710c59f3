import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceArea,
  ReferenceLine,
  XAxis,
  YAxis,
} from 'recharts';
import type { ChartBand, ChartLine, ChartReference, ChartSize } from '@/charts/chart-types';
import { DirectLabels, type DirectLabel } from '@/charts/direct-labels';
import { Marker } from '@/charts/markers';
import { AMBER_FILL, AMBER_OPACITY, CHART_GRID, CHART_TEXT, DASH } from '@/charts/palette';
import { valueScale } from '@/charts/scale';

export interface LineChartViewProps extends ChartSize {
  categories: string[];
  lines: ChartLine[];
  references: ChartReference[];
  bands: ChartBand[];
  xAxisTitle: string;
  yAxisTitle: string;
  formatTick: (value: number) => string;
  /** Room on the right for the direct labels, in pixels. */
  labelWidth?: number;
}

export const DEFAULT_HEIGHT = 360;

/** Last value of a line that is not null, for placing its direct label. */
function lastValue(values: (number | null)[]): number | null {
  for (let i = values.length - 1; i >= 0; i -= 1) {
    const v = values[i];
    if (v !== null && v !== undefined) return v;
  }
  return null;
}

/**
 * Lines over categories with reference lines, shaded bands and direct labels: the drawing shared
 * by the trend and multi-series charts. No animation (a chart must be readable at once, and in
 * print). Width fixed when given, else the container's.
 */
export function LineChartView({
  categories,
  lines,
  references,
  bands,
  xAxisTitle,
  yAxisTitle,
  formatTick,
  width,
  height = DEFAULT_HEIGHT,
  labelWidth = 250,
}: LineChartViewProps) {
  const data = categories.map((category, i) => {
    const row: Record<string, string | number | null> = { category };
    for (const line of lines) row[line.key] = line.values[i] ?? null;
    return row;
  });
  const scale = valueScale([
    ...lines.flatMap((l) => l.values),
    ...references.map((r) => r.value),
    ...bands.flatMap((b) => [b.low, b.high]),
  ]);
  const labels: DirectLabel[] = [
    ...lines.flatMap((l) => {
      const value = lastValue(l.values);
      return value === null
        ? []
        : [{ key: l.key, value, text: l.label, colour: l.colour, style: l.style }];
    }),
    ...bands.map((b) => ({
      key: b.key,
      value: (b.low + b.high) / 2,
      text: b.label,
      colour: AMBER_FILL,
      style: 'solid' as const,
      swatch: 'band' as const,
    })),
    ...references.map((r) => ({
      key: r.key,
      value: r.value,
      text: r.label,
      colour: r.colour,
      style: r.style,
    })),
  ];
  const size =
    width === undefined
      ? { responsive: true, style: { width: '100%', height } }
      : { width, height };
  return (
    <LineChart
      {...size}
      data={data}
      margin={{ top: 12, right: labelWidth, bottom: 8, left: 12 }}
      accessibilityLayer={false}
    >
      <CartesianGrid stroke={CHART_GRID} vertical={false} />
      {bands.map((b) => (
        <ReferenceArea
          key={b.key}
          y1={b.low}
          y2={b.high}
          fill={AMBER_FILL}
          fillOpacity={AMBER_OPACITY}
          stroke="none"
          ifOverflow="extendDomain"
        />
      ))}
      <XAxis
        dataKey="category"
        tick={{ fill: CHART_TEXT, fontSize: 13 }}
        height={48}
        label={{ value: xAxisTitle, position: 'insideBottom', fill: CHART_TEXT, fontSize: 13 }}
      />
      <YAxis
        domain={[scale.min, scale.max]}
        ticks={scale.ticks}
        tickFormatter={formatTick}
        tick={{ fill: CHART_TEXT, fontSize: 13 }}
        width={76}
        label={{
          value: yAxisTitle,
          angle: -90,
          position: 'insideLeft',
          style: { textAnchor: 'middle' },
          fill: CHART_TEXT,
          fontSize: 13,
        }}
      />
      {references.map((r) => (
        <ReferenceLine
          key={r.key}
          y={r.value}
          stroke={r.colour}
          strokeWidth={2}
          strokeDasharray={DASH[r.style] || undefined}
          ifOverflow="extendDomain"
        />
      ))}
      {lines.map((l) => (
        <Line
          key={l.key}
          dataKey={l.key}
          name={l.label}
          type="linear"
          stroke={l.colour}
          strokeWidth={l.width}
          strokeDasharray={DASH[l.style] || undefined}
          dot={(props) => (
            <Marker
              key={`${l.key}-${props.index}`}
              cx={props.cx}
              cy={props.cy}
              value={props.value}
              shape={l.marker}
              colour={l.colour}
            />
          )}
          isAnimationActive={false}
          connectNulls={false}
        />
      ))}
      <DirectLabels labels={labels} />
    </LineChart>
  );
}
