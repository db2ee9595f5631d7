import { describe, expect, it } from 'vitest';
import { checkInDay, isWithinQuarter } from '@shared/domain/checkins';

const quarter = { label: '2027-Q1', startDate: '2027-01-01', endDate: '2027-03-31' };

describe('the day a check-in is dated', () => {
  it('refuses a check-in before the quarter begins, saying when it can be held', () => {
    expect(checkInDay(quarter, '2026-12-01')).toEqual({
      ok: false,
      message: '2027-Q1 starts on 1 Jan: check-ins can be held from then.',
    });
  });

  it('dates a check-in inside the quarter on its day, and a late one on the last day', () => {
    expect(checkInDay(quarter, '2027-01-01')).toEqual({ ok: true, date: '2027-01-01' });
    expect(checkInDay(quarter, '2027-03-31')).toEqual({ ok: true, date: '2027-03-31' });
    expect(checkInDay(quarter, '2027-04-03')).toEqual({ ok: true, date: '2027-03-31' });
  });

  it('tells a date inside the quarter from one outside it', () => {
    expect(isWithinQuarter(quarter, '2026-12-01')).toBe(false);
    expect(isWithinQuarter(quarter, '2027-02-10')).toBe(true);
    expect(isWithinQuarter(quarter, '2027-04-01')).toBe(false);
  });
});
