/**
 * The benchmark's figures, their targets (issue 9) and the table `npm run bench` prints.
 * Pure functions, tested in tests/bench/report.test.ts.
 */

export type MetricKey =
  | 'typicalImportToPaintMs'
  | 'importThroughputRatioToPapaParse'
  | 'millionRowImportMs'
  | 'millionRowMaxLongTaskMs'
  | 'monthSwitchMs'
  | 'monthSwitchLargeMs'
  | 'indicatorChartMs'
  | 'heapAfterMillionRowsMB'
  | 'initialJsGzipKB'
  | 'totalJsGzipKB';

interface Metric {
  key: MetricKey;
  what: string;
  /** At most (`max`) or at least (`min`) this; null where the issue sets no target. */
  target: { max: number } | { min: number } | null;
  unit: 'ms' | 'x' | 'MB' | 'KB';
}

/** In the order of the issue's table. */
export const METRICS: readonly Metric[] = [
  {
    key: 'typicalImportToPaintMs',
    what: "typical upload (the example's 4 files) to painted scorecard",
    target: { max: 300 },
    unit: 'ms',
  },
  {
    key: 'importThroughputRatioToPapaParse',
    what: 'import throughput / bare PapaParse in a worker, 1M rows',
    target: { min: 0.5 },
    unit: 'x',
  },
  {
    key: 'millionRowImportMs',
    what: '1M-row import: file chosen to review, plus Confirm to "Imported"',
    target: null,
    unit: 'ms',
  },
  {
    key: 'millionRowMaxLongTaskMs',
    what: 'longest main-thread task during the 1M-row import',
    target: { max: 100 },
    unit: 'ms',
  },
  {
    key: 'monthSwitchMs',
    what: 'scorecard month switch, example (75 rows)',
    target: { max: 50 },
    unit: 'ms',
  },
  {
    key: 'monthSwitchLargeMs',
    what: 'month switch, 500 indicators x 60 months',
    target: { max: 100 },
    unit: 'ms',
  },
  {
    key: 'indicatorChartMs',
    what: 'indicator page to chart painted, warm',
    target: { max: 150 },
    unit: 'ms',
  },
  {
    key: 'heapAfterMillionRowsMB',
    what: 'JS heap (page) after a 1M-row import, after GC',
    target: { max: 200 },
    unit: 'MB',
  },
  {
    key: 'initialJsGzipKB',
    what: 'JS loaded on first visit (gzip)',
    target: { max: 150 },
    unit: 'KB',
  },
  { key: 'totalJsGzipKB', what: 'all JS in the build (gzip)', target: null, unit: 'KB' },
];

/** The median of the samples (the mean of the middle two for an even count); NaN for none. */
export function median(samples: readonly number[]): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** A figure rounded for the results file: ratios to 2 places, everything else to 1. */
export const rounded = (key: MetricKey, value: number): number =>
  key === 'importThroughputRatioToPapaParse'
    ? Math.round(value * 100) / 100
    : Math.round(value * 10) / 10;

/** Whether a figure meets its target: 'met', 'missed', or 'no target' (and 'not measured'). */
export function verdict(metric: Metric, value: number | undefined): string {
  if (value === undefined || Number.isNaN(value)) return 'not measured';
  if (metric.target === null) return 'no target';
  const met = 'max' in metric.target ? value <= metric.target.max : value >= metric.target.min;
  return met ? 'met' : 'MISSED';
}

const targetText = (m: Metric): string => {
  if (m.target === null) return '-';
  return 'max' in m.target
    ? `<= ${m.target.max} ${m.unit}`
    : `>= ${m.target.min}${m.unit === 'x' ? 'x' : ` ${m.unit}`}`;
};

const figureText = (m: Metric, value: number | undefined): string => {
  if (value === undefined || Number.isNaN(value)) return '-';
  return m.unit === 'x' ? `${value.toFixed(2)}x` : `${value.toFixed(1)} ${m.unit}`;
};

/** The plain-text table printed at the end of a run: figure, target and verdict per metric. */
export function resultTable(results: Partial<Record<MetricKey, number>>): string {
  const rows = [
    ['metric', 'median', 'target', ''],
    ...METRICS.map((m) => [
      m.key,
      figureText(m, results[m.key]),
      targetText(m),
      verdict(m, results[m.key]),
    ]),
  ];
  const widths = [0, 1, 2, 3].map((c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows
    .map((r) =>
      r
        .map((cell, c) => (c === 1 ? cell.padStart(widths[c] ?? 0) : cell.padEnd(widths[c] ?? 0)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
