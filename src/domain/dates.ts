import dayjs from 'dayjs';

/**
 * Dates of events (an import, a saved commentary) as people write them in committee papers:
 * "18 Jan 2016", "18 Jan 2016, 09:00", in the browser's time zone. A text that is not a date is
 * returned as it is.
 */
export function formatDay(iso: string): string {
  const d = dayjs(iso);
  return d.isValid() ? d.format('D MMM YYYY') : iso;
}

export function formatDayTime(iso: string): string {
  const d = dayjs(iso);
  return d.isValid() ? d.format('D MMM YYYY, HH:mm') : iso;
}

/** "2016-02-03" for file names, in the browser's time zone. */
export function isoDay(date: Date): string {
  return dayjs(date).format('YYYY-MM-DD');
}
