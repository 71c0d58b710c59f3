import type { ChartBand, ChartLine, ChartReference, ChartSize } from '@/charts/chart-types';
import { ChartFrame } from '@/charts/chart-frame';
import { LineChartView } from '@/charts/line-chart-view';
import { ROLE_STYLE, type LineRole } from '@/charts/palette';
import type { ValueScale } from '@/charts/scale';

/** One year's months in financial-year order (null = no value). */
export interface TrendYear {
  /** e.g. "2015/16". */
  label: string;
  values: (number | null)[];
}

/** A horizontal line of the trend chart, named by its role (the role decides its style). */
export interface TrendReference {
  key: string;
  role: Exclude<LineRole, 'current' | 'previous'>;
  value: number;
  /** e.g. "Target 23%", "SN average 2014/15: 23.6%". */
  label: string;
  /** The financial year a benchmark is for ("2014/15"): the annual chart draws it over that year only. */
  year?: string;
}

export interface TrendChartProps extends ChartSize {
  title: string;
  /** The accessible summary of the drawing. */
  summary: string;
  /** Category labels, April to March ("Apr" ... "Mar"). */
  months: string[];
  current: TrendYear;
  previous: TrendYear | null;
  references: TrendReference[];
  /** The amber band(s), shaded. */
  bands: ChartBand[];
  yAxisTitle: string;
  xAxisTitle?: string;
  formatTick: (value: number) => string;
  exportable?: boolean;
  /** Lines that are not actuals (a projection, a trajectory), drawn after the years, unmarked. */
  extraLines?: ChartLine[];
  /** The value axis chosen by the caller (meeting mode); from zero when absent. */
  scale?: ValueScale;
  /** Label every month (meeting mode). */
  everyCategory?: boolean;
}

/**
 * The months of the selected financial year and of the previous one as two lines (the previous
 * year solid, lighter and thinner, labelled by the caller "Same month last year", so its months
 * after "as at" never read as a forecast), with the target, the amber band, and the SN average
 * and England as labelled lines. One legend: the lines are named at their right-hand end.
 */
export function TrendChart({
  title,
  summary,
  months,
  current,
  previous,
  references,
  bands,
  yAxisTitle,
  xAxisTitle = 'Month (financial year, April to March)',
  formatTick,
  exportable = true,
  width,
  height,
  fontSize,
  extraLines = [],
  scale,
  everyCategory,
}: TrendChartProps) {
  const lineOf = (key: 'current' | 'previous', year: TrendYear): ChartLine => ({
    key,
    label: year.label,
    values: year.values,
    colour: ROLE_STYLE[key].colour,
    style: ROLE_STYLE[key].style,
    width: ROLE_STYLE[key].width,
    marker: key === 'current' ? 'circle' : 'square',
  });
  const lines = [
    lineOf('current', current),
    ...(previous ? [lineOf('previous', previous)] : []),
    ...extraLines,
  ];
  const refs: ChartReference[] = references.map((r) => ({
    key: r.key,
    value: r.value,
    label: r.label,
    colour: ROLE_STYLE[r.role].colour,
    style: ROLE_STYLE[r.role].style,
  }));
  return (
    <ChartFrame title={title} summary={summary} exportable={exportable}>
      <LineChartView
        categories={months}
        lines={lines}
        references={refs}
        bands={bands}
        xAxisTitle={xAxisTitle}
        yAxisTitle={yAxisTitle}
        formatTick={formatTick}
        width={width}
        height={height}
        fontSize={fontSize}
        scale={scale}
        everyCategory={everyCategory}
      />
    </ChartFrame>
  );
}
