import { usePlotArea, useYAxisScale } from 'recharts';
import { spreadLabels } from '@/charts/label-layout';
import { AMBER_FILL, AMBER_OPACITY, CHART_TEXT, DASH, type LineStyle } from '@/charts/palette';

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

/** Pixels between two labels' baselines. */
const LINE_GAP = 17;
const SWATCH = 22;

/**
 * Direct labels in the right margin of a chart, each beside the height of the value it names
 * and moved apart when close values would overlap. Drawn inside the SVG, so exported images keep
 * them. Must be a child of a Recharts chart (it reads the plot area and the value scale).
 */
export function DirectLabels({ labels }: { labels: DirectLabel[] }) {
  const plot = usePlotArea();
  const scale = useYAxisScale();
  if (!plot || !scale) return null;
  const slots = labels.flatMap((l) => {
    const y = scale(l.value);
    return typeof y === 'number' && Number.isFinite(y) ? [{ key: l.key, value: y }] : [];
  });
  const placed = spreadLabels(slots, LINE_GAP, plot.y, plot.y + plot.height);
  const x = plot.x + plot.width + 8;
  return (
    <g className="chart__direct-labels">
      {labels.map((l) => {
        const y = placed.get(l.key);
        if (y === undefined) return null;
        return (
          <g key={l.key}>
            {l.swatch === 'band' ? (
              <rect
                x={x}
                y={y - 5}
                width={SWATCH}
                height={10}
                fill={AMBER_FILL}
                fillOpacity={AMBER_OPACITY * 2}
              />
            ) : (
              <line
                x1={x}
                x2={x + SWATCH}
                y1={y}
                y2={y}
                stroke={l.colour}
                strokeWidth={3}
                strokeDasharray={DASH[l.style] || undefined}
              />
            )}
            <text x={x + SWATCH + 5} y={y} dy="0.35em" fontSize={13} fill={CHART_TEXT}>
              {l.text}
            </text>
          </g>
        );
      })}
    </g>
  );
}
