import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import type { DotLabel } from '@/domain/types';
import { DotArrow } from '@/components/dot-arrow';

// The setup file registers no automatic cleanup (no vitest globals): unmount after each test.
afterEach(cleanup);

describe('DotArrow', () => {
  it.each<[DotLabel, string]>([
    ['improving', 'Improving'],
    ['worsening', 'Worsening'],
    ['no-change', 'No change'],
    ['increasing', 'Increasing'],
    ['decreasing', 'Decreasing'],
    ['not-comparable', 'Not comparable'],
    ['new', 'New'],
  ])('shows %s as its word "%s", the arrow hidden from screen readers', (label, word) => {
    const { container } = render(<DotArrow label={label} />);
    expect(screen.getByText(word)).toBeVisible();
    expect(container.firstElementChild).toHaveClass(`dot--${label}`);
    for (const arrow of container.querySelectorAll('.dot__arrow')) {
      expect(arrow).toHaveAttribute('aria-hidden', 'true');
    }
  });

  it.each<[DotLabel, string]>([
    ['improving', '↑'],
    ['worsening', '↓'],
    ['increasing', '↑'],
    ['decreasing', '↓'],
    ['no-change', '→'],
  ])('draws %s with the arrow %s', (label, arrow) => {
    const { container } = render(<DotArrow label={label} />);
    expect(container.querySelector('.dot__arrow')).toHaveTextContent(arrow);
  });

  it('shows a dash read as "No DOT" for an indicator without a DOT', () => {
    render(<DotArrow label="off" />);
    expect(screen.getByText('No DOT')).toHaveClass('visually-hidden');
    expect(screen.getByText('–')).toHaveAttribute('aria-hidden', 'true');
  });
});
