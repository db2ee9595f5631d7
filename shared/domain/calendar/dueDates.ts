import type { Cycle } from '../entities';
import type { Cadence } from '../enums';
import { addDays, addMonthsClamped } from './days';

type CycleSchedule = Pick<Cycle, 'startDate' | 'endDate' | 'cadence'>;

/**
 * The nominal length of a check-in interval in days: 7, 14, or 30 for monthly. Monthly
 * due dates follow the calendar (see {@link checkInDueDates}); 30 is for estimates only.
 */
export function cadenceDays(cadence: Cadence): number {
  switch (cadence) {
    case 'weekly':
      return 7;
    case 'biweekly':
      return 14;
    case 'monthly':
      return 30;
  }
}

/**
 * The quarter's check-in due dates, ascending: one interval after the start, then every
 * interval up to and including the end date (weekly +7 days, biweekly +14, monthly the
 * same day of the month, clamped to the month's end and always counted from the start,
 * so 31 Jan → 28 Feb → 31 Mar). The end date is always the last due date: the final
 * check-in of the quarter. Empty when the quarter does not end after it starts.
 */
export function checkInDueDates(cycle: CycleSchedule): string[] {
  const { startDate, endDate, cadence } = cycle;
  if (endDate <= startDate) return [];
  const dates: string[] = [];
  for (let k = 1; ; k += 1) {
    const due =
      cadence === 'monthly'
        ? addMonthsClamped(startDate, k)
        : addDays(startDate, k * cadenceDays(cadence));
    if (due > endDate) break;
    dates.push(due);
  }
  if (dates.at(-1) !== endDate) dates.push(endDate);
  return dates;
}
