import { useEffect, useId, useRef, useState } from 'react';
import { Link, Navigate, useLocation, useNavigate, useParams } from 'react-router-dom';
import { useAsAt, useWorkspace } from '@/read/hooks';
import { SKIP_NO_TARGET, SKIP_PARAM, useMeetingOrder } from '@/read/meeting';
import { useIndicatorView } from '@/read/indicator';
import { idFromPathSegment } from '@/domain/ids';
import { jumpTarget } from '@/domain/meeting-order';
import { formatMonthLong } from '@/domain/periods';
import { StatusPanel } from '@/components/status-panel';
import { meetingPath, meetingPosition } from './meeting-position';
import { useMeetingKeys } from './use-meeting-keys';
import { MeetingSlide } from './meeting-slide';
import './meeting.css';

/**
 * Meeting mode: one indicator per screen in large type, for a projector. It follows the
 * scorecard's selection in the address (the view, filters, search and sort: RAG = Red opens at the
 * first Red, "1 of 13"), and can skip the indicators with no target (?skip=no-target). Left and
 * Right arrow keys (or Previous / Next) step through it and stop at the ends, Home and End go to
 * the first and last, the jump box goes to an id ("8.4") or a name; Escape (or Exit) goes back to
 * the scorecard with the same selection. The month is the scorecard's "As at month end".
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
  const { order, indicators: inOrder, skipNoTarget, selection } = useMeetingOrder();
  const position = meetingPosition(order, id);
  const view = useIndicatorView(id);
  const formId = useId();
  const [jump, setJump] = useState('');
  const [jumpError, setJumpError] = useState('');

  const [announcement, setAnnouncement] = useState('');
  const go = (target: string | null) => {
    if (target === null) return;
    const to = meetingPosition(order, target);
    const ind = inOrder.find((i) => i.id === target);
    setAnnouncement(
      `Indicator ${to.index + 1} of ${to.total}: ${target} ${ind?.name ?? ''}`.trim(),
    );
    void navigate({ pathname: meetingPath(target), search }, { replace: true });
  };
  // The scorecard gets back its own selection; the meeting's skip setting is not one of its filters.
  const scorecardSearch = () => {
    const params = new URLSearchParams(search);
    params.delete(SKIP_PARAM);
    return params.size > 0 ? `?${params}` : '';
  };
  const exit = () => void navigate({ pathname: '/', search: scorecardSearch() });
  useMeetingKeys({
    onPrevious: () => go(position.previousId),
    onNext: () => go(position.nextId),
    onFirst: () => go(order[0] ?? null),
    onLast: () => go(order[order.length - 1] ?? null),
    onExit: exit,
  });
  const onJump = () => {
    const target = jumpTarget(jump, inOrder);
    if (target === null) {
      setJumpError(
        jump.trim() === ''
          ? 'Type an indicator number, such as 8.4, or words from its name.'
          : `No indicator in this meeting matches "${jump.trim()}".`,
      );
      return;
    }
    setJumpError('');
    setJump('');
    go(target);
    // The slide's heading takes focus, so the arrow keys (and Home and End) step on from there.
    heading.current?.focus();
  };
  const setSkip = (skip: boolean) => {
    const params = new URLSearchParams(search);
    if (skip) params.set(SKIP_PARAM, SKIP_NO_TARGET);
    else params.delete(SKIP_PARAM);
    void navigate({ pathname: meetingPath(id), search: `?${params}` }, { replace: true });
  };

  // Focus the heading when the first indicator appears, so screen readers start there; after that
  // focus stays where the user left it and each step is announced instead.
  const heading = useRef<HTMLHeadingElement>(null);
  const hasView = view !== null;
  useEffect(() => {
    if (hasView) heading.current?.focus();
  }, [hasView]);

  // "/meeting" (the navigation's entry point) starts at the first indicator of the selection; so
  // does an indicator the selection has just left out (skipping the rows with no target).
  const first = order[0];
  if (first !== undefined && (params.id === undefined || (position.index < 0 && view !== null)))
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
          action={
            <Link to={{ pathname: '/', search: scorecardSearch() }}>Back to the scorecard</Link>
          }
        >
          <p>
            {asAt === null
              ? 'Meeting mode shows the scorecard one indicator at a time, once you have imported your data.'
              : order.length === 0
                ? selection !== '' || skipNoTarget
                  ? 'No indicators match the scorecard’s filters. Go back and choose others.'
                  : 'There are no indicators in your data yet.'
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
          {selection !== '' ? ` (${selection})` : ''}
          {workspace.isExample ? (
            <>
              {' '}
              · <span className="tag">Example</span> data
            </>
          ) : null}
        </p>
        <form
          className="meeting__jump"
          role="search"
          aria-label="Go to an indicator"
          onSubmit={(e) => {
            e.preventDefault();
            onJump();
          }}
        >
          <label htmlFor={`${formId}-jump`}>Go to</label>
          <input
            id={`${formId}-jump`}
            type="text"
            list={`${formId}-list`}
            value={jump}
            placeholder="8.4"
            autoComplete="off"
            aria-describedby={jumpError ? `${formId}-error` : undefined}
            aria-invalid={jumpError ? true : undefined}
            onChange={(e) => setJump(e.target.value)}
          />
          <datalist id={`${formId}-list`}>
            {inOrder.map((i) => (
              <option key={i.id} value={i.id}>
                {i.name}
              </option>
            ))}
          </datalist>
          <button type="submit" className="button button--secondary">
            Go
          </button>
          {jumpError ? (
            <span id={`${formId}-error`} className="meeting__error" role="alert">
              {jumpError}
            </span>
          ) : null}
        </form>
        <div className="meeting__skip">
          <input
            type="checkbox"
            id={`${formId}-skip`}
            checked={skipNoTarget}
            onChange={(e) => setSkip(e.target.checked)}
          />
          <label htmlFor={`${formId}-skip`}>Skip indicators with no target</label>
        </div>
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
        Keys: <kbd>←</kbd> previous, <kbd>→</kbd> next, <kbd>Home</kbd> first, <kbd>End</kbd> last,{' '}
        <kbd>Esc</kbd> back to the scorecard.
        {atLast ? ' This is the last indicator.' : ''}
      </p>
    </div>
  );
}
