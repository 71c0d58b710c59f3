import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { TrendChart } from '@/charts/trend-chart';
import { AnnualChart } from '@/charts/annual-chart';
import { MultiSeriesChart } from '@/charts/multi-series-chart';
import { fileSlug, serialiseSvg } from '@/charts/chart-export';

const MONTHS = ['Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec', 'Jan', 'Feb', 'Mar'];
const pct = (v: number) => `${v}%`;

afterEach(cleanup);

function renderTrend() {
  return render(
    <TrendChart
      title="2.8 Re-referrals"
      summary="Re-referrals rose to 29.3% in December 2015"
      months={MONTHS}
      current={{
        label: '2015/16',
        values: [22, 23, 24, 25, 25, 26, 26.8, 28.2, 29.3, null, null, null],
      }}
      previous={{ label: '2014/15', values: [20, 21, 22, 22, 23, 23, 22, 22, 23, 23, 22, 22.8] }}
      references={[
        { key: 'target', role: 'target', value: 23, label: 'Target 23%' },
        { key: 'sn', role: 'sn_avg', value: 23.6, label: 'SN average 2014/15: 23.6%' },
        { key: 'eng', role: 'national_avg', value: 24, label: 'England 2014/15: 24%' },
      ]}
      bands={[{ key: 'amber', low: 23, high: 26, label: 'Amber: 23% to 26%' }]}
      yAxisTitle="Percentage (%)"
      formatTick={pct}
      width={800}
      height={360}
    />,
  );
}

describe('TrendChart', () => {
  it('is one image named by its summary, captioned by its title', () => {
    renderTrend();
    expect(
      screen.getByRole('img', { name: 'Re-referrals rose to 29.3% in December 2015' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('figure', { name: '2.8 Re-referrals' })).toBeInTheDocument();
  });

  it.each([
    '2015/16',
    '2014/15',
    'Target 23%',
    'SN average 2014/15: 23.6%',
    'England 2014/15: 24%',
    'Amber: 23% to 26%',
  ])('names "%s" in its key', (label) => {
    const { container } = renderTrend();
    expect(container.querySelector('.chart-key')).toHaveTextContent(label);
  });

  it('draws direct labels inside the SVG, so an exported image keeps them', () => {
    const { container } = renderTrend();
    const svg = container.querySelector('svg.recharts-surface');
    for (const label of [
      '2015/16',
      '2014/15',
      'Target 23%',
      'SN average 2014/15: 23.6%',
      'England 2014/15: 24%',
    ]) {
      expect(svg).toHaveTextContent(label);
    }
  });

  it('keeps close labels apart: target 23%, SN average 23.6% and England 24% at least 16px apart', () => {
    const { container } = renderTrend();
    const ys = [...container.querySelectorAll('.chart__direct-labels text')]
      .filter((t) => /Target|SN average|England/.test(t.textContent ?? ''))
      .map((t) => Number(t.getAttribute('y')))
      .sort((a, b) => a - b);
    expect(ys).toHaveLength(3);
    expect(ys[1]! - ys[0]!).toBeGreaterThanOrEqual(16);
    expect(ys[2]! - ys[1]!).toBeGreaterThanOrEqual(16);
  });

  it('offers PNG, SVG and clipboard export', () => {
    renderTrend();
    for (const name of [/Save as PNG/, /Save as SVG/, /Copy chart/]) {
      expect(screen.getByRole('button', { name })).toBeInTheDocument();
    }
  });
});

describe('AnnualChart and MultiSeriesChart', () => {
  it('render as named images with fixed sizes', () => {
    render(
      <>
        <AnnualChart
          title="Year on year"
          summary="2013/14: 24.9%, 2014/15: 22.8%"
          years={[
            { label: '2013/14', value: 24.9, text: '24.9%' },
            { label: '2014/15', value: 22.8, text: '22.8%' },
          ]}
          references={[]}
          yAxisTitle="Percentage (%)"
          formatTick={pct}
          width={600}
        />
        <MultiSeriesChart
          title="Assessment outcomes"
          summary="Four outcomes"
          categories={MONTHS}
          series={[1, 2, 3, 4, 5].map((n) => ({ key: `k${n}`, label: `Series ${n}`, values: [n] }))}
          xAxisTitle="Month"
          yAxisTitle="Percentage (%)"
          formatTick={pct}
          width={600}
        />
      </>,
    );
    expect(screen.getByRole('img', { name: '2013/14: 24.9%, 2014/15: 22.8%' })).toBeInTheDocument();
    const multi = screen.getByRole('figure', { name: 'Assessment outcomes' });
    expect(multi.querySelector('.chart-key')).toHaveTextContent('Series 4');
    expect(multi.querySelector('.chart-key')).not.toHaveTextContent('Series 5');
  });
});

describe('direct labels', () => {
  it('wraps a label too long for the label column onto two lines, keeping all its words', () => {
    const { container } = render(
      <MultiSeriesChart
        title="Related measures: 3.5, 3.6, 3.7, 3.8"
        summary="Four outcomes"
        categories={MONTHS}
        series={[
          { key: '3.5', label: '3.5 Ongoing Involvement', values: [29, 40, 47.6] },
          {
            key: '3.7',
            label: '3.7 Step down to Early Help / Other Agency',
            values: [9.8, 6.6, 15.7],
          },
        ]}
        xAxisTitle="Month"
        yAxisTitle="Percentage (%)"
        formatTick={pct}
        width={900}
      />,
    );
    const label = [...container.querySelectorAll('.chart__direct-labels text')].find((t) =>
      t.textContent?.includes('3.7'),
    );
    const lines = [...(label?.querySelectorAll('tspan') ?? [])].map((t) => t.textContent?.trim());
    expect(lines.length).toBe(2);
    expect(lines.join(' ')).toBe('3.7 Step down to Early Help / Other Agency');
    const short = [...container.querySelectorAll('.chart__direct-labels text')].find((t) =>
      t.textContent?.includes('3.5'),
    );
    expect(short?.querySelectorAll('tspan')).toHaveLength(1);
  });

  it('grows its text with the font size', () => {
    const { container } = render(
      <TrendChart
        title="2.8"
        summary="Re-referrals"
        months={MONTHS}
        current={{ label: '2015/16', values: [22, 23, 24] }}
        previous={null}
        references={[{ key: 'target', role: 'target', value: 23, label: 'Target 23%' }]}
        bands={[]}
        yAxisTitle="Percentage (%)"
        formatTick={pct}
        width={1070}
        height={700}
        fontSize={24}
      />,
    );
    for (const text of container.querySelectorAll('.chart__direct-labels text')) {
      expect(text).toHaveAttribute('font-size', '24');
    }
  });
});

describe('chart export', () => {
  it.each([
    ['2.8 % re-referral rate', '2-8-re-referral-rate'],
    ['   ', 'chart'],
  ])('names the file for "%s" as "%s"', (title, slug) => {
    expect(fileSlug(title)).toBe(slug);
  });

  it('serialises a stand-alone SVG with its size, a white background and the title', () => {
    const { container } = renderTrend();
    const svg = container.querySelector<SVGSVGElement>('svg.recharts-surface');
    expect(svg).not.toBeNull();
    const text = serialiseSvg(svg!, '2.8 Re-referrals');
    expect(text).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(text).toContain('width="800"');
    expect(text).toContain('fill="#ffffff"');
    expect(text).toContain('2.8 Re-referrals');
  });
});
