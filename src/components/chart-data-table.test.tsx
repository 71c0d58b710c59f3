import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ChartDataTable, type ChartTableRow } from '@/components/chart-data-table';
import type { Unit } from '@/domain/types';

const row = (
  label: string,
  value: number | null,
  n: number | null,
  d: number | null,
): ChartTableRow => ({
  key: label,
  label,
  value,
  marker: '',
  numerator: n,
  denominator: d,
  note: '',
});

const table = (unit: Unit, rows: ChartTableRow[]) => {
  render(
    <ChartDataTable
      caption="2.x by month"
      rowHeader="Month"
      valueHeader="Value"
      rows={rows}
      unit={unit}
      decimals={null}
    />,
  );
  return screen.getByRole('table', { name: '2.x by month' });
};

const headers = (t: HTMLElement) =>
  within(t)
    .getAllByRole('columnheader')
    .map((h) => h.textContent);

describe('ChartDataTable', () => {
  it.each<[Unit, string[]]>([
    ['percent', ['Month', 'Value', 'Numerator', 'Denominator']],
    ['rate_per_10k', ['Month', 'Value', 'Children (count)', 'Population aged 0-17']],
  ])('names the fraction columns of a %s indicator', (unit, expected) => {
    expect(headers(table(unit, [row('Dec-15', 668.6, 3771, 56400)]))).toEqual(expected);
  });

  it('has no fraction columns when no row has a numerator or denominator', () => {
    expect(headers(table('count', [row('Dec-15', 1041, null, null)]))).toEqual(['Month', 'Value']);
  });

  it('shows the counts with thousands separators and a dash where unknown', () => {
    const t = table('percent', [row('Nov-15', 90.6, 898, 991), row('Dec-15', 91, null, null)]);
    const cells = within(t)
      .getAllByRole('row')
      .slice(1)
      .map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      );
    expect(cells).toEqual([
      ['90.6%', '898', '991'],
      ['91.0%', '–No value', '–No value'],
    ]);
  });

  it('keeps only the last paperRows rows on paper, noting that the earlier ones are on screen', () => {
    const rows = Array.from({ length: 21 }, (_, i) => row(`M${i + 1}`, i, null, null));
    const { container } = render(
      <ChartDataTable
        caption="6.5 by month"
        rowHeader="Month"
        valueHeader="Value"
        rows={rows}
        unit="count"
        decimals={null}
        paperRows={13}
      />,
    );
    const hidden = [...container.querySelectorAll('tr.chart-data__screen-only')];
    expect(hidden.map((r) => r.querySelector('th')?.textContent)).toEqual(
      rows.slice(0, 8).map((r) => r.label),
    );
    expect(screen.getByText('The last 13 months; earlier months on screen.')).toBeInTheDocument();
  });

  it('prints every row, with no note, when there are no more than paperRows', () => {
    const rows = Array.from({ length: 12 }, (_, i) => row(`M${i + 1}`, i, null, null));
    const { container } = render(
      <ChartDataTable
        caption="2.x by month"
        rowHeader="Month"
        valueHeader="Value"
        rows={rows}
        unit="count"
        decimals={null}
        paperRows={13}
      />,
    );
    expect(container.querySelector('.chart-data__screen-only')).toBeNull();
    expect(container.querySelector('.chart-data__paper-note')).toBeNull();
  });
});
