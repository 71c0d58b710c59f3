import { describe, expect, it } from 'vitest';
import { formatDay, formatDayTime, isoDay } from '@/domain/dates';

// Local-time dates (no zone): the same on any machine.
describe('dates as committee papers write them', () => {
  it.each([
    ['2016-01-18T09:05:00', '18 Jan 2016', '18 Jan 2016, 09:05'],
    ['2015-12-01T23:59:00', '1 Dec 2015', '1 Dec 2015, 23:59'],
    ['2016-09-30T07:00:00', '30 Sep 2016', '30 Sep 2016, 07:00'],
    // A date alone is that local day (as dayjs read it), not UTC midnight.
    ['2016-01-18', '18 Jan 2016', '18 Jan 2016, 00:00'],
    ['2016-03', '1 Mar 2016', '1 Mar 2016, 00:00'],
    ['2016-01-18T09:05:00.000Z', null, null],
    ['not a date', 'not a date', 'not a date'],
    ['', '', ''],
  ])('%s -> %s / %s', (iso, day, dayTime) => {
    if (day === null || dayTime === null) {
      // An instant in UTC: the local day and time, whatever the machine's zone.
      const d = new Date(iso);
      const months = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
      const local = `${d.getDate()} ${months[d.getMonth()]} ${d.getFullYear()}`;
      expect(formatDay(iso)).toBe(local);
      expect(formatDayTime(iso)).toBe(
        `${local}, ${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`,
      );
      return;
    }
    expect(formatDay(iso)).toBe(day);
    expect(formatDayTime(iso)).toBe(dayTime);
  });

  it('names files by the local day', () => {
    expect(isoDay(new Date(2016, 1, 3, 23, 30))).toBe('2016-02-03');
    expect(isoDay(new Date(2016, 10, 9, 0, 0))).toBe('2016-11-09');
  });
});
