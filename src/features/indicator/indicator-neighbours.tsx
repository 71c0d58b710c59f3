import { Link } from 'react-router-dom';
import type { Indicator } from '@/domain/types';
import { indicatorPath } from '@/domain/ids';

interface IndicatorNeighboursProps {
  previousId: string | null;
  nextId: string | null;
  indicators: Indicator[];
  /** Names the navigation landmark: each landmark on a page needs its own name. */
  label?: string;
  /** Include "Back to the scorecard" (once per page). */
  withBack?: boolean;
}

/** "Previous / next indicator" in the scorecard's order, and the way back to the scorecard. */
export function IndicatorNeighbours({
  previousId,
  nextId,
  indicators,
  label = 'Other indicators',
  withBack = true,
}: IndicatorNeighboursProps) {
  const name = (id: string) => indicators.find((i) => i.id === id)?.name ?? '';
  const href = indicatorPath;
  return (
    <nav className="indicator-neighbours" aria-label={label}>
      <ul>
        {withBack ? (
          <li>
            <Link to="/">Back to the scorecard</Link>
          </li>
        ) : null}
        {previousId !== null ? (
          <li>
            <Link to={href(previousId)} rel="prev">
              <span aria-hidden="true">← </span>Previous: {previousId} {name(previousId)}
            </Link>
          </li>
        ) : null}
        {nextId !== null ? (
          <li>
            <Link to={href(nextId)} rel="next">
              Next: {nextId} {name(nextId)}
              <span aria-hidden="true"> →</span>
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
