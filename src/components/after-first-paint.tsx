import { useDeferredValue, type ReactNode } from 'react';

/**
 * Renders its children in a background render right after the first one (React's
 * `useDeferredValue` with an initial value), so what is above them paints first: the indicator
 * page's first chart does not wait for the charts further down (docs/decisions.md, "Rendering").
 * Until then a block of the given height keeps the page from jumping.
 */
export function AfterFirstPaint({
  children,
  minHeight = '20rem',
}: {
  children: ReactNode;
  minHeight?: string;
}) {
  const ready = useDeferredValue(true, false);
  return ready ? children : <div className="after-first-paint" style={{ minHeight }} />;
}
