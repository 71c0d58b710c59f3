import type { ReactNode } from 'react';

/** Text for screen readers only (kept in the accessibility tree, hidden on screen). */
export function VisuallyHidden({ children }: { children: ReactNode }) {
  return <span className="visually-hidden">{children}</span>;
}
