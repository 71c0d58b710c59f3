import type { ChartLine, ChartSize } from '@/charts/chart-types';
import { ChartFrame } from '@/charts/chart-frame';
import { LineChartView } from '@/charts/line-chart-view';
import { SERIES_STYLES } from '@/charts/palette';

/** The most series one chart shows: more lines than this cannot be told apart. */
export const MAX_SERIES = 4;

export interface MultiSeries {
  key: string;
  /** Short direct label at the line's end, e.g. "3.6 No further action". */
  label: string;
  values: (number | null)[];
}

export interface MultiSeriesChartProps extends ChartSize {
  title: string;
  summary: string;
  categories: string[];
  /** At most MAX_SERIES; any more are left out (the caller's table still lists them). */
  series: MultiSeries[];
  xAxisTitle: string;
  yAxisTitle: string;
  formatTick: (value: number) => string;
  exportable?: boolean;
}

/** Several related measures on one chart, each with its own colour, dash and marker shape. */
export function MultiSeriesChart({
  title,
  summary,
  categories,
  series,
  xAxisTitle,
  yAxisTitle,
  formatTick,
  exportable = true,
  width,
  height,
  fontSize,
}: MultiSeriesChartProps) {
  const lines: ChartLine[] = series.slice(0, MAX_SERIES).map((s, i) => {
    const style = SERIES_STYLES[i % SERIES_STYLES.length] ?? SERIES_STYLES[0]!;
    return {
      key: `s${i}`,
      label: s.label,
      values: s.values,
      colour: style.colour,
      style: style.style,
      width: i === 0 ? 3 : 2,
      marker: style.marker,
    };
  });
  return (
    // One legend: each line is named at its right-hand end (direct labels), not in a key as well.
    <ChartFrame title={title} summary={summary} exportable={exportable}>
      <LineChartView
        categories={categories}
        lines={lines}
        references={[]}
        bands={[]}
        xAxisTitle={xAxisTitle}
        yAxisTitle={yAxisTitle}
        formatTick={formatTick}
        width={width}
        height={height}
        fontSize={fontSize}
        labelWidth={280}
      />
    </ChartFrame>
  );
}
