import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { RagStatus } from '@/domain/types';
import { RagTag } from '@/components/rag-tag';

// The setup file registers no automatic cleanup (no vitest globals): unmount after each test.
afterEach(cleanup);

describe('RagTag', () => {
  it.each<[RagStatus, string]>([
    ['red', 'Red'],
    ['amber', 'Amber'],
    ['green', 'Green'],
    ['no-target', 'No target'],
    ['no-data', 'No data'],
    ['tbc', 'Target tbc'],
  ])('shows %s as the word "%s"', (status, word) => {
    render(<RagTag status={status} />);
    expect(screen.getByText(word)).toHaveClass(`rag-tag--${status}`);
  });

  it('gives the reason as the description of a focusable button, shown on focus, hidden by Escape', async () => {
    const user = userEvent.setup();
    const reason = 'Red: 79.2% is below the red threshold of 83% (target 86%)';
    render(<RagTag status="red" reason={reason} />);
    const tag = screen.getByRole('button', { name: 'Red' });
    expect(tag).toHaveAccessibleDescription(reason);
    const tip = screen.getByRole('tooltip', { hidden: true });
    expect(tip).toHaveAttribute('data-open', 'false');
    await user.tab();
    expect(tag).toHaveFocus();
    expect(tip).toHaveAttribute('data-open', 'true');
    await user.keyboard('{Escape}');
    expect(tip).toHaveAttribute('data-open', 'false');
  });

  it('shows the reason while the pointer is over the tag', async () => {
    const user = userEvent.setup();
    render(<RagTag status="green" reason="Green: 98.6% meets the target of 95%" />);
    await user.hover(screen.getByRole('button', { name: 'Green' }));
    expect(screen.getByRole('tooltip')).toHaveTextContent('Green: 98.6% meets the target of 95%');
    await user.unhover(screen.getByRole('button', { name: 'Green' }));
    expect(screen.getByRole('tooltip', { hidden: true })).toHaveAttribute('data-open', 'false');
  });
});
