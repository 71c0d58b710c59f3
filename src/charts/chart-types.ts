import type { LineStyle, MarkerShape } from '@/charts/palette';

/**
 * The ready-made inputs of the charts. Charts draw these as given: every number, label and
 * sentence is computed before it reaches them (by the domain, then formatted by components).
 */

/** One line of values over the chart's categories (null = no value: a gap in the line). */
export interface ChartLine {
  key: string;
  /** Direct label at the right of the chart, e.g. "2015/16" or "3.6 No further action". */
  label: string;
  values: (number | null)[];
  colour: string;
  style: LineStyle;
  width: number;
  marker: MarkerShape;
  /** No markers: a projection or a path, not months that happened. */
  noMarkers?: boolean;
}

/** A horizontal reference line (target, red threshold, SN average, England). */
export interface ChartReference {
  key: string;
  value: number;
  /** Direct label, e.g. "SN average 2014/15: 23.6%". */
  label: string;
  colour: string;
  style: LineStyle;
}

/** A shaded horizontal band (the amber band), low..high in the chart's unit. */
export interface ChartBand {
  key: string;
  low: number;
  high: number;
  label: string;
}

/** Size: a fixed width (print, meeting, export) or the container's width when omitted. */
export interface ChartSize {
  width?: number;
  height?: number;
  /**
   * Size of the chart's text in pixels (13 when not given). Axes, the label column, lines and
   * markers grow with it, so a chart drawn large for a projector is read from the back of a room.
   */
  fontSize?: number;
}
