import type { AwaitingData, Frequency, Indicator, MonthKey, WorkspaceData } from '@/domain/types';
import { DEFAULT_DUE_DAYS, agencyName, agencyOf } from '@/domain/agency';
import { SHORT_MONTHS, addMonths, financialYearOf, formatMonthLong } from '@/domain/periods';

/** A calendar date 'YYYY-MM-DD'. */
export type IsoDate = string;

const pad = (n: number) => String(n).padStart(2, '0');
const toIso = (d: Date): IsoDate =>
  `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const fromIso = (iso: IsoDate): Date =>
  new Date(
    Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))),
  );

/** The last day of a month: '2016-02' -> '2016-02-29'. */
export function monthEnd(m: MonthKey): IsoDate {
  return toIso(new Date(Date.UTC(Number(m.slice(0, 4)), Number(m.slice(5, 7)), 0)));
}

/** A date `days` calendar days later (across month and year ends). */
export function addDays(iso: IsoDate, days: number): IsoDate {
  const d = fromIso(iso);
  d.setUTCDate(d.getUTCDate() + days);
  return toIso(d);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((fromIso(to).getTime() - fromIso(from).getTime()) / 86_400_000);
}

/** "20 Jan", as the board's papers write a due date. */
export function shortDate(iso: IsoDate): string {
  return `${Number(iso.slice(8, 10))} ${SHORT_MONTHS[Number(iso.slice(5, 7)) - 1]}`;
}

/** "20 Jan 2016". */
export function longDate(iso: IsoDate): string {
  return `${shortDate(iso)} ${iso.slice(0, 4)}`;
}

/** Whether a text is a real calendar date 'YYYY-MM-DD' (the tracker's "checked on"). */
export function isIsoDate(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && toIso(fromIso(text)) === text;
}

/**
 * The period of a frequency that ends with month `m`, or null when none does: a monthly figure's
 * period is the month; a quarterly figure's is the quarter of the financial year (April-June,
 * July-September, October-December, January-March), returned as an ordinary monthly value for
 * its last month (SPEC 2.9); an annual figure's is the financial year, ending in March.
 */
export function periodEndingIn(
  frequency: Frequency,
  m: MonthKey,
): { period: string; label: string } | null {
  const month = Number(m.slice(5, 7));
  if (frequency === 'monthly') return { period: m, label: formatMonthLong(m) };
  if (frequency === 'quarterly')
    return month % 3 === 0
      ? {
          period: m,
          label: `${SHORT_MONTHS[month - 3]}-${SHORT_MONTHS[month - 1]} ${m.slice(0, 4)}`,
        }
      : null;
  return month === 3 ? { period: financialYearOf(m), label: financialYearOf(m) } : null;
}

/** When the figure of the period ending in month `m` is due: the month's last day + N days. */
export const dueDateOf = (m: MonthKey, dueDays: number): IsoDate => addDays(monthEnd(m), dueDays);

/**
 * Whether the completeness tracker follows an indicator: its catalogue row names an agency or
 * says when it is expected. An indicator of a catalogue without those columns (the council's own
 * extract) is not awaited from anyone (docs/decisions.md, "Partner agencies").
 */
export const isTracked = (ind: Indicator): boolean =>
  ind.agency !== undefined || ind.expected !== undefined;

/** When an indicator's figure is due: the catalogue's `expected`, else monthly after the default days. */
export const expectedOf = (ind: Indicator) =>
  ind.expected ?? { frequency: 'monthly' as const, dueDays: DEFAULT_DUE_DAYS };

/** Has the indicator a value, or a returned no-value marker, for the period? */
export type Returned = (indicatorId: string, period: string) => boolean;

/**
 * What was returned, from a workspace: a value (or a count to make a rate of) or an agency's
 * no-value marker. An annual figure also counts when given as its March value.
 */
export function returnedIn(ws: WorkspaceData): Returned {
  let r = returnedByWorkspace.get(ws);
  if (!r) {
    r = buildReturned(ws);
    returnedByWorkspace.set(ws, r);
  }
  return r;
}

/** Kept per workspace object (workspaces are never changed in place). */
const returnedByWorkspace = new WeakMap<WorkspaceData, Returned>();

function buildReturned(ws: WorkspaceData): Returned {
  // Only tracked indicators are ever asked about: a million council values add nothing here.
  const tracked = new Set(ws.indicators.filter(isTracked).map((i) => i.id));
  const held = new Set<string>();
  if (tracked.size > 0)
    for (const o of ws.observations)
      if (tracked.has(o.indicatorId) && (o.value !== null || o.numerator !== null))
        held.add(`${o.indicatorId}\u0000${o.period}`);
  for (const m of ws.markers ?? []) held.add(`${m.indicatorId}\u0000${m.period}`);
  return (id, period) =>
    held.has(`${id}\u0000${period}`) ||
    (/^\d{4}\/\d{2}$/.test(period) && held.has(`${id}\u0000${Number(period.slice(0, 4)) + 1}-03`));
}

export type CompletenessStatus = 'received' | 'late' | 'awaiting' | 'not-due';

export interface CompletenessCell {
  month: MonthKey;
  status: CompletenessStatus;
  /** The periods due at this month's end (one per frequency the agency returns). */
  labels: string[];
  /** The earliest due date of what is missing, else of what was expected; null when not due. */
  due: IsoDate | null;
  /** Days past the due date on the day checked (late only). */
  daysLate: number | null;
  expected: number;
  received: number;
  /** The indicators still missing, in scorecard order. */
  missing: Indicator[];
}

export interface AgencyCompleteness {
  agency: string;
  name: string;
  indicators: Indicator[];
  cells: CompletenessCell[];
}

/** One agency's submission not yet returned, for the board's list. */
export interface OutstandingReturn {
  agency: string;
  name: string;
  month: MonthKey;
  labels: string[];
  due: IsoDate;
  /** Null while it is not yet due (awaiting). */
  daysLate: number | null;
  missing: Indicator[];
}

export interface Completeness {
  asAt: MonthKey;
  checkedOn: IsoDate;
  months: MonthKey[];
  agencies: AgencyCompleteness[];
  /** Late first (most days late first), then awaiting, by due date. */
  outstanding: OutstandingReturn[];
}

/** How many months the tracker shows, ending at the chosen month. */
export const TRACKED_MONTHS = 6;

/**
 * The completeness tracker (SPEC 2.9, 4): for each agency with tracked indicators and each of the
 * months up to `asAt`, what was due at that month's end and whether it came. A submission is
 * received when every indicator expected for the period has a value or a no-value marker; late
 * when something is missing after the due date (`checkedOn` later than it); awaiting before.
 * Nothing is due (nor late) for a period the catalogue does not expect.
 */
export function computeCompleteness(
  indicators: Indicator[],
  returned: Returned,
  asAt: MonthKey,
  checkedOn: IsoDate,
  count = TRACKED_MONTHS,
): Completeness {
  const months = Array.from({ length: count }, (_, i) => addMonths(asAt, i - count + 1));
  const byAgency = new Map<string, Indicator[]>();
  // `indicators` in scorecard order: each agency's list keeps it.
  for (const ind of indicators.filter(isTracked)) {
    const list = byAgency.get(agencyOf(ind)) ?? [];
    list.push(ind);
    byAgency.set(agencyOf(ind), list);
  }
  const agencies: AgencyCompleteness[] = [...byAgency].map(([agency, inds]) => ({
    agency,
    name: agencyName(agency),
    indicators: inds,
    cells: months.map((month) => cellOf(inds, returned, month, checkedOn)),
  }));
  agencies.sort((a, b) => a.name.localeCompare(b.name));
  const outstanding: OutstandingReturn[] = agencies.flatMap((a) =>
    a.cells
      .filter((c) => c.status === 'late' || c.status === 'awaiting')
      .map((c) => ({
        agency: a.agency,
        name: a.name,
        month: c.month,
        labels: c.labels,
        due: c.due!,
        daysLate: c.daysLate,
        missing: c.missing,
      })),
  );
  outstanding.sort(
    (a, b) =>
      (b.daysLate ?? -1) - (a.daysLate ?? -1) || (a.due < b.due ? -1 : a.due > b.due ? 1 : 0),
  );
  return { asAt, checkedOn, months, agencies, outstanding };
}

function cellOf(
  inds: Indicator[],
  returned: Returned,
  month: MonthKey,
  checkedOn: IsoDate,
): CompletenessCell {
  const labels = new Set<string>();
  const expected: { ind: Indicator; period: string; due: IsoDate }[] = [];
  for (const ind of inds) {
    const { frequency, dueDays } = expectedOf(ind);
    const p = periodEndingIn(frequency, month);
    if (!p) continue;
    labels.add(p.label);
    expected.push({ ind, period: p.period, due: dueDateOf(month, dueDays) });
  }
  const base = { month, labels: [...labels], expected: expected.length };
  if (expected.length === 0)
    return { ...base, status: 'not-due', due: null, daysLate: null, received: 0, missing: [] };
  const missing = expected.filter((e) => !returned(e.ind.id, e.period));
  const earliest = (list: typeof expected) => list.map((e) => e.due).sort()[0]!;
  if (missing.length === 0)
    return {
      ...base,
      status: 'received',
      due: earliest(expected),
      daysLate: null,
      received: expected.length,
      missing: [],
    };
  const due = earliest(missing);
  const late = daysBetween(due, checkedOn);
  return {
    ...base,
    status: late > 0 ? 'late' : 'awaiting',
    due,
    daysLate: late > 0 ? late : null,
    received: expected.length - missing.length,
    missing: missing.map((e) => e.ind),
  };
}

/**
 * A tracked indicator's figure for month M that has not come, in words for the scorecard, meeting
 * mode and the pack: "Awaiting data from Health (due 20 Jan)". Null when the figure is there, not
 * due at M's end, or the indicator is not tracked.
 */
export function awaitingAt(
  ind: Indicator,
  returned: Returned,
  asAt: MonthKey,
): AwaitingData | null {
  if (!isTracked(ind)) return null;
  const { frequency, dueDays } = expectedOf(ind);
  const p = periodEndingIn(frequency, asAt);
  if (!p || returned(ind.id, p.period)) return null;
  const agency = agencyOf(ind);
  const due = dueDateOf(asAt, dueDays);
  const name = agencyName(agency);
  return {
    agency,
    agencyName: name,
    due,
    words: `Awaiting data from ${name} (due ${shortDate(due)})`,
  };
}

/** The columns of an agency's return template (SPEC 2.9: the long form of 2.3 with `agency`). */
export const TEMPLATE_HEADER = [
  'indicator_id',
  'indicator',
  'period',
  'value',
  'numerator',
  'denominator',
  'note',
  'agency',
];

/**
 * An agency's return template (SPEC 2.9): the header, then one row per indicator it supplies and
 * period due that has not come (late or awaiting, oldest first), value empty; with nothing
 * outstanding, the periods due at the latest month that expects any. Period as `2015-12` (a
 * quarter as its last month, SPEC 2.9) or `2015/16` (annual). Rows of strings, for a CSV writer.
 */
export function agencyTemplateRows(a: AgencyCompleteness): string[][] {
  const outstanding = a.cells.filter((c) => c.status === 'late' || c.status === 'awaiting');
  const latest = [...a.cells].reverse().find((c) => c.expected > 0);
  const cells = outstanding.length > 0 ? outstanding : latest ? [latest] : [];
  const rows: string[][] = [];
  for (const c of cells) {
    const inds = outstanding.length > 0 ? c.missing : a.indicators;
    for (const ind of inds) {
      const p = periodEndingIn(expectedOf(ind).frequency, c.month);
      if (p) rows.push([ind.id, ind.name, p.period, '', '', '', '', a.name]);
    }
  }
  return [TEMPLATE_HEADER, ...rows];
}
