import type { ReactNode } from 'react';

export type PanelState = 'loading' | 'empty' | 'error';

/** The wording of each state when a screen gives none (Prometheus style: say what to do next). */
export const PANEL_WORDS: Record<PanelState, { title: string; message: string }> = {
  loading: { title: 'Loading', message: 'Reading your data in this browser…' },
  empty: { title: 'No data yet', message: 'Import your files to see them here.' },
  error: {
    title: 'Something went wrong',
    message:
      'Reload the page. If this keeps happening, export your workspace and report the problem.',
  },
};

interface StatusPanelProps {
  state: PanelState;
  title?: string;
  /** Overrides the default message. */
  children?: ReactNode;
  /** A next step, e.g. a link to the Import screen. */
  action?: ReactNode;
}

/**
 * The one panel for loading, empty and error states. Loading is announced politely (status),
 * an error assertively (alert); empty is plain content.
 */
export function StatusPanel({ state, title, children, action }: StatusPanelProps) {
  const words = PANEL_WORDS[state];
  const role = state === 'error' ? 'alert' : state === 'loading' ? 'status' : undefined;
  return (
    <div className={`status-panel status-panel--${state}`} role={role}>
      <h2 className="status-panel__title">{title ?? words.title}</h2>
      <div className="status-panel__message">{children ?? <p>{words.message}</p>}</div>
      {action ? <div className="status-panel__action">{action}</div> : null}
    </div>
  );
}
