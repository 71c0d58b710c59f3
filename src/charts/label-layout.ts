/** A label that wants to sit at `value` on the value axis. */
export interface LabelSlot {
  key: string;
  value: number;
  /**
   * How much of the axis the label takes (a label of two lines takes twice a line's height);
   * `minGap` when not given. A sized label is also kept wholly inside [min, max].
   */
  size?: number;
}

/**
 * Moves labels apart so that none overlaps: sorted by value, each label is at least half its own
 * size plus half its neighbour's (`minGap` for labels without a size) above the one below it, and
 * the stack is then pulled back inside [min, max] where it can be. Returns where each label's
 * centre should be drawn, by key. Close reference lines (target 23%, SN average 23.6%, England
 * 24%) stay readable this way, and a label wrapped onto two lines takes the room of two.
 */
export function spreadLabels(
  slots: readonly LabelSlot[],
  minGap: number,
  min: number,
  max: number,
): Map<string, number> {
  const sorted = [...slots].sort((a, b) => a.value - b.value);
  const gap = (i: number) => ((sorted[i]?.size ?? minGap) + (sorted[i + 1]?.size ?? minGap)) / 2;
  const low = (i: number) => min + (sorted[i]?.size ?? 0) / 2;
  const high = (i: number) => max - (sorted[i]?.size ?? 0) / 2;
  const placed = sorted.map((s, i) => Math.max(s.value, low(i)));
  for (let i = 1; i < placed.length; i += 1) {
    const below = placed[i - 1] as number;
    if ((placed[i] as number) < below + gap(i - 1)) placed[i] = below + gap(i - 1);
  }
  const last = placed.length - 1;
  const top = placed[last];
  if (top !== undefined && top > high(last)) {
    placed[last] = Math.max(low(last), high(last));
    for (let i = last - 1; i >= 0; i -= 1) {
      const above = placed[i + 1] as number;
      if ((placed[i] as number) > above - gap(i)) placed[i] = Math.max(low(i), above - gap(i));
    }
  }
  return new Map(sorted.map((s, i) => [s.key, placed[i] as number]));
}

/** Measures the drawn width of a text, in pixels. */
export type MeasureText = (text: string) => number;

const ELLIPSIS = '…';

/** The longest start of `text` that fits `width` with an ellipsis after it (at least one character). */
function shorten(text: string, width: number, measure: MeasureText): string {
  if (measure(text) <= width) return text;
  let fit = 1;
  let lo = 1;
  let hi = text.length - 1;
  while (lo <= hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (measure(text.slice(0, mid).trimEnd() + ELLIPSIS) <= width) {
      fit = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return text.slice(0, fit).trimEnd() + ELLIPSIS;
}

/**
 * Splits a label into at most `maxLines` lines no wider than `width`, breaking between words.
 * Whatever does not fit on the last line is shortened with an ellipsis (so is a single word wider
 * than the column). The full text stays in the chart's key, its data table and its accessible
 * summary; only the drawing is shortened. Pure: `measure` says how wide a text is drawn.
 */
export function wrapLabel(
  text: string,
  width: number,
  measure: MeasureText,
  maxLines = 2,
): string[] {
  const words = text
    .trim()
    .split(/\s+/)
    .filter((w) => w !== '');
  if (words.length === 0) return [];
  const lines: string[] = [];
  let i = 0;
  while (i < words.length && lines.length < maxLines - 1) {
    let line = words[i] as string;
    i += 1;
    while (i < words.length && measure(`${line} ${words[i] as string}`) <= width) {
      line = `${line} ${words[i] as string}`;
      i += 1;
    }
    lines.push(shorten(line, width, measure));
  }
  if (i < words.length) lines.push(shorten(words.slice(i).join(' '), width, measure));
  return lines;
}

/**
 * A text width estimated from the font size when the page cannot measure it (tests, no canvas):
 * generous, so an estimate errs towards wrapping rather than clipping.
 */
export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    if (/[iljt.,:;'|!() ]/.test(ch)) em += 0.33;
    else if (/[mwMW%@]/.test(ch)) em += 0.9;
    else if (/[A-Z0-9]/.test(ch)) em += 0.66;
    else em += 0.56;
  }
  return em * fontSize;
}
