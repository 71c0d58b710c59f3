import { formatMonth } from '@/domain/periods';
import type { SignalDirection, XmrAnalysis } from '@/domain/spc';
import type { Polarity } from '@/domain/types';

/**
 * The SPC view of a chart as ready series (SPEC 3.9): each month with the mean, limits and
 * 2-sigma lines of its segment, and how a special cause marks it, so the chart draws and never
 * computes. Limits are null in a segment with too few months.
 */

/** How a point is marked: by shape as well as colour on the chart. */
export type PointMark = 'improvement' | 'concern' | 'neither' | 'common';

export interface SpcChartPoint {
  month: string;
  /** 'Dec-15'. */
  label: string;
  value: number;
  mean: number | null;
  upper: number | null;
  lower: number | null;
  upperTwoSigma: number | null;
  lowerTwoSigma: number | null;
  mark: PointMark;
}

export interface SpcChart {
  points: SpcChartPoint[];
  /** Series breaks to draw, with their reason ("Apr-15: new recording system"). */
  breaks: { month: string; label: string; reason: string }[];
}

function markOf(directions: SignalDirection[], polarity: Polarity): PointMark {
  if (directions.length === 0) return 'common';
  if (polarity !== 'high' && polarity !== 'low') return 'neither';
  const good: SignalDirection = polarity === 'high' ? 'up' : 'down';
  // Improvement wins when both fire on one point, as for the verdict.
  return directions.includes(good) ? 'improvement' : 'concern';
}

export function spcChart(analysis: XmrAnalysis, polarity: Polarity): SpcChart {
  const points = analysis.segments.flatMap((segment) =>
    segment.points.map((p): SpcChartPoint => ({
      month: p.month,
      label: formatMonth(p.month),
      value: p.value,
      mean: segment.limits?.mean ?? null,
      upper: segment.limits?.upper ?? null,
      lower: segment.limits?.lower ?? null,
      upperTwoSigma: segment.limits?.upperTwoSigma ?? null,
      lowerTwoSigma: segment.limits?.lowerTwoSigma ?? null,
      mark: markOf(
        p.causes.map((c) => c.direction),
        polarity,
      ),
    })),
  );
  const breaks = analysis.segments.flatMap((s) =>
    s.startedBy === null
      ? []
      : [
          {
            month: s.startedBy.month,
            label: formatMonth(s.startedBy.month),
            reason: s.startedBy.reason,
          },
        ],
  );
  return { points, breaks };
}
