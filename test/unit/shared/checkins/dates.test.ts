import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonthsClamped,
  dayNumber,
  daysBetween,
  formatShortDate,
} from '../../../../shared/domain/checkins/dates';

describe('calendar dates', () => {
  it('counts calendar days across month, year and DST boundaries', () => {
    expect(daysBetween('2027-01-01', '2027-04-01')).toBe(90);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2027-03-27', '2027-03-29')).toBe(2);
    expect(daysBetween('2027-02-14', '2027-02-01')).toBe(-13);
    expect(dayNumber('1970-01-02')).toBe(1);
  });

  it('adds days', () => {
    expect(addDays('2027-02-25', 7)).toBe('2027-03-04');
    expect(addDays('2028-02-25', 7)).toBe('2028-03-03');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
  });

  it('adds months clamped to the end of shorter months', () => {
    expect(addMonthsClamped('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonthsClamped('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonthsClamped('2027-01-31', 2)).toBe('2027-03-31');
    expect(addMonthsClamped('2027-08-31', 1)).toBe('2027-09-30');
    expect(addMonthsClamped('2027-11-15', 2)).toBe('2028-01-15');
  });

  it('formats "14 Feb" without a locale', () => {
    expect(formatShortDate('2027-02-14')).toBe('14 Feb');
    expect(formatShortDate('2027-01-05')).toBe('5 Jan');
    expect(formatShortDate('2027-12-31')).toBe('31 Dec');
  });

  it('rejects malformed and impossible dates', () => {
    expect(() => dayNumber('2027-2-14')).toThrow(RangeError);
    expect(() => dayNumber('2027-02-30')).toThrow(/Not a calendar date/);
    expect(() => dayNumber('2027-02-14T00:00:00Z')).toThrow(RangeError);
  });
});
