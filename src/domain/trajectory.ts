import type {
  DatedTarget,
  Indicator,
  MonthKey,
  RagStatus,
  TrajectoryPoint,
  Unit,
} from '@/domain/types';
import {
  addMonths,
  financialYearOf,
  formatMonthLong,
  monthsOfYear,
  parseMonth,
} from '@/domain/periods';
import { parseValue } from '@/domain/values';
import { formatNumber } from '@/domain/format';

/**
 * Targets by a date (SPEC 2.10). A dated target (`600 by 2020-03`, `600 by 31 March 2020`,
 * optionally `from 2019-10`) runs in a straight line from the value in the month it was set (or,
 * without `from`, April of the target's financial year) to the target at its date; a trajectory
 * file gives the path month by month (and wins over the catalogue's text when both exist). Each
 * month: the actual against the path, ahead or behind by the direction of travel, and the monthly
 * change still needed to reach the target; a RAG against the path where the catalogue asks for it
 * (`rag_rule = trajectory`): Green on or ahead, Amber behind by no more than one month's planned
 * step, Red further behind.
 */

export type ParsedDatedTarget = { ok: true; target: DatedTarget } | { ok: false; reason: string };

/** Reads "600 by 2020-03", "600 by 31 March 2020", "86% by Mar-16 from 2015-04". */
export function parseDatedTarget(text: string): ParsedDatedTarget {
  const m = /^\s*(.+?)\s+by\s+(.+?)(?:\s+from\s+(.+?))?\s*$/i.exec(text);
  const fail = (why: string): ParsedDatedTarget => ({
    ok: false,
    reason: `"${text.trim()}" is not a target by a date (${why}). Write it as "600 by 2020-03" or "600 by 31 March 2020".`,
  });
  if (!m) return fail('no "by"');
  const value = parseValue(m[1] ?? '');
  if (value.kind !== 'number') return fail(`"${m[1] ?? ''}" is not a number`);
  const month = readMonth(m[2] ?? '');
  if (!month) return fail(`"${m[2] ?? ''}" is not a month`);
  const from = m[3] === undefined ? null : readMonth(m[3]);
  if (m[3] !== undefined && !from) return fail(`"${m[3]}" is not a month`);
  if (from && from >= month) return fail('it starts after its date');
  return { ok: true, target: { value: value.value, month, from, text: text.trim() } };
}

/** A month, also written as a day: "31 March 2020". */
function readMonth(raw: string): MonthKey | null {
  return parseMonth(raw) ?? parseMonth(raw.replace(/^\s*\d{1,2}(st|nd|rd|th)?\s+/i, ''));
}

export type Standing = 'ahead' | 'on' | 'behind' | 'no-data';

export const STANDING_WORDS: Record<Standing, string> = {
  ahead: 'Ahead of the trajectory',
  on: 'On the trajectory',
  behind: 'Behind the trajectory',
  'no-data': 'No value',
};

export interface TrajectoryMonth {
  month: MonthKey;
  planned: number;
  actual: number | null;
  /** actual - planned, in the indicator's unit. */
  gap: number | null;
  standing: Standing;
  /** The change a month still needed from this month's actual to reach the target; null at the end. */
  neededPerMonth: number | null;
  /** Against the path, when the catalogue asks for it; null otherwise. */
  rag: RagStatus | null;
}

export type Trajectory =
  | { kind: 'none'; reason: string }
  | {
      kind: 'trajectory';
      source: 'target' | 'file';
      start: { month: MonthKey; value: number };
      end: { month: MonthKey; value: number };
      /** The planned change a month, on average over the path. */
      stepPerMonth: number;
      months: TrajectoryMonth[];
      /** The month shown ("as at", or the target's month when that is earlier), or null before the start. */
      current: TrajectoryMonth | null;
      /** "Target: 600 by March 2020, from 625 in October 2019: a fall of 5 a month." */
      plan: string;
      /** "October 2019: 610 against the trajectory's 620, ahead by 10; a fall of 2 a month is needed from here." */
      sentence: string;
    };

const EPS = 1e-9;
const tidy = (v: number) => Math.round(v * 1e9) / 1e9;

/** "a fall of 5 a month", "a rise of 0.5 points a month", "no change". */
export function changeWords(perMonth: number, unit: Unit): string {
  if (Math.abs(perMonth) < EPS) return 'no change a month';
  const size =
    unit === 'percent'
      ? `${formatNumber(Math.round(Math.abs(perMonth) * 10) / 10, 'count', null)} points`
      : formatNumber(
          Math.round(Math.abs(perMonth) * 10) / 10,
          unit === 'count' ? 'count' : unit,
          null,
        );
  return `a ${perMonth < 0 ? 'fall' : 'rise'} of ${size} a month`;
}

interface Options {
  indicator: Pick<Indicator, 'unit' | 'decimals'> &
    Partial<Pick<Indicator, 'polarity'>> & { trajectoryRag?: boolean };
  asAt: MonthKey;
  actualOf: (month: MonthKey) => number | null;
}

/** The path of a dated target: a straight line from the start month's value to the target. */
export function trajectoryFromTarget(target: DatedTarget, o: Options): Trajectory {
  const fy = financialYearOf(target.month);
  let startMonth = target.from ?? monthsOfYear(fy)[0] ?? target.month;
  if (startMonth >= target.month) startMonth = addMonths(startMonth, -12);
  const startValue = o.actualOf(startMonth);
  if (startValue === null)
    return {
      kind: 'none',
      reason: `The target ${target.text} starts in ${formatMonthLong(startMonth)}, which has no value yet.`,
    };
  const n = monthsBetween(startMonth, target.month);
  const path = Array.from({ length: n + 1 }, (_, i) => ({
    month: addMonths(startMonth, i),
    planned: tidy(startValue + ((target.value - startValue) * i) / n),
  }));
  return build('target', path, o);
}

/** The path of a trajectory file: its months as given, in order. */
export function trajectoryFromPoints(points: readonly TrajectoryPoint[], o: Options): Trajectory {
  const path = [...points]
    .sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0))
    .map((p) => ({ month: p.month, planned: p.value }));
  if (path.length < 2) return { kind: 'none', reason: 'A trajectory needs at least two months.' };
  return build('file', path, o);
}

function monthsBetween(a: MonthKey, b: MonthKey): number {
  const [ya, ma] = a.split('-').map(Number) as [number, number];
  const [yb, mb] = b.split('-').map(Number) as [number, number];
  return (yb - ya) * 12 + (mb - ma);
}

function build(
  source: 'target' | 'file',
  path: { month: MonthKey; planned: number }[],
  o: Options,
): Trajectory {
  const first = path[0]!;
  const last = path[path.length - 1]!;
  const n = Math.max(1, monthsBetween(first.month, last.month));
  const step = (last.planned - first.planned) / n;
  // The direction of travel decides "ahead": towards the target is good; on a flat path (a
  // steady monthly number), the indicator's polarity.
  const polarity = o.indicator.polarity;
  const direction =
    Math.sign(last.planned - first.planned) ||
    (polarity === 'high' ? 1 : polarity === 'low' ? -1 : 0);
  const unit = o.indicator.unit;
  // A planned figure between whole numbers is shown to one place, not as 603.6363...
  const f = (v: number) => formatNumber(Math.round(v * 10) / 10, unit, o.indicator.decimals);
  const months: TrajectoryMonth[] = path.map(({ month, planned }) => {
    const actual = month <= o.asAt ? o.actualOf(month) : null;
    if (actual === null)
      return {
        month,
        planned,
        actual,
        gap: null,
        standing: 'no-data',
        neededPerMonth: null,
        rag: null,
      };
    const gap = tidy(actual - planned);
    const along = direction === 0 ? -Math.abs(gap) : gap * direction;
    const standing: Standing = Math.abs(gap) < EPS ? 'on' : along > 0 ? 'ahead' : 'behind';
    const left = monthsBetween(month, last.month);
    const neededPerMonth = left > 0 ? tidy((last.planned - actual) / left) : null;
    const tolerance = Math.abs(step) > EPS ? Math.abs(step) : Math.abs(planned) / 100;
    const rag: RagStatus | null = !o.indicator.trajectoryRag
      ? null
      : standing !== 'behind'
        ? 'green'
        : Math.abs(gap) <= tolerance + EPS
          ? 'amber'
          : 'red';
    return { month, planned, actual, gap, standing, neededPerMonth, rag };
  });
  const shown = o.asAt < last.month ? o.asAt : last.month;
  const current = months.find((m) => m.month === shown) ?? null;
  const plan =
    `Target: ${f(last.planned)} by ${formatMonthLong(last.month)}, from ${f(first.planned)} in ` +
    `${formatMonthLong(first.month)}${source === 'file' ? ' (trajectory file)' : ''}: ` +
    `${changeWords(step, unit)} planned.`;
  let sentence: string;
  if (!current) sentence = `The trajectory starts in ${formatMonthLong(first.month)}.`;
  else if (current.actual === null || current.gap === null)
    sentence = `${formatMonthLong(current.month)} has no value to compare with the trajectory's ${f(current.planned)}.`;
  else {
    const against = `${formatMonthLong(current.month)}: ${f(current.actual)} against the trajectory's ${f(current.planned)}`;
    const by =
      current.standing === 'on'
        ? 'on the trajectory'
        : `${current.standing} by ${f(Math.abs(current.gap))}`;
    const needed =
      current.neededPerMonth === null
        ? current.standing === 'behind'
          ? 'the target was missed'
          : 'the target was met'
        : `${changeWords(current.neededPerMonth, unit)} is needed from here`;
    sentence = `${against}, ${by}; ${needed}.`;
  }
  return {
    kind: 'trajectory',
    source,
    start: { month: first.month, value: first.planned },
    end: { month: last.month, value: last.planned },
    stepPerMonth: step,
    months,
    current,
    plan,
    sentence,
  };
}

/**
 * An indicator's trajectory file path: the points of the newest import that gives one (an older
 * file's path comes back when that import is removed). Empty without one.
 */
export function trajectoryPointsOf(
  points: readonly TrajectoryPoint[] | undefined,
  importOrder: readonly string[],
  indicatorId: string,
): TrajectoryPoint[] {
  const mine = (points ?? []).filter((p) => p.indicatorId === indicatorId);
  if (mine.length === 0) return [];
  const rank = (p: TrajectoryPoint) => importOrder.indexOf(p.importId ?? '');
  const newest = mine.reduce((best, p) => (rank(p) > rank(best) ? p : best));
  return mine.filter((p) => p.importId === newest.importId);
}
