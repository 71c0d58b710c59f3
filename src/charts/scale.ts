/**
 * The value axis of a chart: a "nice" domain and its ticks, computed here (not by Recharts) so the
 * label layout knows where each value falls. Presentation only: no domain rule lives here.
 */
export interface ValueScale {
  min: number;
  max: number;
  ticks: number[];
}

/** The step between ticks: 1, 2, 2.5 or 5 times a power of ten, giving about `count` ticks. */
export function niceStep(span: number, count = 5): number {
  if (!(span > 0) || !Number.isFinite(span)) return 1;
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice =
    fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

/**
 * A domain that holds every finite value and starts at zero when all values are zero or more
 * (an honest baseline: small changes are not blown up). No values gives 0..1.
 */
export function valueScale(values: readonly (number | null | undefined)[], count = 5): ValueScale {
  const finite = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  if (finite.length === 0) return { min: 0, max: 1, ticks: [0, 0.5, 1] };
  const lo = Math.min(0, ...finite);
  let hi = Math.max(...finite);
  if (hi === lo) hi = lo + 1;
  const step = niceStep(hi - lo, count);
  const min = Math.floor(lo / step) * step;
  const max = Math.ceil(hi / step) * step;
  const ticks: number[] = [];
  for (let t = min; t <= max + step / 2; t += step) ticks.push(Number(t.toPrecision(12)));
  return { min, max: ticks[ticks.length - 1] ?? max, ticks };
}
