import { Bar, BarChart, CartesianGrid, useXAxisScale, useYAxisScale, XAxis, YAxis } from 'recharts';
import type { ChartSize } from '@/charts/chart-types';
import { ChartFrame } from '@/charts/chart-frame';
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

/**
 * Each benchmark drawn across the bar of its own year only (an SN average for 2014/15 says
 * nothing about 2013/14); a benchmark whose year has no bar is named in the labels, not drawn.
 */
function YearSegments({ references, k }: { references: TrendReference[]; k: number }) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  if (!x || !y) return null;
  return (
    <g className="chart__year-benchmarks">
      {references.map((r) => {
        const x1 = r.year === undefined ? undefined : x(r.year, { position: 'start' });
        const x2 = r.year === undefined ? undefined : x(r.year, { position: 'end' });
        const yy = y(r.value);
        if (x1 === undefined || x2 === undefined || yy === undefined) return null;
        return (
          <line
            key={r.key}
            data-year={r.year}
            x1={x1}
            x2={x2}
            y1={yy}
            y2={yy}
            stroke={ROLE_STYLE[r.role].colour}
            strokeWidth={2 * k}
            strokeDasharray={dashArray(ROLE_STYLE[r.role].style, k)}
          />
        );
      })}
    </g>
  );
}

/**
 * Each bar's value above it, drawn after the benchmark lines with a white halo, so a line at
 * that height passes behind the figure instead of striking it through.
 */
function BarValues({ years, fontSize }: { years: AnnualBar[]; fontSize: number }) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  if (!x || !y) return null;
  return (
    <g className="chart__bar-values">
      {years.map((b) => {
        const cx = x(b.label, { position: 'middle' });
        const top = b.value === null ? undefined : y(b.value);
        if (cx === undefined || top === undefined) return null;
        return (
          <text
            key={b.label}
            x={cx}
            y={top - fontSize * 0.5}
            textAnchor="middle"
            fontSize={fontSize}
            fill={CHART_TEXT}
            stroke="#ffffff"
            strokeWidth={fontSize * 0.35}
            strokeLinejoin="round"
            paintOrder="stroke"
          >
            {b.text}
          </text>
        );
      })}
    </g>
  );
}

/** The year-on-year trend: one bar per financial year, its value written above it. */
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
  return (
    <ChartFrame title={title} summary={summary} exportable={exportable}>
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
        <Bar dataKey="value" fill={OKABE_ITO.blue} isAnimationActive={false} maxBarSize={90} />
        <YearSegments references={references} k={k} />
        <BarValues years={years} fontSize={fontSize} />
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
