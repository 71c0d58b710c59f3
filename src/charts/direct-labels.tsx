import { useChartWidth, usePlotArea, useYAxisScale } from 'recharts';
import {
  estimateTextWidth,
  spreadLabels,
  wrapLabel,
  type MeasureText,
} from '@/charts/label-layout';
import {
  AMBER_FILL,
  AMBER_OPACITY,
  CHART_FONT,
  CHART_TEXT,
  dashArray,
  type LineStyle,
} from '@/charts/palette';

/** A label for the right-hand label column: a swatch of the line's style and its words. */
export interface DirectLabel {
  key: string;
  value: number;
  text: string;
  colour: string;
  style: LineStyle;
  /** 'band': a shaded swatch (the amber band) instead of a line. */
  swatch?: 'line' | 'band';
}

/** The chart text size the sizes below are designed at (the indicator page's). */
export const BASE_FONT_SIZE = 13;
/** At 13px: pixels between two lines' baselines, swatch length, gaps before and after the swatch. */
const LINE_HEIGHT = 17;
const SWATCH = 22;
const BEFORE_SWATCH = 8;
const AFTER_SWATCH = 5;
/** Room kept free at the right edge, so a font a little wider than measured still fits. */
const RIGHT_PAD = 4;

let canvas: HTMLCanvasElement | null = null;

/**
 * Measures text as the SVG draws it (same font family), through a canvas; an estimate where the
 * page has no canvas (tests). 3% is added for fonts that differ a little where an export is opened.
 */
function measurer(fontSize: number): MeasureText {
  let context: CanvasRenderingContext2D | null = null;
  try {
    if (typeof document !== 'undefined' && !/jsdom/i.test(navigator.userAgent)) {
      canvas ??= document.createElement('canvas');
      context = canvas.getContext('2d');
    }
  } catch {
    context = null;
  }
  if (!context) return (text) => estimateTextWidth(text, fontSize);
  context.font = `${fontSize}px ${CHART_FONT}`;
  const c = context;
  return (text) => c.measureText(text).width * 1.03;
}

/** Shift of a label's first line so that its `lines` lines are centred on the label's height. */
function firstLine(lines: number, lineHeight: number, fontSize: number): string {
  return `${(0.35 - ((lines - 1) * lineHeight) / 2 / fontSize).toFixed(3)}em`;
}

/**
 * Direct labels in the right margin of a chart, each beside the height of the value it names
 * and moved apart when close values would overlap. A label longer than the column is wrapped
 * onto two lines (and only then shortened with an ellipsis), so no label is cut at the SVG's edge.
 * Drawn inside the SVG, so exported images keep them. Must be a child of a Recharts chart (it
 * reads the plot area, the chart's width and the value scale).
 */
export function DirectLabels({
  labels,
  fontSize = BASE_FONT_SIZE,
}: {
  labels: DirectLabel[];
  fontSize?: number;
}) {
  const plot = usePlotArea();
  const chartWidth = useChartWidth();
  const scale = useYAxisScale();
  if (!plot || !scale) return null;
  const k = fontSize / BASE_FONT_SIZE;
  const lineHeight = LINE_HEIGHT * k;
  const swatch = SWATCH * k;
  const x = plot.x + plot.width + BEFORE_SWATCH * k;
  const textX = x + swatch + AFTER_SWATCH * k;
  const right = chartWidth ?? plot.x + plot.width + 250;
  const measure = measurer(fontSize);
  const room = Math.max(right - textX - RIGHT_PAD, fontSize * 4);
  // Labels wrap onto two lines where the plot's height has room for them all; where it has not
  // (many lines on a short chart, as in meeting mode at 1024x768), each keeps one line, shortened,
  // rather than overlap (the full names are in the chart's table and summary).
  const top = plot.y - 10 * k;
  const bottom = plot.y + plot.height + 8 * k;
  const wrapped = labels.map((l) => [l.key, wrapLabel(l.text, room, measure, 2)] as const);
  const wrappedHeight = wrapped.reduce((sum, [, text]) => sum + text.length * lineHeight, 0);
  const lines = new Map(
    wrappedHeight <= bottom - top
      ? wrapped
      : labels.map((l) => [l.key, wrapLabel(l.text, room, measure, 1)] as const),
  );
  const slots = labels.flatMap((l) => {
    const y = scale(l.value);
    const size = Math.max(1, lines.get(l.key)?.length ?? 1) * lineHeight;
    return typeof y === 'number' && Number.isFinite(y) ? [{ key: l.key, value: y, size }] : [];
  });
  // Labels may reach a little above the plot (into the top margin) and below it (beside the
  // month axis, which ends at the plot's right edge).
  const placed = spreadLabels(slots, lineHeight, top, bottom);
  return (
    <g className="chart__direct-labels">
      {labels.map((l) => {
        const y = placed.get(l.key);
        const text = lines.get(l.key) ?? [l.text];
        if (y === undefined) return null;
        return (
          <g key={l.key}>
            {l.swatch === 'band' ? (
              <rect
                x={x}
                y={y - 5 * k}
                width={swatch}
                height={10 * k}
                fill={AMBER_FILL}
                fillOpacity={AMBER_OPACITY * 2}
              />
            ) : (
              <line
                x1={x}
                x2={x + swatch}
                y1={y}
                y2={y}
                stroke={l.colour}
                strokeWidth={3 * k}
                strokeDasharray={dashArray(l.style, k)}
              />
            )}
            <text x={textX} y={y} fontSize={fontSize} fill={CHART_TEXT}>
              {text.length > 1 || text[0] !== l.text ? <title>{l.text}</title> : null}
              {text.map((line, i) => (
                <tspan
                  key={i}
                  x={textX}
                  dy={i === 0 ? firstLine(text.length, lineHeight, fontSize) : lineHeight}
                >
                  {i < text.length - 1 ? `${line} ` : line}
                </tspan>
              ))}
            </text>
          </g>
        );
      })}
    </g>
  );
}
