/**
 * How far the reading of one file has got, for the progress shown while a large file is read:
 * `reading`, characters of text split into rows (`done` of `total`, `rows` so far); `checking`,
 * rows validated (`done` of `total` rows).
 */
export interface ParseProgress {
  phase: 'reading' | 'checking';
  done: number;
  total: number;
  rows: number;
}

export type OnParseProgress = (progress: ParseProgress) => void;

/** Rows validated between two progress reports while checking. */
export const CHECK_PROGRESS_ROWS = 8192;

/** One overall percentage: reading the text is the first half, checking the rows the second. */
export function progressPercent(p: ParseProgress): number {
  const part = p.total > 0 ? Math.min(1, p.done / p.total) : 1;
  return Math.floor((p.phase === 'reading' ? part / 2 : 0.5 + part / 2) * 100);
}
