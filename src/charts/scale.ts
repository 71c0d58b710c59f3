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

/**
 * A domain fitted to the values (meeting mode): from just below the lowest to just above the
 * highest of the lines, target, band and benchmarks, on nice ticks, so lines a point apart can be
 * told apart on a projector. Never below 0 when every value is 0 or more, and never above `cap`
 * (100 for percentages) when no value is. One value alone gets a step either side.
 */
export function fittedScale(
  values: readonly (number | null | undefined)[],
  { count = 5, cap }: { count?: number; cap?: number } = {},
): ValueScale {
  const finite = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  if (finite.length === 0) return { min: 0, max: 1, ticks: [0, 0.5, 1] };
  let lo = Math.min(...finite);
  let hi = Math.max(...finite);
  if (hi === lo) {
    const pad = niceStep(Math.abs(lo) || 1, count);
    lo -= pad;
    hi += pad;
  }
  const step = niceStep(hi - lo, count);
  let min = Math.floor(lo / step) * step;
  let max = Math.ceil(hi / step) * step;
  // A value on a tick still gets room: the axis runs one step past it.
  if (min === lo) min -= step;
  if (max === hi) max += step;
  if (Math.min(...finite) >= 0) min = Math.max(0, min);
  if (cap !== undefined && Math.max(...finite) <= cap) max = Math.min(cap, max);
  const ticks: number[] = [];
  for (let t = min; t <= max + step / 2; t += step) ticks.push(Number(t.toPrecision(12)));
  return { min: Number(min.toPrecision(12)), max: ticks[ticks.length - 1] ?? max, ticks };
}

/**
 * How the month labels fit under a plot `plotWidth` px wide: level when each has room for its
 * text (about 0.6 of the font size a character, plus a gap), else turned upright (a label then
 * needs about 1.2 times the font size across). Where even upright labels would overlap, every
 * `step`-th month is labelled (the axis title names the months: "April to March"). `height` is
 * the room the axis needs for them.
 */
export function categoryTicks(
  plotWidth: number,
  labels: readonly string[],
  fontSize: number,
): { angle: 0 | -90; step: number; height: number } {
  const longest = Math.max(0, ...labels.map((l) => l.length));
  const textWidth = longest * fontSize * 0.6;
  const room = labels.length > 0 ? plotWidth / labels.length : plotWidth;
  if (textWidth + fontSize * 0.5 <= room)
    return { angle: 0, step: 1, height: Math.round(fontSize * 1.6) };
  const step = Math.max(1, Math.ceil((fontSize * 1.2) / Math.max(room, 1)));
  return { angle: -90, step, height: Math.round(textWidth + fontSize * 0.8) };
}
