import { AMBER_FILL, AMBER_OPACITY, DASH, type LineStyle } from '@/charts/palette';

export type KeyItem =
  | { kind: 'line'; key: string; label: string; colour: string; style: LineStyle }
  | { kind: 'band'; key: string; label: string };

/**
 * The chart's key: each line drawn in its own style beside its name, so a reader can match
 * them without relying on colour. Hidden from screen readers (the summary and the table say it).
 */
export function ChartKey({ items }: { items: KeyItem[] }) {
  if (items.length === 0) return null;
  return (
    <ul className="chart-key" aria-hidden="true">
      {items.map((item) => (
        <li key={item.key} className="chart-key__item">
          <svg width="30" height="12" className="chart-key__swatch">
            {item.kind === 'line' ? (
              <line
                x1="1"
                x2="29"
                y1="6"
                y2="6"
                stroke={item.colour}
                strokeWidth="3"
                strokeDasharray={DASH[item.style] || undefined}
              />
            ) : (
              <rect
                x="1"
                y="1"
                width="28"
                height="10"
                fill={AMBER_FILL}
                fillOpacity={AMBER_OPACITY * 2}
              />
            )}
          </svg>
          {item.label}
        </li>
      ))}
    </ul>
  );
}
