import type { CheckIn } from '../../../../shared/domain';
import type { Measurable } from '../../../../shared/domain/checkins/progress';

let seq = 0;

/** A check-in with sensible defaults; `createdAt` follows `date` unless given. */
export function checkIn(patch: Partial<CheckIn> & Pick<CheckIn, 'date'>): CheckIn {
  seq += 1;
  return {
    id: `ci-${seq}`,
    keyResultId: 'kr1',
    cycleId: 'c1',
    sessionId: `s-${patch.date}`,
    value: null,
    confidence: 70,
    changed: '',
    blockers: '',
    supersedesId: null,
    createdAt: `${patch.date}T09:00:00.000Z`,
    updatedAt: `${patch.date}T09:00:00.000Z`,
    ...patch,
  };
}

/** Lead time 14 → 4 days: a decrease KR. */
export const decreaseKr: Measurable = { baseline: 14, target: 4, direction: 'decrease' };

/** Checkout success 90 → 98 %: an increase KR. */
export const increaseKr: Measurable = { baseline: 90, target: 98, direction: 'increase' };

/** A 100-day quarter, so a day is 1 % of it: 2027-01-01 → 2027-04-11. */
export const hundredDays = { startDate: '2027-01-01', endDate: '2027-04-11' };

/** The date `n` days into {@link hundredDays}. */
export function day(n: number): string {
  const d = new Date(Date.UTC(2027, 0, 1 + n));
  return d.toISOString().slice(0, 10);
}

/** 2027-Q1 on each cadence, and a monthly quarter from 31 Jan (clamped to shorter months). */
export const q1 = { startDate: '2027-01-01', endDate: '2027-03-31' };
export const weekly = { ...q1, cadence: 'weekly' as const };
export const biweekly = { ...q1, cadence: 'biweekly' as const };
export const monthlyFrom31 = {
  startDate: '2027-01-31',
  endDate: '2027-04-30',
  cadence: 'monthly' as const,
};
