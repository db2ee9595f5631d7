import { describe, expect, it } from 'vitest';
import { formatDate, formatShortDate } from '@shared/domain/format';

describe('dates', () => {
  it('writes a day in English whatever the locale: 4 Jan 2027, 14 Feb', () => {
    expect(formatDate('2027-01-04')).toBe('4 Jan 2027');
    expect(formatDate('2026-12-31')).toBe('31 Dec 2026');
    expect(formatShortDate('2027-02-14')).toBe('14 Feb');
    expect(formatShortDate('2027-01-05')).toBe('5 Jan');
    expect(formatShortDate('2027-12-31')).toBe('31 Dec');
  });

  it('shows the day of a timestamp, and text that is not a day as it is', () => {
    expect(formatDate('2027-04-02T09:30:00.000Z')).toBe('2 Apr 2027');
    expect(formatDate('someday')).toBe('someday');
    expect(formatShortDate('2027-02-30')).toBe('2027-02-30');
  });
});
