import { describe, expect, it } from 'vitest';
import { formatDay, formatDayTime, isoDay } from '@/domain/dates';

// Local-time dates (no zone): the same on any machine.
describe('dates as committee papers write them', () => {
  it.each([
    ['2016-01-18T09:05:00', '18 Jan 2016', '18 Jan 2016, 09:05'],
    ['2015-12-01T23:59:00', '1 Dec 2015', '1 Dec 2015, 23:59'],
    ['not a date', 'not a date', 'not a date'],
  ])('%s -> %s / %s', (iso, day, dayTime) => {
    expect(formatDay(iso)).toBe(day);
    expect(formatDayTime(iso)).toBe(dayTime);
  });

  it('names files by the local day', () => {
    expect(isoDay(new Date(2016, 1, 3, 23, 30))).toBe('2016-02-03');
  });
});
