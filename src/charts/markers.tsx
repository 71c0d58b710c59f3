import type { MarkerShape } from '@/charts/palette';

interface MarkerProps {
  cx?: number;
  cy?: number;
  shape: MarkerShape;
  colour: string;
  value?: unknown;
}

/** A point marker whose shape, as well as its colour, tells series apart. Nothing for no value. */
export function Marker({ cx, cy, shape, colour, value }: MarkerProps) {
  if (cx === undefined || cy === undefined || value === null || value === undefined) return <g />;
  const r = 4;
  switch (shape) {
    case 'square':
      return <rect x={cx - r} y={cy - r} width={2 * r} height={2 * r} fill={colour} />;
    case 'triangle':
      return (
        <polygon
          points={`${cx},${cy - r - 1} ${cx - r - 1},${cy + r} ${cx + r + 1},${cy + r}`}
          fill={colour}
        />
      );
    case 'diamond':
      return (
        <polygon
          points={`${cx},${cy - r - 1} ${cx + r + 1},${cy} ${cx},${cy + r + 1} ${cx - r - 1},${cy}`}
          fill={colour}
        />
      );
    default:
      return <circle cx={cx} cy={cy} r={r} fill={colour} stroke="#ffffff" strokeWidth={1} />;
  }
}
