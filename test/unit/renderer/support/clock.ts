import { afterEach, vi } from 'vitest';

/**
 * Makes `today` this computer's day for the test (only `Date` is faked, so timers and user
 * events run as ever), and the real day again after it. The seeded quarter is 2027-Q1: a screen
 * that depends on where the quarter stands is tested on a day chosen for it, not on the day the
 * suite happens to run.
 */
export function setToday(day: string): void {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(`${day}T12:00:00`));
}

afterEach(() => {
  vi.useRealTimers();
});
