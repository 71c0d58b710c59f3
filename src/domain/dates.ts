import { SHORT_MONTHS } from '@/domain/periods';

/**
 * Dates of events (an import, a saved commentary) as people write them in committee papers:
 * "18 Jan 2016", "18 Jan 2016, 09:00", in the browser's time zone. A text that is not a date is
 * returned as it is.
 *
 * Three fixed English formats, written with the platform's Date rather than dayjs, so the
 * scorecard's first visit does not load a date library for them (docs/decisions.md, "The
 * first-visit budget"); dayjs stays where dates are parsed from what users type (actions.ts).
 * Month names are fixed, not the locale's: Chromium's en-GB writes September "Sept".
 */

/** A date alone ("2016-01-18", "2016-01") is a local day, as dayjs reads it (Date reads UTC). */
const DATE_ONLY = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/;

function parse(iso: string): Date | null {
  const m = DATE_ONLY.exec(iso.trim());
  const d = m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3] ?? 1)) : new Date(iso);
  return Number.isNaN(d.getTime()) ? null : d;
}

const two = (n: number): string => String(n).padStart(2, '0');
const day = (d: Date): string => `${d.getDate()} ${SHORT_MONTHS[d.getMonth()]} ${d.getFullYear()}`;

export function formatDay(iso: string): string {
  const d = parse(iso);
  return d ? day(d) : iso;
}

export function formatDayTime(iso: string): string {
  const d = parse(iso);
  return d ? `${day(d)}, ${two(d.getHours())}:${two(d.getMinutes())}` : iso;
}

/** "2016-02-03" for file names, in the browser's time zone. */
export function isoDay(date: Date): string {
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}
