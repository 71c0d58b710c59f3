import type { MarkerShape } from '@/charts/palette';

interface MarkerProps {
  cx?: number;
  cy?: number;
  shape: MarkerShape;
  colour: string;
  value?: unknown;
  /** Scale of the marker (1 = 4px radius), with the chart's text. */
  size?: number;
}

/** A point marker whose shape, as well as its colour, tells series apart. Nothing for no value. */
export function Marker({ cx, cy, shape, colour, value, size = 1 }: MarkerProps) {
  if (cx === undefined || cy === undefined || value === null || value === undefined) return <g />;
  const r = 4 * size;
  const e = size;
  switch (shape) {
    case 'square':
      return <rect x={cx - r} y={cy - r} width={2 * r} height={2 * r} fill={colour} />;
    case 'triangle':
      return (
        <polygon
          points={`${cx},${cy - r - e} ${cx - r - e},${cy + r} ${cx + r + e},${cy + r}`}
          fill={colour}
        />
      );
    case 'diamond':
      return (
        <polygon
          points={`${cx},${cy - r - e} ${cx + r + e},${cy} ${cx},${cy + r + e} ${cx - r - e},${cy}`}
          fill={colour}
        />
      );
    default:
      return <circle cx={cx} cy={cy} r={r} fill={colour} stroke="#ffffff" strokeWidth={size} />;
  }
}
