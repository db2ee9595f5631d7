import type { CheckIn, Cycle } from '../entities';
import { formatShortDate } from '../format';

type Dates = Pick<Cycle, 'label' | 'startDate' | 'endDate'>;

/** The day a check-in held on `today` is recorded as, or why none can be held yet. */
export type CheckInDay = { ok: true; date: string } | { ok: false; message: string };

/**
 * The day a check-in held on `today` is dated, always within its quarter. Check-ins track a
 * quarter's progress (PRODUCT.md), so before its first day there is nothing to check in on yet
 * and the check-in is refused, saying when it can be held. After its last day, a late final
 * check-in reads where the quarter ended, and is dated its last day.
 */
export function checkInDay(cycle: Dates, today: string): CheckInDay {
  if (today < cycle.startDate) {
    return {
      ok: false,
      message: `${cycle.label} starts on ${formatShortDate(cycle.startDate)}: check-ins can be held from then.`,
    };
  }
  return { ok: true, date: today > cycle.endDate ? cycle.endDate : today };
}

/** Whether a check-in's date falls within its quarter. */
export function isWithinQuarter(cycle: Pick<Cycle, 'startDate' | 'endDate'>, date: string) {
  return cycle.startDate <= date && date <= cycle.endDate;
}

/**
 * A quarter's check-ins with each dated within it: one held before its first day (recorded by an
 * earlier version, or imported) reads as of the first day, one after its last as of the last,
 * so no log or chart shows a point outside the quarter. The same array when all are within.
 */
export function datedWithinQuarter<T extends Pick<CheckIn, 'date'>>(
  cycle: Pick<Cycle, 'startDate' | 'endDate'>,
  checkIns: T[],
): T[] {
  if (checkIns.every((c) => isWithinQuarter(cycle, c.date))) return checkIns;
  return checkIns.map((c) =>
    c.date < cycle.startDate
      ? { ...c, date: cycle.startDate }
      : c.date > cycle.endDate
        ? { ...c, date: cycle.endDate }
        : c,
  );
}
