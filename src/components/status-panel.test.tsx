import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { StatusPanel } from '@/components/status-panel';

// The setup file registers no automatic cleanup (no vitest globals): unmount after each test.
afterEach(cleanup);

describe('StatusPanel', () => {
  it.each([
    ['loading', 'status', 'Loading'],
    ['error', 'alert', 'Something went wrong'],
  ] as const)('announces %s as a %s region titled "%s"', (state, role, title) => {
    render(<StatusPanel state={state} />);
    expect(screen.getByRole(role)).toHaveTextContent(title);
  });

  it('shows the empty state without announcing it, with its next step', () => {
    render(
      <StatusPanel
        state="empty"
        title="No data yet"
        action={<a href="/import">Import your files</a>}
      />,
    );
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.getByRole('heading', { name: 'No data yet' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Import your files' })).toHaveAttribute(
      'href',
      '/import',
    );
  });
});
