import type { CheckIn, Cycle } from '../entities';
import type { Cadence } from '../enums';
import { addDays, daysBetween, localDayOf } from '../calendar/days';
import { checkInDueDates } from '../calendar/dueDates';
import { formatCount, formatShortDate } from '../format';
import { effectiveCheckIns } from './history';

type CycleSchedule = Pick<Cycle, 'startDate' | 'endDate' | 'cadence'> &
  Partial<Pick<Cycle, 'createdAt'>>;

/** A quarter's due dates a team can be held to, and the first day a check-in covers each. */
type Dues = { dues: string[]; coveredFrom: string[] };

/**
 * The due dates a team can be held to: those on or after the day the quarter was added to the
 * app. A team that starts using Quarterdeck in the middle of a quarter has not missed the
 * check-ins that fell before it had the quarter here at all. Each due date is covered by a
 * check-in held on it or at most the grace days before it.
 */
function duesSinceAdded(cycle: CycleSchedule): Dues {
  const dues = checkInDueDates(cycle);
  const added = cycle.createdAt ? localDayOf(new Date(cycle.createdAt)) : null;
  const kept = added === null ? dues : dues.filter((d) => d >= added);
  const grace = GRACE_DAYS[cycle.cadence];
  return { dues: kept, coveredFrom: kept.map((d) => addDays(d, -grace)) };
}

/**
 * The last quarter's {@link duesSinceAdded}: a home asks for every key result of one quarter in
 * turn, and working the same dates out once for each is most of what a first render of it costs.
 * Keyed by the fields it reads, so an edited quarter is worked out afresh; never handed out.
 */
let lastDues: { key: string; value: Dues } | null = null;

function duesOf(cycle: CycleSchedule): Dues {
  const key = `${cycle.startDate}|${cycle.endDate}|${cycle.cadence}|${cycle.createdAt ?? ''}`;
  if (lastDues?.key !== key) lastDues = { key, value: duesSinceAdded(cycle) };
  return lastDues.value;
}

/** Days after a due date during which a check-in is still "due" rather than overdue. */
export const GRACE_DAYS: Readonly<Record<Cadence, number>> = {
  weekly: 1,
  biweekly: 2,
  monthly: 4,
};

/** Where a team stands against its check-in schedule. */
export type DueState = 'not-started' | 'upcoming' | 'due' | 'overdue' | 'ended';

/** The check-in schedule as of one day, with a sentence for people. */
export type DueStatus = {
  state: DueState;
  /** The first due date after the last check-in; null when every due date is covered. */
  nextDue: string | null;
  /** The latest check-in date, or null when there is none. */
  lastCheckIn: string | null;
  /** Due dates after the last check-in whose grace has run out. */
  missed: number;
  /** Calendar days since `nextDue` when overdue, else 0. */
  daysOverdue: number;
  message: string;
};

/**
 * The check-in schedule as of `today`, given the dates check-ins were held on.
 *
 * A check-in covers a due date when it is held on it, after it, or at most the grace days
 * before it (a meeting moved a day earlier still counts), so `nextDue` is the first due date
 * the last check-in does not cover. The state is, in order: not-started before the start date; ended
 * after the end date once the final due date is covered; due from `nextDue` through its
 * grace ({@link GRACE_DAYS}); overdue after that (also after the quarter ended without
 * its final check-in, once that grace has run out); upcoming otherwise. Due dates before the
 * quarter was added to the app are not counted.
 */
export function dueStatus(
  cycle: CycleSchedule,
  checkInDates: readonly string[],
  today: string,
): DueStatus {
  const { dues, coveredFrom } = duesOf(cycle);
  const grace = GRACE_DAYS[cycle.cadence];
  const lastCheckIn = checkInDates.reduce<string | null>(
    (max, d) => (max === null || d > max ? d : max),
    null,
  );
  const isOpen = (i: number) => lastCheckIn === null || coveredFrom[i]! > lastCheckIn;
  const nextDue = dues.find((_, i) => isOpen(i)) ?? null;
  const missed = dues.filter((d, i) => isOpen(i) && daysBetween(d, today) > grace).length;
  const base = { nextDue, lastCheckIn, missed, daysOverdue: 0 };

  if (today < cycle.startDate) {
    const first = nextDue ? `: first check-in due ${formatShortDate(nextDue)}` : '';
    return { ...base, state: 'not-started', message: `Quarter not started${first}.` };
  }
  if (nextDue === null) {
    return today > cycle.endDate
      ? { ...base, state: 'ended', message: 'Quarter ended.' }
      : {
          ...base,
          state: 'upcoming',
          message: `Final check-in done; the quarter ends ${formatShortDate(cycle.endDate)}.`,
        };
  }
  const late = daysBetween(nextDue, today);
  if (late > grace) {
    return {
      ...base,
      state: 'overdue',
      daysOverdue: late,
      message: `Check-in overdue by ${formatCount(late, 'day')} (${missed} missed).`,
    };
  }
  if (late >= 0) {
    const message =
      late === 0
        ? 'Check-in due today.'
        : `Check-in was due ${formatShortDate(nextDue)}; check in by ${formatShortDate(addDays(nextDue, grace))}.`;
    return { ...base, state: 'due', message };
  }
  return { ...base, state: 'upcoming', message: `Next check-in due ${formatShortDate(nextDue)}.` };
}

/** {@link dueStatus} over one key result's effective check-ins. */
export function keyResultDueStatus(
  cycle: CycleSchedule,
  krCheckIns: readonly CheckIn[],
  today: string,
): DueStatus {
  return dueStatus(
    cycle,
    effectiveCheckIns(krCheckIns).map((c) => c.date),
    today,
  );
}
