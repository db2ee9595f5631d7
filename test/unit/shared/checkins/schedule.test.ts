import { describe, expect, it } from 'vitest';
import {
  dueStatus,
  GRACE_DAYS,
  keyResultDueStatus,
} from '../../../../shared/domain/checkins/schedule';
import { biweekly, checkIn, monthlyFrom31, weekly } from './helpers';

describe('GRACE_DAYS', () => {
  it('gives the grace of each cadence', () => {
    expect(GRACE_DAYS).toEqual({ weekly: 1, biweekly: 2, monthly: 4 });
  });
});

describe('dueStatus', () => {
  describe('a quarter added to the app after some of its due dates', () => {
    // Weekly from 1 Jan 2027: due 8, 15, 22 Jan …; added on the 20th, at midday local time.
    const addedMidQuarter = { ...weekly, createdAt: new Date(2027, 0, 20, 12).toISOString() };

    it('has missed nothing on the day it was added: the next due date is the first after it', () => {
      expect(dueStatus(addedMidQuarter, [], '2027-01-20')).toMatchObject({
        state: 'upcoming',
        nextDue: '2027-01-22',
        missed: 0,
      });
      expect(dueStatus(weekly, [], '2027-01-20')).toMatchObject({ state: 'overdue', missed: 2 });
    });

    it('is held to the due dates from then on', () => {
      expect(dueStatus(addedMidQuarter, [], '2027-01-25')).toMatchObject({
        state: 'overdue',
        nextDue: '2027-01-22',
        missed: 1,
        daysOverdue: 3,
      });
    });

    it('added before the start, counts every due date as before', () => {
      const early = { ...weekly, createdAt: new Date(2026, 11, 1, 9).toISOString() };
      expect(dueStatus(early, [], '2027-01-20')).toEqual(dueStatus(weekly, [], '2027-01-20'));
    });
  });

  it('before the start: not started, with the first due date', () => {
    expect(dueStatus(weekly, [], '2026-12-20')).toEqual({
      state: 'not-started',
      nextDue: '2027-01-08',
      lastCheckIn: null,
      missed: 0,
      daysOverdue: 0,
      message: 'Quarter not started: first check-in due 8 Jan.',
    });
  });

  it('from the start until the due date: upcoming', () => {
    expect(dueStatus(weekly, [], '2027-01-01')).toMatchObject({
      state: 'upcoming',
      nextDue: '2027-01-08',
      message: 'Next check-in due 8 Jan.',
    });
    expect(dueStatus(weekly, [], '2027-01-07').state).toBe('upcoming');
  });

  it('due on the day and through the grace days, then overdue (weekly: 1 day)', () => {
    expect(dueStatus(weekly, [], '2027-01-08')).toMatchObject({
      state: 'due',
      missed: 0,
      message: 'Check-in due today.',
    });
    expect(dueStatus(weekly, [], '2027-01-09')).toMatchObject({
      state: 'due',
      missed: 0,
      daysOverdue: 0,
      message: 'Check-in was due 8 Jan; check in by 9 Jan.',
    });
    expect(dueStatus(weekly, [], '2027-01-10')).toEqual({
      state: 'overdue',
      nextDue: '2027-01-08',
      lastCheckIn: null,
      missed: 1,
      daysOverdue: 2,
      message: 'Check-in overdue by 2 days (1 missed).',
    });
  });

  it('gives biweekly 2 days of grace and monthly 4', () => {
    expect(dueStatus(biweekly, [], '2027-01-17').state).toBe('due');
    expect(dueStatus(biweekly, [], '2027-01-18')).toMatchObject({
      state: 'overdue',
      daysOverdue: 3,
    });
    expect(dueStatus(monthlyFrom31, ['2027-01-31'], '2027-03-04')).toMatchObject({
      state: 'due',
      nextDue: '2027-02-28',
    });
    expect(dueStatus(monthlyFrom31, ['2027-01-31'], '2027-03-05')).toMatchObject({
      state: 'overdue',
      missed: 1,
      message: 'Check-in overdue by 5 days (1 missed).',
    });
  });

  it('moves on once a check-in covers the due date, even a late one within grace', () => {
    expect(dueStatus(weekly, ['2027-01-09'], '2027-01-10')).toMatchObject({
      state: 'upcoming',
      nextDue: '2027-01-15',
      lastCheckIn: '2027-01-09',
      missed: 0,
      message: 'Next check-in due 15 Jan.',
    });
  });

  it('lets a check-in up to the grace days early cover a due date, but not earlier', () => {
    expect(dueStatus(weekly, ['2027-01-07'], '2027-01-08')).toMatchObject({
      state: 'upcoming',
      nextDue: '2027-01-15',
    });
    expect(dueStatus(weekly, ['2027-01-06'], '2027-01-08')).toMatchObject({
      state: 'due',
      nextDue: '2027-01-08',
    });
  });

  it('counts missed due dates since the last check-in, sparing one still in grace', () => {
    const dates = ['2027-01-08', '2027-01-15'];
    // After 15 Jan: 22 Jan, 29 Jan, 5 Feb past grace; 12 Feb still within it on 13 Feb.
    expect(dueStatus(weekly, dates, '2027-02-13')).toMatchObject({
      state: 'overdue',
      nextDue: '2027-01-22',
      lastCheckIn: '2027-01-15',
      missed: 3,
      daysOverdue: 22,
      message: 'Check-in overdue by 22 days (3 missed).',
    });
    expect(dueStatus(weekly, dates, '2027-02-14')).toMatchObject({ missed: 4, daysOverdue: 23 });
    expect(dueStatus(weekly, [], '2027-02-14').missed).toBe(6);
  });

  it('takes the latest date whatever the order', () => {
    expect(dueStatus(weekly, ['2027-01-22', '2027-01-08'], '2027-01-25')).toMatchObject({
      lastCheckIn: '2027-01-22',
      nextDue: '2027-01-29',
      state: 'upcoming',
    });
  });

  it('after the end with the final check-in: ended', () => {
    expect(dueStatus(weekly, ['2027-03-26', '2027-03-31'], '2027-04-01')).toEqual({
      state: 'ended',
      nextDue: null,
      lastCheckIn: '2027-03-31',
      missed: 0,
      daysOverdue: 0,
      message: 'Quarter ended.',
    });
  });

  it('on the last day with the final check-in done: nothing is due', () => {
    expect(dueStatus(weekly, ['2027-03-31'], '2027-03-31')).toMatchObject({
      state: 'upcoming',
      nextDue: null,
      message: 'Final check-in done; the quarter ends 31 Mar.',
    });
  });

  it('after the end without the final check-in: due through its grace, then overdue', () => {
    expect(dueStatus(weekly, ['2027-03-26'], '2027-04-01')).toMatchObject({
      state: 'due',
      nextDue: '2027-03-31',
      message: 'Check-in was due 31 Mar; check in by 1 Apr.',
    });
    expect(dueStatus(weekly, ['2027-03-26'], '2027-04-06')).toMatchObject({
      state: 'overdue',
      missed: 1,
      daysOverdue: 6,
      message: 'Check-in overdue by 6 days (1 missed).',
    });
  });
});

describe('keyResultDueStatus', () => {
  it('uses the KR’s effective check-in dates', () => {
    const history = [
      checkIn({ id: 'typo', date: '2027-01-29' }),
      checkIn({ date: '2027-01-15', supersedesId: 'typo' }),
    ];
    expect(keyResultDueStatus(weekly, history, '2027-01-25')).toMatchObject({
      state: 'overdue',
      lastCheckIn: '2027-01-15',
      nextDue: '2027-01-22',
      missed: 1,
      daysOverdue: 3,
    });
    expect(keyResultDueStatus(weekly, [], '2027-01-05')).toMatchObject({
      state: 'upcoming',
      lastCheckIn: null,
      nextDue: '2027-01-08',
    });
  });
});
