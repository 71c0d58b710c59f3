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
import { BASE_FONT_SIZE, DirectLabels, type DirectLabel } from '@/charts/direct-labels';
import { Marker } from '@/charts/markers';
import { AMBER_FILL, AMBER_OPACITY, CHART_GRID, CHART_TEXT, dashArray } from '@/charts/palette';
import { categoryTicks, valueScale, type ValueScale } from '@/charts/scale';

export interface LineChartViewProps extends ChartSize {
  categories: string[];
  lines: ChartLine[];
  references: ChartReference[];
  bands: ChartBand[];
  xAxisTitle: string;
  yAxisTitle: string;
  formatTick: (value: number) => string;
  /**
   * Room on the right for the direct labels, in pixels at the 13px text size (it grows with
   * `fontSize`, up to 30% of a fixed width). Longer labels wrap onto two lines.
   */
  labelWidth?: number;
  /** The value axis, when the caller chose it (meeting mode states it in words); else from zero. */
  scale?: ValueScale;
  /** Label every category (meeting mode): turned upright when level labels would not fit. */
  everyCategory?: boolean;
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
  fontSize = BASE_FONT_SIZE,
  scale: chosenScale,
  everyCategory = false,
}: LineChartViewProps) {
  const k = fontSize / BASE_FONT_SIZE;
  // Larger text on a fixed width (a projector) gets at most 30% of the width for its labels,
  // which wrap to fit, so the plot keeps most of the room.
  const right = Math.round(
    width === undefined || k <= 1
      ? labelWidth * k
      : Math.max(Math.min(labelWidth * k, width * 0.3), labelWidth * 0.8),
  );
  const axisWidth = Math.round(50 + 26 * k);
  const data = categories.map((category, i) => {
    const row: Record<string, string | number | null> = { category };
    for (const line of lines) row[line.key] = line.values[i] ?? null;
    return row;
  });
  const scale =
    chosenScale ??
    valueScale([
      ...lines.flatMap((l) => l.values),
      ...references.map((r) => r.value),
      ...bands.flatMap((b) => [b.low, b.high]),
    ]);
  // Every month labelled: level where they fit the plot's width, else upright (none dropped).
  const categoryLayout =
    everyCategory && width !== undefined
      ? categoryTicks(width - right - axisWidth - Math.round(12 * k), categories, fontSize)
      : null;
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
      margin={{
        top: Math.round(12 * k),
        right,
        bottom: Math.round(8 * k),
        left: Math.round(12 * k),
      }}
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
      {categoryLayout ? (
        <XAxis
          dataKey="category"
          interval={categoryLayout.step - 1}
          angle={categoryLayout.angle}
          textAnchor={categoryLayout.angle === 0 ? 'middle' : 'end'}
          tick={{ fill: CHART_TEXT, fontSize }}
          tickSize={6 * k}
          height={categoryLayout.height + Math.round(fontSize * 1.6)}
          label={{ value: xAxisTitle, position: 'insideBottom', fill: CHART_TEXT, fontSize }}
        />
      ) : (
        <XAxis
          dataKey="category"
          tick={{ fill: CHART_TEXT, fontSize }}
          tickSize={6 * k}
          height={Math.round(48 * k)}
          label={{ value: xAxisTitle, position: 'insideBottom', fill: CHART_TEXT, fontSize }}
        />
      )}
      <YAxis
        domain={[scale.min, scale.max]}
        ticks={scale.ticks}
        tickFormatter={formatTick}
        tick={{ fill: CHART_TEXT, fontSize }}
        tickSize={6 * k}
        width={axisWidth}
        label={{
          value: yAxisTitle,
          angle: -90,
          position: 'insideLeft',
          style: { textAnchor: 'middle' },
          fill: CHART_TEXT,
          fontSize,
        }}
      />
      {references.map((r) => (
        <ReferenceLine
          key={r.key}
          y={r.value}
          stroke={r.colour}
          strokeWidth={2 * k}
          strokeDasharray={dashArray(r.style, k)}
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
          strokeWidth={l.width * k}
          strokeDasharray={dashArray(l.style, k)}
          dot={
            l.noMarkers
              ? false
              : (props) => (
                  <Marker
                    key={`${l.key}-${props.index}`}
                    cx={props.cx}
                    cy={props.cy}
                    value={props.value}
                    shape={l.marker}
                    colour={l.colour}
                    size={k}
                  />
                )
          }
          isAnimationActive={false}
          connectNulls={false}
        />
      ))}
      <DirectLabels labels={labels} fontSize={fontSize} />
    </LineChart>
  );
}
