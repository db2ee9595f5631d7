import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonthsClamped,
  cadenceDays,
  calendarQuarter,
  checkInDueDates,
  dateOfDay,
  dayNumber,
  daysBetween,
  isoWeekKey,
  localDayOf,
  suggestedQuarter,
  nextCalendarQuarter,
  parseQuarterLabel,
  quarterAfter,
  quarterLabel,
  readDay,
  utcDayOf,
} from '@shared/domain/calendar';
import { utcFormat } from 'd3-time-format';
import { biweekly, monthlyFrom31, q1, weekly } from './checkins/helpers';

describe('days', () => {
  it('reads a YYYY-MM-DD day and refuses what is not a calendar day', () => {
    expect(readDay('2027-02-28')).toEqual({ year: 2027, month: 2, day: 28 });
    expect(readDay('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
    for (const text of [
      '2027-02-29',
      '2027-02-30',
      '2027-13-01',
      '2027-2-3',
      '2027-02-14T00:00:00Z',
      'yesterday',
    ]) {
      expect(readDay(text)).toBeNull();
    }
  });

  it('gives the UTC midnight of a day for chart scales, and the day of a moment back', () => {
    expect(dateOfDay('2027-02-28')?.toISOString()).toBe('2027-02-28T00:00:00.000Z');
    expect(dateOfDay('2027-02-30')).toBeNull();
    expect(utcDayOf(new Date('2027-01-04T23:30:00.000Z'))).toBe('2027-01-04');
    expect(localDayOf(new Date(2027, 0, 4, 23, 30))).toBe('2027-01-04');
  });

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

  it('throws on malformed and impossible days in arithmetic', () => {
    expect(() => dayNumber('2027-2-14')).toThrow(RangeError);
    expect(() => dayNumber('2027-02-30')).toThrow(/Not a calendar date/);
    expect(() => dayNumber('2027-02-14T00:00:00Z')).toThrow(RangeError);
  });
});

describe('quarters', () => {
  it('reads a quarter label into its year and quarter, refusing other text', () => {
    expect(parseQuarterLabel('2027-Q1')).toEqual({ year: 2027, quarter: 1 });
    expect(parseQuarterLabel(' 2026-Q4 ')).toEqual({ year: 2026, quarter: 4 });
    for (const label of ['2027-Q0', '2027-Q5', '2027-q1', '27-Q1', 'Q1 2027', '2027-Q12', '']) {
      expect(parseQuarterLabel(label)).toBeNull();
    }
    expect(quarterLabel({ year: 2027, quarter: 3 })).toBe('2027-Q3');
  });

  it('spans a calendar quarter from its first to its last day', () => {
    expect(calendarQuarter(2027, 1)).toEqual({
      label: '2027-Q1',
      startDate: '2027-01-01',
      endDate: '2027-03-31',
    });
    expect(calendarQuarter(2027, 2).endDate).toBe('2027-06-30');
    expect(calendarQuarter(2028, 4)).toEqual({
      label: '2028-Q4',
      startDate: '2028-10-01',
      endDate: '2028-12-31',
    });
  });

  it('names the quarter after the last one of a year', () => {
    expect(quarterAfter('2026-Q4')).toEqual({
      label: '2027-Q1',
      startDate: '2027-01-01',
      endDate: '2027-03-31',
    });
    expect(quarterAfter('2027-Q2')?.label).toBe('2027-Q3');
    expect(quarterAfter('Q2')).toBeNull();
  });

  it('suggests the calendar quarter after today (by the UTC month)', () => {
    expect(nextCalendarQuarter(new Date('2027-02-10T12:00:00Z')).label).toBe('2027-Q2');
    expect(nextCalendarQuarter(new Date('2026-12-31T12:00:00Z')).label).toBe('2027-Q1');
  });
});

describe('isoWeekKey', () => {
  it.each([
    ['2027-01-04T00:00:00Z', '2027-W01', 'the first Monday of 2027 starts its week 1'],
    ['2027-01-03T23:59:59Z', '2026-W53', 'a Sunday ends the week before'],
    ['2027-01-01T12:00:00Z', '2026-W53', 'a Friday 1 January belongs to the old ISO year'],
    ['2026-12-28T00:00:00Z', '2026-W53', '2026 has 53 ISO weeks'],
    ['2024-12-30T00:00:00Z', '2025-W01', 'a Monday 30 December can start the next ISO year'],
    ['2027-06-16T08:00:00Z', '2027-W24', 'mid-year'],
  ])('puts %s in %s (%s)', (moment, key) => {
    expect(isoWeekKey(new Date(moment))).toBe(key);
  });

  it('agrees with a date library on every day the app keeps (1970 to 2200), at any hour', () => {
    const reference = utcFormat('%G-W%V');
    const differing: string[] = [];
    for (let ms = Date.UTC(1970, 0, 1); ms <= Date.UTC(2200, 11, 31); ms += 86_400_000) {
      const moment = new Date(ms + ((ms / 86_400_000) % 24) * 3_600_000 + 59_999);
      if (isoWeekKey(moment) !== reference(moment)) differing.push(moment.toISOString());
    }
    expect(differing).toEqual([]);
  });
});

describe('cadenceDays', () => {
  it('gives the nominal interval of each cadence', () => {
    expect(cadenceDays('weekly')).toBe(7);
    expect(cadenceDays('biweekly')).toBe(14);
    expect(cadenceDays('monthly')).toBe(30);
  });
});

describe('checkInDueDates', () => {
  it('is every 7 days after the start, ending with the end date', () => {
    expect(checkInDueDates(weekly)).toEqual([
      '2027-01-08',
      '2027-01-15',
      '2027-01-22',
      '2027-01-29',
      '2027-02-05',
      '2027-02-12',
      '2027-02-19',
      '2027-02-26',
      '2027-03-05',
      '2027-03-12',
      '2027-03-19',
      '2027-03-26',
      '2027-03-31',
    ]);
  });

  it('is every 14 days for biweekly', () => {
    expect(checkInDueDates(biweekly)).toEqual([
      '2027-01-15',
      '2027-01-29',
      '2027-02-12',
      '2027-02-26',
      '2027-03-12',
      '2027-03-26',
      '2027-03-31',
    ]);
  });

  it('is the same day each month for monthly', () => {
    expect(checkInDueDates({ ...q1, cadence: 'monthly' })).toEqual([
      '2027-02-01',
      '2027-03-01',
      '2027-03-31',
    ]);
  });

  it('clamps a monthly date from 31 Jan to 28 Feb, or 29 Feb in a leap year, then back to 31', () => {
    expect(checkInDueDates(monthlyFrom31)).toEqual(['2027-02-28', '2027-03-31', '2027-04-30']);
    expect(
      checkInDueDates({ startDate: '2028-01-31', endDate: '2028-04-30', cadence: 'monthly' }),
    ).toEqual(['2028-02-29', '2028-03-31', '2028-04-30']);
  });

  it('does not repeat an end date that falls on the cadence', () => {
    const dates = checkInDueDates({
      startDate: '2027-01-01',
      endDate: '2027-04-02',
      cadence: 'weekly',
    });
    expect(dates).toHaveLength(13);
    expect(dates.slice(-2)).toEqual(['2027-03-26', '2027-04-02']);
  });

  it('always includes the end date, even when the quarter is shorter than one interval', () => {
    expect(
      checkInDueDates({ startDate: '2027-01-01', endDate: '2027-01-20', cadence: 'monthly' }),
    ).toEqual(['2027-01-20']);
    expect(
      checkInDueDates({ startDate: '2027-01-01', endDate: '2027-01-01', cadence: 'weekly' }),
    ).toEqual([]);
  });
});

describe('suggestedQuarter', () => {
  const today = new Date(2027, 4, 20); // 20 May 2027, local time
  const q2 = { label: '2027-Q2', startDate: '2027-04-01', endDate: '2027-06-30' };
  const q3 = { label: '2027-Q3', startDate: '2027-07-01', endDate: '2027-09-30' };

  it('suggests the quarter holding today when the team has none for today', () => {
    expect(suggestedQuarter(today, []).label).toBe('2027-Q2');
    expect(
      suggestedQuarter(today, [
        { label: '2027-Q1', startDate: '2027-01-01', endDate: '2027-03-31' },
      ]),
    ).toEqual({ label: '2027-Q2', startDate: '2027-04-01', endDate: '2027-06-30' });
  });

  it('suggests the next unused quarter once today is covered', () => {
    expect(suggestedQuarter(today, [q2]).label).toBe('2027-Q3');
    expect(suggestedQuarter(today, [q2, q3]).label).toBe('2027-Q4');
  });
});

describe('suggestedQuarter near a quarter end', () => {
  const thisQ4 = { label: '2026-Q4', startDate: '2026-10-01', endDate: '2026-12-31' };
  const nextQ1 = { label: '2027-Q1', startDate: '2027-01-01', endDate: '2027-03-31' };
  const local = (y: number, m: number, d: number) => new Date(y, m - 1, d, 12);

  it('suggests the quarter being planned, not the one about to end, on 30 November', () => {
    expect(suggestedQuarter(local(2026, 11, 30), [])).toEqual(nextQ1);
  });

  it('switches to the next quarter on the first day of the last five weeks', () => {
    // 31 Dec is the last day: 35 days before is 26 Nov.
    expect(suggestedQuarter(local(2026, 11, 26), []).label).toBe('2026-Q4');
    expect(suggestedQuarter(local(2026, 11, 27), []).label).toBe('2027-Q1');
    expect(suggestedQuarter(local(2026, 12, 31), []).label).toBe('2027-Q1');
    expect(suggestedQuarter(local(2027, 1, 1), []).label).toBe('2027-Q1');
  });

  it('rolls the year over from Q4 to Q1 and on past quarters the team has', () => {
    expect(suggestedQuarter(local(2026, 12, 15), [nextQ1]).label).toBe('2027-Q2');
    expect(suggestedQuarter(local(2026, 12, 15), [thisQ4, nextQ1]).label).toBe('2027-Q2');
  });

  it('never suggests a quarter the team has, however far ahead it has planned', () => {
    const planned = Array.from({ length: 12 }, (_, i) => {
      const quarter = ((i % 4) + 1) as 1 | 2 | 3 | 4;
      return calendarQuarter(2027 + Math.floor(i / 4), quarter);
    });
    expect(suggestedQuarter(local(2026, 12, 15), planned).label).toBe('2030-Q1');
  });

  it('treats a quarter with another label over the same dates as taken', () => {
    const renamed = { label: 'FY27 Q1', startDate: '2027-01-04', endDate: '2027-04-02' };
    expect(suggestedQuarter(local(2026, 12, 15), [renamed]).label).toBe('2027-Q2');
  });

  it('suggests the next quarter mid-quarter once the current one exists', () => {
    expect(suggestedQuarter(local(2026, 10, 10), [thisQ4]).label).toBe('2027-Q1');
    expect(suggestedQuarter(local(2026, 10, 10), []).label).toBe('2026-Q4');
  });
});
