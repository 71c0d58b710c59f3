import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RagStatus } from '@/domain/types';
import { RagCountsTable } from '@/components/rag-counts-table';

const none: Record<RagStatus, number> = {
  red: 0,
  amber: 0,
  green: 0,
  tbc: 0,
  'no-target': 0,
  'no-data': 0,
};
const counts = [
  { section: 'CONTACTS', counts: { ...none, red: 2, green: 1 } },
  { section: 'LOOKED AFTER', counts: { ...none, red: 1, amber: 3 } },
];

const rowsOf = () =>
  within(screen.getByRole('table'))
    .getAllByRole('row')
    .map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent));

describe('RAG counts by section', () => {
  it('on screen: every status in RAG order, a row a section', () => {
    render(<RagCountsTable counts={counts} caption="By section" className="data-table" />);
    expect(screen.getByRole('table', { name: 'By section' })).toBeInTheDocument();
    expect(rowsOf()).toEqual([
      ['Section', 'Red', 'Amber', 'Green', 'Target tbc', 'No target', 'No data'],
      ['CONTACTS', '2', '0', '1', '0', '0', '0'],
      ['LOOKED AFTER', '1', '3', '0', '0', '0', '0'],
    ]);
  });

  it('on paper: only the statuses some section has, and the totals (2 + 1 Red, 3 Amber, 1 Green)', () => {
    render(
      <RagCountsTable
        counts={counts}
        caption="By section"
        className="compact"
        onlyStatusesPresent
        withTotals
      />,
    );
    expect(rowsOf()).toEqual([
      ['Section', 'Red', 'Amber', 'Green'],
      ['CONTACTS', '2', '0', '1'],
      ['LOOKED AFTER', '1', '3', '0'],
      ['All sections', '3', '3', '1'],
    ]);
  });
});
