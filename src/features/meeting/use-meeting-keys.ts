import { useEffect, useRef } from 'react';

export interface MeetingKeyActions {
  onPrevious: () => void;
  onNext: () => void;
  onFirst: () => void;
  onLast: () => void;
  onExit: () => void;
}

/** Keys typed into a form field (or any editable element) belong to that field, not to us. */
function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * Meeting-mode keys, anywhere on the page: Left arrow = previous indicator, Right arrow = next,
 * Home = the first, End = the last, Escape = leave. Ignored with a modifier key (Alt+Left is the browser's Back), inside form
 * fields, and when a component has already handled the key (a tooltip closing on Escape).
 */
export function useMeetingKeys(actions: MeetingKeyActions): void {
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (
        event.defaultPrevented ||
        event.altKey ||
        event.ctrlKey ||
        event.metaKey ||
        event.shiftKey
      )
        return;
      if (isEditable(event.target)) return;
      const action =
        event.key === 'ArrowLeft'
          ? latest.current.onPrevious
          : event.key === 'ArrowRight'
            ? latest.current.onNext
            : event.key === 'Home'
              ? latest.current.onFirst
              : event.key === 'End'
                ? latest.current.onLast
                : event.key === 'Escape'
                  ? latest.current.onExit
                  : null;
      if (action === null) return;
      event.preventDefault();
      action();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
