import type { IndicatorView, SeriesPoint } from '@/domain/indicator-view';
import type { Unit } from '@/domain/types';
import { formatNumber, formatThreshold, shownDecimals } from '@/domain/format';
import { FY_SHORT_MONTHS, formatMonthLong } from '@/domain/periods';
import { TrendChart, type TrendReference } from '@/charts/trend-chart';
import { AnnualChart } from '@/charts/annual-chart';
import { MultiSeriesChart } from '@/charts/multi-series-chart';
import type { ChartBand } from '@/charts/chart-types';
import type { ValueScale } from '@/charts/scale';
import { ChartDataTable, MultiSeriesTable, seriesRows } from '@/components/chart-data-table';
import { outlookLines, outlookSummary } from '@/components/outlook-lines';

/** The previous year's line: what it is, in words, never just a year that reads as this one's. */
export const previousYearLabel = (year: string) => `Same month last year (${year})`;

/** Value-axis titles, with the unit. */
export const AXIS_TITLES: Record<Unit, string> = {
  count: 'Number',
  percent: 'Percentage (%)',
  rate_per_10k: 'Rate per 10,000 children',
  days: 'Days',
  average: 'Average',
};

interface ChartProps {
  view: IndicatorView;
  /** Fixed width in pixels (print, meeting mode); the container's width when omitted. */
  width?: number;
  height?: number;
  /** Text size of the chart in pixels (13 when not given; larger on a projector). */
  fontSize?: number;
  /** Show the export buttons (not in print). */
  exportable?: boolean;
  /** Show the data table under the chart. */
  withTable?: boolean;
}

const BENCHMARK_LABEL = { sn_avg: 'SN average', national_avg: 'England' } as const;

function tick(unit: Unit) {
  return (v: number) => formatNumber(v, unit, Number.isInteger(v) ? 0 : 1);
}

/** The reference lines of an indicator: target lines and SN / England, each labelled with its value. */
export function trendReferences(view: IndicatorView): TrendReference[] {
  // Targets as written ("23%") and benchmarks as published ("23.6%"), not at the indicator's precision.
  const f = (v: number) => formatThreshold(v, view.indicator.unit);
  const b = (v: number) => formatNumber(v, view.indicator.unit, null);
  const targets: TrendReference[] = view.target.lines.map((line) => ({
    key: line.kind,
    role: line.kind === 'range-low' || line.kind === 'range-high' ? 'range' : 'target',
    value: line.value,
    label:
      line.kind === 'range-low'
        ? `Range bottom ${f(line.value)}`
        : line.kind === 'range-high'
          ? `Range top ${f(line.value)}`
          : `Target ${f(line.value)}`,
  }));
  const benchmarks: TrendReference[] = view.references.map((r) => ({
    key: r.kind,
    role: r.kind,
    value: r.value,
    label: `${BENCHMARK_LABEL[r.kind]} ${r.year}: ${b(r.value)}${r.stale ? ' (out of date)' : ''}`,
    year: r.year,
  }));
  return [...targets, ...benchmarks];
}

const valuesOf = (points: SeriesPoint[]) => points.map((p) => p.value);

/** The precision of the indicator's figures (catalogue decimals, else as its values were written). */
const precisionOf = (view: IndicatorView) =>
  shownDecimals(view.indicator.decimals, [
    ...valuesOf(view.year.points),
    ...valuesOf(view.previousYear.points),
  ]);

/** The amber band(s), their ends at the indicator's precision ("Amber: 22.0 to 22.2", not 22.22). */
function amberBands(view: IndicatorView): ChartBand[] {
  const d = precisionOf(view);
  const f = (v: number) => formatNumber(v, view.indicator.unit, d);
  return view.target.amberBands.map((b, i) => ({
    key: `amber-${i}`,
    low: b.low,
    high: b.high,
    label: `Amber: ${f(b.low)} to ${f(b.high)}`,
  }));
}

/** The accessible summary of the trend chart: what it shows, the latest value, and the lines. */
export function trendSummary(view: IndicatorView): string {
  const { indicator: ind } = view;
  const latest = [...view.year.points].reverse().find((p) => p.value !== null);
  const parts = [
    `Line chart of ${ind.id} ${ind.name}, by month, ${view.year.year}, with the same months of ${view.previousYear.year} as a lighter line.`,
    latest && latest.value !== null
      ? `${formatMonthLong(latest.month)}: ${formatNumber(latest.value, ind.unit, ind.decimals)}.`
      : `No value in ${view.year.year} yet.`,
    ...trendReferences(view).map((r) => `${r.label}.`),
    ...amberBands(view).map((b) => `${b.label}.`),
    ...outlookSummary(view),
    'The values are in the table below the chart.',
  ];
  return parts.join(' ');
}

/** Rows of the monthly table: the previous year's months and this year's up to "as at", oldest first. */
function monthRows(view: IndicatorView) {
  // The previous year's rows only when it has any value: twelve empty rows would say nothing.
  const previous = view.previousYear.points.some((p) => p.value !== null || p.raw.trim() !== '')
    ? view.previousYear.points
    : [];
  const points = [...previous, ...view.year.points].filter((p) => p.month <= view.asAt);
  return seriesRows(points, view.indicator.unit, view.indicator.decimals);
}

/**
 * Every value the trend chart draws: both years' months, the target and amber band, and the
 * benchmark lines (meeting mode fits its value axis to them).
 */
export const trendChartValues = (view: IndicatorView): (number | null)[] => [
  ...valuesOf(view.year.points),
  ...valuesOf(view.previousYear.points),
  ...trendReferences(view).map((r) => r.value),
  ...amberBands(view).flatMap((b) => [b.low, b.high]),
];

/** The value-axis ticks of an indicator's charts ("85%", "1,000"). */
export const axisTick = (unit: Unit) => tick(unit);

/** The monthly trend chart of an indicator, with its data table. */
export function IndicatorTrendChart({
  view,
  width,
  height,
  fontSize,
  exportable = true,
  withTable = true,
  scale,
  everyMonth = false,
  paperMonths,
}: ChartProps & {
  /** On paper, the data table's last this many months only (the pack); all when absent. */
  paperMonths?: number;
  /** The value axis (meeting mode's, fitted to the lines); from zero when absent. */
  scale?: ValueScale;
  /** Label every month, upright where level labels would not fit (meeting mode). */
  everyMonth?: boolean;
}) {
  const { indicator: ind } = view;
  const rows = monthRows(view);
  const hasPrevious = view.previousYear.points.some((p) => p.value !== null);
  return (
    <div className="indicator-chart">
      <TrendChart
        title={`${ind.id} ${ind.name}: by month`}
        summary={trendSummary(view)}
        months={FY_SHORT_MONTHS}
        current={{ label: view.year.year, values: valuesOf(view.year.points) }}
        previous={
          hasPrevious
            ? {
                label: previousYearLabel(view.previousYear.year),
                values: valuesOf(view.previousYear.points),
              }
            : null
        }
        references={trendReferences(view)}
        bands={amberBands(view)}
        extraLines={outlookLines(view)}
        yAxisTitle={AXIS_TITLES[ind.unit]}
        formatTick={tick(ind.unit)}
        exportable={exportable}
        width={width}
        height={height}
        fontSize={fontSize}
        scale={scale}
        everyCategory={everyMonth}
      />
      {withTable ? (
        <ChartDataTable
          caption={`${ind.id} by month, ${formatMonthLong(rows[0]?.key ?? view.asAt)} to ${formatMonthLong(view.asAt)}`}
          rowHeader="Month"
          valueHeader={AXIS_TITLES[ind.unit]}
          rows={rows}
          unit={ind.unit}
          decimals={ind.decimals}
          paperRows={paperMonths}
        />
      ) : null}
    </div>
  );
}

/** The year-on-year chart (annual outturns), with its table. Nothing when no year has an outturn. */
export function IndicatorAnnualChart({
  view,
  width,
  height,
  fontSize,
  exportable = true,
  withTable = true,
}: ChartProps) {
  const { indicator: ind } = view;
  if (view.annual.length === 0) return null;
  const f = (v: number) => formatNumber(v, ind.unit, ind.decimals);
  const references = trendReferences(view).filter(
    (r) => r.role === 'sn_avg' || r.role === 'national_avg',
  );
  const summary = [
    `Bar chart of ${ind.id} ${ind.name}, by financial year.`,
    ...view.annual.map((a) => `${a.year}: ${f(a.value)}.`),
    ...references.map((r) => `${r.label}.`),
  ].join(' ');
  return (
    <div className="indicator-chart">
      <AnnualChart
        title={`${ind.id} ${ind.name}: year on year`}
        summary={summary}
        years={view.annual.map((a) => ({ label: a.year, value: a.value, text: f(a.value) }))}
        references={references}
        yAxisTitle={AXIS_TITLES[ind.unit]}
        formatTick={tick(ind.unit)}
        exportable={exportable}
        width={width}
        height={height}
        fontSize={fontSize}
      />
      {withTable ? (
        <ChartDataTable
          caption={`${ind.id} by financial year (annual outturn)`}
          rowHeader="Financial year"
          valueHeader={AXIS_TITLES[ind.unit]}
          rows={view.annual.map((a) => ({
            key: a.year,
            label: a.year,
            value: a.value,
            marker: '',
            numerator: null,
            denominator: null,
            note: a.source === 'computed' ? 'computed from the months' : '',
          }))}
          unit={ind.unit}
          decimals={ind.decimals}
        />
      ) : null}
    </div>
  );
}

/** The related measures on one chart (at most four), with their table. Nothing without a group. */
export function RelatedMeasuresChart({
  view,
  width,
  height,
  fontSize,
  exportable = true,
  withTable = true,
}: ChartProps) {
  const { indicator: ind } = view;
  if (!view.related) return null;
  const points = (p: SeriesPoint[]) => p.filter((x) => x.month <= view.asAt);
  const series = view.related.series.map((s) => ({
    key: s.indicator.id,
    label: s.label,
    points: points(s.points),
  }));
  const summary = [
    `Line chart of ${series.length} related measures by month, ${view.year.year}.`,
    ...series.map((s) => {
      const last = [...s.points].reverse().find((p) => p.value !== null);
      return last && last.value !== null
        ? `${s.label}: ${formatNumber(last.value, ind.unit, ind.decimals)} in ${last.label}.`
        : `${s.label}: no value.`;
    }),
  ].join(' ');
  return (
    <div className="indicator-chart">
      <MultiSeriesChart
        title={`Related measures: ${view.related.series.map((s) => s.indicator.id).join(', ')}`}
        summary={summary}
        categories={FY_SHORT_MONTHS}
        series={view.related.series.map((s) => ({
          key: s.indicator.id,
          label: s.label,
          values: valuesOf(s.points),
        }))}
        xAxisTitle={`Month (${view.year.year}, April to March)`}
        yAxisTitle={AXIS_TITLES[ind.unit]}
        formatTick={tick(ind.unit)}
        exportable={exportable}
        width={width}
        height={height}
        fontSize={fontSize}
      />
      <p className="hint">{view.related.group.rule}</p>
      {withTable ? (
        <MultiSeriesTable
          caption={`Related measures by month, ${view.year.year}`}
          series={series}
          unit={ind.unit}
          decimals={ind.decimals}
        />
      ) : null}
    </div>
  );
}
