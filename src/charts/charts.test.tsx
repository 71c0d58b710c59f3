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
      previous={{
        label: 'Same month last year (2014/15)',
        values: [20, 21, 22, 22, 23, 23, 22, 22, 23, 23, 22, 22.8],
      }}
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
    'Same month last year (2014/15)',
    'Target 23%',
    'SN average 2014/15: 23.6%',
    'England 2014/15: 24%',
    'Amber: 23% to 26%',
  ])('one legend: names "%s" once, beside its line, and has no key above', (label) => {
    const { container } = renderTrend();
    expect(container.querySelector('.chart-key')).toBeNull();
    const named = [...container.querySelectorAll('.chart__direct-labels text')].filter(
      (t) => t.textContent === label,
    );
    expect(named).toHaveLength(1);
  });

  it('draws last year solid and grey, not as a dashed black line that reads as a forecast', () => {
    const { container } = renderTrend();
    const curves = [...container.querySelectorAll('path.recharts-line-curve')];
    expect(curves).toHaveLength(2);
    const previous = curves.find((c) => c.getAttribute('stroke') !== '#0072B2')!;
    expect(previous.getAttribute('stroke')).toBe('#6f777b');
    expect(previous.getAttribute('stroke-dasharray')).toBeNull();
  });

  it('is one tab stop: the drawing, named by its summary, with nothing focusable inside', () => {
    const { container } = renderTrend();
    const drawing = screen.getByRole('img', {
      name: 'Re-referrals rose to 29.3% in December 2015',
    });
    expect(drawing).toHaveAttribute('tabindex', '0');
    const inside = drawing.querySelectorAll('[tabindex], a, button, input, select');
    expect(inside).toHaveLength(0);
    expect(container.querySelectorAll('svg [tabindex]')).toHaveLength(0);
    // Chromium would otherwise stop on each of Recharts' layers: the drawing inside is inert.
    expect(drawing.querySelector('svg')?.closest('[inert]')).not.toBeNull();
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
    // At most four series, named beside their lines only (one legend, no key above).
    const multi = screen.getByRole('figure', { name: 'Assessment outcomes' });
    expect(multi.querySelector('.chart-key')).toBeNull();
    const labels = multi.querySelector('.chart__direct-labels');
    expect(labels).toHaveTextContent('Series 4');
    expect(labels).not.toHaveTextContent('Series 5');
  });
});

describe('AnnualChart: benchmarks over their own year, figures never struck through', () => {
  function renderAnnual() {
    return render(
      <AnnualChart
        title="2.8 year on year"
        summary="2013/14: 24.9%, 2014/15: 22.8%"
        years={[
          { label: '2013/14', value: 24.9, text: '24.9%' },
          { label: '2014/15', value: 22.8, text: '22.8%' },
        ]}
        references={[
          // 23.6 is just above the 2014/15 bar (22.8): its line runs at the height of the figure.
          {
            key: 'sn',
            role: 'sn_avg',
            value: 23.6,
            label: 'SN average 2014/15: 23.6%',
            year: '2014/15',
          },
          {
            key: 'eng',
            role: 'national_avg',
            value: 24,
            label: 'England 2012/13: 24%',
            year: '2012/13',
          },
        ]}
        yAxisTitle="Percentage (%)"
        formatTick={pct}
        width={600}
        height={360}
      />,
    );
  }

  it('draws the 2014/15 SN average across the 2014/15 bar only, and no line for a year without a bar', () => {
    const { container } = renderAnnual();
    const bars = [...container.querySelectorAll('.recharts-bar-rectangle path')];
    expect(bars).toHaveLength(2);
    const [, bar1415] = bars.map((b) => ({
      x: Number(b.getAttribute('x')),
      w: Number(b.getAttribute('width')),
    }));
    const segments = [...container.querySelectorAll('.chart__year-benchmarks line')];
    expect(segments).toHaveLength(1);
    const x1 = Number(segments[0]!.getAttribute('x1'));
    const x2 = Number(segments[0]!.getAttribute('x2'));
    // Within the 2014/15 category: starts left of that bar and ends right of it, and starts
    // right of the 2013/14 bar's right edge.
    const bar1314 = {
      x: Number(bars[0]!.getAttribute('x')),
      w: Number(bars[0]!.getAttribute('width')),
    };
    expect(x1).toBeGreaterThan(bar1314.x + bar1314.w);
    expect(x1).toBeLessThanOrEqual(bar1415!.x);
    expect(x2).toBeGreaterThanOrEqual(bar1415!.x + bar1415!.w);
    // Both benchmarks are still named beside the chart.
    expect(container.querySelector('.chart__direct-labels')).toHaveTextContent(
      'England 2012/13: 24%',
    );
    // No line across the whole plot.
    expect(container.querySelectorAll('.recharts-reference-line')).toHaveLength(0);
  });

  it('writes each figure after the lines, with a white halo, so no line strikes it through', () => {
    const { container } = renderAnnual();
    const figures = [...container.querySelectorAll('.chart__bar-values text')];
    expect(figures.map((t) => t.textContent)).toEqual(['24.9%', '22.8%']);
    for (const t of figures) {
      expect(t).toHaveAttribute('stroke', '#ffffff');
      expect(t).toHaveAttribute('paint-order', 'stroke');
    }
    const lines = container.querySelector('.chart__year-benchmarks')!;
    const values = container.querySelector('.chart__bar-values')!;
    // Later in the document is painted on top.
    expect(lines.compareDocumentPosition(values) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
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
