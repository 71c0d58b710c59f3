import type { DotLabel, DotResult, Movement, Polarity, RagStatus, Target } from '@/domain/types';

interface Reading {
  value: number;
  decimals: number;
}

const round = (v: number, d: number) => Math.round(v * 10 ** d) / 10 ** d;

/** The middle of the green range, for "Within limits" indicators; null when there is none. */
function middleOf(target: Target): number | null {
  if (target.form === 'range') return (target.low + target.high) / 2;
  if (target.form === 'band') return target.centre;
  return null;
}

/**
 * Direction of travel, month on month (SPEC 3.2). Values are compared as imported (0.27% then
 * 0.3% is an increase); when the catalogue sets `decimals`, both are rounded to it first. The raw
 * movement is kept apart from the judgement, which the polarity decides.
 */
export function directionOfTravel(a: {
  polarity: Polarity;
  current: Reading | null;
  previous: Reading | null;
  decimals: number | null;
  target: Target;
  enabled: boolean;
}): DotResult {
  const current =
    a.current === null
      ? null
      : a.decimals === null
        ? a.current.value
        : round(a.current.value, a.decimals);
  const previous =
    a.previous === null
      ? null
      : a.decimals === null
        ? a.previous.value
        : round(a.previous.value, a.decimals);
  const result = (movement: Movement, label: DotLabel): DotResult => ({
    movement,
    label,
    current,
    previous,
  });
  if (!a.enabled) return result('none', 'off');
  if (current === null) return result('none', 'not-comparable');
  if (previous === null) return result('none', 'new');
  if (current === previous) return result('same', 'no-change');
  const movement: Movement = current > previous ? 'up' : 'down';
  const up = movement === 'up';
  switch (a.polarity) {
    case 'high':
      return result(movement, up ? 'improving' : 'worsening');
    case 'low':
      return result(movement, up ? 'worsening' : 'improving');
    case 'neutral':
      return result(movement, up ? 'increasing' : 'decreasing');
    case 'range': {
      const mid = middleOf(a.target);
      if (mid === null) return result(movement, up ? 'increasing' : 'decreasing');
      const before = Math.abs(previous - mid);
      const after = Math.abs(current - mid);
      if (after === before) return result(movement, 'no-change');
      return result(movement, after < before ? 'improving' : 'worsening');
    }
  }
}

const UP = /^(↑|⬆|▲|up|improving|improved|increasing|increase|increased|better)$/i;
const DOWN = /^(↓|⬇|▼|down|worsening|worsened|decreasing|decrease|decreased|worse)$/i;
const SAME = /^(→|↔|⇔|=|flat|same|no change|unchanged|level)$/i;

/**
 * Whether a DOT printed in an imported sheet matches ours. In the sheets an up arrow means
 * "improving" for measures with a good direction and "increasing" for information-only ones.
 * Null when nothing was printed or the cell cannot be read.
 */
export function printedDotAgrees(printed: string, result: DotResult): boolean | null {
  const p = printed.trim();
  if (p === '') return null;
  if (UP.test(p)) return result.label === 'improving' || result.label === 'increasing';
  if (DOWN.test(p)) return result.label === 'worsening' || result.label === 'decreasing';
  if (SAME.test(p)) return result.label === 'no-change';
  if (/^new$/i.test(p)) return result.label === 'new';
  return null;
}

/** A RAG printed in a sheet, in our terms: "Yellow" is Amber, "Grey" No target, "Red YTD" Red. */
export function printedRagStatus(printed: string): RagStatus | null {
  const p = printed
    .trim()
    .replace(/\s*ytd$/i, '')
    .toLowerCase();
  if (p === 'red' || p === 'r') return 'red';
  if (p === 'amber' || p === 'yellow' || p === 'a') return 'amber';
  if (p === 'green' || p === 'g') return 'green';
  if (p === 'grey' || p === 'gray') return 'no-target';
  if (p === 'tbc') return 'tbc';
  return null;
}
