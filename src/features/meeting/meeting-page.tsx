import { useEffect, useRef, useState } from 'react';
import { Link, Navigate, useLocation, useNavigate, useParams } from 'react-router-dom';
import { useAsAt, useIndicatorOrder, useWorkspace } from '@/read/hooks';
import { useIndicatorView } from '@/read/indicator';
import { idFromPathSegment } from '@/domain/ids';
import { formatMonthLong } from '@/domain/periods';
import { StatusPanel } from '@/components/status-panel';
import { meetingPath, meetingPosition } from './meeting-position';
import { useMeetingKeys } from './use-meeting-keys';
import { MeetingSlide } from './meeting-slide';
import './meeting.css';

/**
 * Meeting mode: one indicator per screen in large type, for a projector. Left and Right arrow keys
 * (or the Previous / Next buttons) step through the scorecard's order and stop at the ends;
 * Escape (or Exit) goes back to the scorecard. The month is the scorecard's "As at month end".
 * Each step is announced to screen readers; focus stays where it was (the buttons never become
 * disabled, so it is never lost), and goes to the heading when the screen opens.
 */
export default function MeetingPage() {
  const params = useParams();
  const id = idFromPathSegment(params.id ?? '');
  const navigate = useNavigate();
  // The chosen view (`?view=`) goes with every step and back to the scorecard.
  const { search } = useLocation();
  const workspace = useWorkspace();
  const { asAt } = useAsAt();
  const order = useIndicatorOrder();
  const position = meetingPosition(order, id);
  const view = useIndicatorView(id);

  const [announcement, setAnnouncement] = useState('');
  const go = (target: string | null) => {
    if (target === null) return;
    const to = meetingPosition(order, target);
    const ind = workspace.indicators.find((i) => i.id === target);
    setAnnouncement(
      `Indicator ${to.index + 1} of ${to.total}: ${target} ${ind?.name ?? ''}`.trim(),
    );
    void navigate({ pathname: meetingPath(target), search }, { replace: true });
  };
  const exit = () => void navigate({ pathname: '/', search });
  useMeetingKeys({
    onPrevious: () => go(position.previousId),
    onNext: () => go(position.nextId),
    onExit: exit,
  });

  // Focus the heading when the first indicator appears, so screen readers start there; after that
  // focus stays where the user left it and each step is announced instead.
  const heading = useRef<HTMLHeadingElement>(null);
  const hasView = view !== null;
  useEffect(() => {
    if (hasView) heading.current?.focus();
  }, [hasView]);

  // "/meeting" (the navigation's entry point) starts at the scorecard's first indicator.
  const first = order[0];
  if (params.id === undefined && first !== undefined)
    return <Navigate to={{ pathname: meetingPath(first), search }} replace />;

  if (view === null || asAt === null || position.index < 0) {
    return (
      <>
        <title>Meeting mode – Children's services performance</title>
        <h1 ref={heading} tabIndex={-1}>
          Meeting mode
        </h1>
        <StatusPanel
          state="empty"
          title={asAt === null ? 'No monthly values yet' : 'Indicator not found'}
          action={<Link to="/">Back to the scorecard</Link>}
        >
          <p>
            {asAt === null
              ? 'Meeting mode shows the scorecard one indicator at a time, once you have imported your data.'
              : order.length === 0
                ? 'There are no indicators in your data yet.'
                : `There is no indicator ${id} in your data.`}
          </p>
        </StatusPanel>
      </>
    );
  }

  const atFirst = position.previousId === null;
  const atLast = position.nextId === null;
  return (
    <div className="meeting">
      <title>{`Meeting mode: ${view.indicator.id} ${view.indicator.name} – Children's services performance`}</title>
      <div className="meeting__bar">
        <p className="meeting__where">
          As at {formatMonthLong(asAt)} ·{' '}
          <span className="meeting__position">
            {position.index + 1} of {position.total}
          </span>
          {workspace.isExample ? (
            <>
              {' '}
              · <span className="tag">Example</span> data
            </>
          ) : null}
        </p>
        <nav className="meeting__controls" aria-label="Meeting mode">
          <button
            type="button"
            className="button button--secondary"
            aria-disabled={atFirst}
            aria-keyshortcuts="ArrowLeft"
            onClick={() => go(position.previousId)}
          >
            <span aria-hidden="true">← </span>Previous
          </button>
          <button
            type="button"
            className="button button--secondary"
            aria-disabled={atLast}
            aria-keyshortcuts="ArrowRight"
            onClick={() => go(position.nextId)}
          >
            Next<span aria-hidden="true"> →</span>
          </button>
          <button
            type="button"
            className="button button--secondary"
            aria-keyshortcuts="Escape"
            onClick={exit}
          >
            Exit
          </button>
        </nav>
      </div>
      <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
      <MeetingSlide view={view} headingRef={heading} />
      <p className="meeting__keys">
        Keys: <kbd>←</kbd> previous, <kbd>→</kbd> next, <kbd>Esc</kbd> back to the scorecard.
        {atLast ? ' This is the last indicator.' : ''}
      </p>
    </div>
  );
}
