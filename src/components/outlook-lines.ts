import type { IndicatorView } from '@/domain/indicator-view';
import type { ChartLine } from '@/charts/chart-types';
import { OUTLOOK_STYLE } from '@/charts/palette';
import { PROJECTION_METHOD_WORDS } from '@/domain/projection';
import { formatNumber } from '@/domain/format';

/**
 * The trend chart's lines that are not months that happened (issue 13): the year-end projection
 * (dashed, from the "as at" month to March) with its range (dotted), and the trajectory of a
 * target by a date (dash-dot), on the chart's April-to-March months. None has markers, and each
 * is named in its label, so none is read as an actual.
 */
export function outlookLines(view: IndicatorView): ChartLine[] {
  const months = view.year.points.map((p) => p.month);
  const empty = () => months.map((): number | null => null);
  const lines: ChartLine[] = [];
  const p = view.projection;
  if (p.kind === 'projected') {
    const start = view.year.points.find((x) => x.month === view.asAt)?.value ?? null;
    const series = (pick: 'value' | 'low' | 'high') => {
      const values = empty();
      const at = months.indexOf(view.asAt);
      if (at >= 0) values[at] = start;
      for (const m of p.path) {
        const i = months.indexOf(m.month);
        if (i >= 0) values[i] = m[pick];
      }
      return values;
    };
    const line = (key: string, label: string, values: (number | null)[], range: boolean) => ({
      key,
      label,
      values,
      ...(range ? OUTLOOK_STYLE.range : OUTLOOK_STYLE.projection),
      marker: 'diamond' as const,
      noMarkers: true,
    });
    lines.push(
      line(
        'projection',
        `Projection (${PROJECTION_METHOD_WORDS[p.method]})`,
        series('value'),
        false,
      ),
      line('projection-low', 'Projection range, low', series('low'), true),
      line('projection-high', 'Projection range, high', series('high'), true),
    );
  }
  const t = view.trajectory;
  if (t && t.kind === 'trajectory') {
    const values = empty();
    for (const m of t.months) {
      const i = months.indexOf(m.month);
      if (i >= 0) values[i] = m.planned;
    }
    if (values.some((v) => v !== null))
      lines.push({
        key: 'trajectory',
        label: `Trajectory to ${formatNumber(t.end.value, view.indicator.unit, view.indicator.decimals)}`,
        values,
        ...OUTLOOK_STYLE.trajectory,
        marker: 'triangle',
        noMarkers: true,
      });
  }
  return lines;
}

/** The chart summary's sentences for those lines. */
export function outlookSummary(view: IndicatorView): string[] {
  const out: string[] = [];
  if (view.projection.kind === 'projected')
    out.push(`A dashed line projects the months to March: ${view.projection.sentence}`);
  if (view.trajectory?.kind === 'trajectory')
    out.push(`A dash-dot line shows the trajectory. ${view.trajectory.plan}`);
  return out;
}
