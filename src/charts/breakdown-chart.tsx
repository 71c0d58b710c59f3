import { Bar, BarChart, CartesianGrid, Legend, XAxis, YAxis } from 'recharts';
import { ChartFrame } from '@/charts/chart-frame';
import { BASE_FONT_SIZE } from '@/charts/direct-labels';
import { CHART_GRID, CHART_TEXT, OKABE_ITO } from '@/charts/palette';
import { valueScale } from '@/charts/scale';

/** One series of a breakdown chart: this period, the same period last year, England. */
export interface BreakdownSeries {
  key: string;
  label: string;
}

export interface BreakdownChartProps {
  title: string;
  summary: string;
  /** One row per category: its name and, per series key, the value (null: none). */
  data: ({ category: string } & Record<string, number | string | null>)[];
  series: BreakdownSeries[];
  xAxisTitle: string;
  formatTick: (value: number) => string;
  width?: number;
}

/** Okabe-Ito colours in series order; the bars also keep their order within each category. */
const FILLS = [OKABE_ITO.blue, OKABE_ITO.orange, OKABE_ITO.bluishGreen];

/**
 * A breakdown as horizontal bars, one group per category, one bar per series (SPEC 2.8). Ready
 * data in; no maths here. The data table is the caller's.
 */
export function BreakdownChart({
  title,
  summary,
  data,
  series,
  xAxisTitle,
  formatTick,
  width,
}: BreakdownChartProps) {
  const fontSize = BASE_FONT_SIZE;
  const values = data.flatMap((d) =>
    series.map((s) => (typeof d[s.key] === 'number' ? (d[s.key] as number) : null)),
  );
  const scale = valueScale([0, ...values]);
  const height = Math.max(160, data.length * (18 * series.length + 16) + 80);
  const size =
    width === undefined
      ? { responsive: true, style: { width: '100%', height } }
      : { width, height };
  return (
    <ChartFrame title={title} summary={summary}>
      <BarChart
        {...size}
        data={data}
        layout="vertical"
        margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
        accessibilityLayer={false}
      >
        <CartesianGrid stroke={CHART_GRID} horizontal={false} />
        <XAxis
          type="number"
          domain={[0, scale.max]}
          ticks={scale.ticks.filter((t) => t >= 0)}
          tickFormatter={formatTick}
          tick={{ fill: CHART_TEXT, fontSize }}
          height={48}
          label={{ value: xAxisTitle, position: 'insideBottom', fill: CHART_TEXT, fontSize }}
        />
        <YAxis
          type="category"
          dataKey="category"
          width={220}
          tick={{ fill: CHART_TEXT, fontSize }}
        />
        <Legend
          wrapperStyle={{ fontSize }}
          formatter={(value: string) => <span style={{ color: CHART_TEXT }}>{value}</span>}
        />
        {series.map((s, i) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.label}
            fill={FILLS[i]}
            isAnimationActive={false}
            barSize={16}
          />
        ))}
      </BarChart>
    </ChartFrame>
  );
}
