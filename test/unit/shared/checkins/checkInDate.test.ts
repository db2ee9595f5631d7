import { describe, expect, it } from 'vitest';
import { checkInDay, datedWithinQuarter, isWithinQuarter } from '@shared/domain/checkins';

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

describe('check-ins read within their quarter', () => {
  it('reads one held before the quarter as of its first day, one after as of its last', () => {
    const held = [{ date: '2026-12-01' }, { date: '2027-02-10' }, { date: '2027-04-03' }];
    expect(datedWithinQuarter(quarter, held).map((c) => c.date)).toEqual([
      '2027-01-01',
      '2027-02-10',
      '2027-03-31',
    ]);
    const inside = [{ date: '2027-02-10' }];
    expect(datedWithinQuarter(quarter, inside)).toBe(inside);
  });
});
