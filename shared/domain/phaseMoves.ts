import { daysBetween } from './calendar/days';
import { checkInDueDates } from './calendar/dueDates';
import type { Cycle } from './entities';
import { PHASE_LABELS, PHASES, type Phase } from './enums';
import { formatCount, formatShortDate } from './format';

/**
 * How a quarter moves between the phases of its cycle, and what a person is told about it. Every
 * move forward can be taken back to the phase before, with nothing entered lost: a phase only
 * decides what is offered first, never what is kept.
 */

/** A phase a quarter can be shown in: the four of the cycle (a closed quarter is none of them). */
export type OpenPhase = (typeof PHASES)[number];

/** The phase before this one, or null for Setting. */
export function previousPhase(phase: OpenPhase): OpenPhase | null {
  const i = PHASES.indexOf(phase);
  return i > 0 ? (PHASES[i - 1] ?? null) : null;
}

/** The phase a quarter opens on: where it is, and a closed quarter on its retrospective. */
export function openingPhase(cycle: Pick<Cycle, 'phase'>): OpenPhase {
  return cycle.phase === 'closed' ? 'retrospective' : cycle.phase;
}

/** Where a move takes the quarter, as a button says it: `the retrospective`, `scoring`. */
const MOVE_DESTINATIONS: Record<OpenPhase, string> = {
  setting: 'setting',
  checkins: 'check-ins',
  scoring: 'scoring',
  retrospective: 'the retrospective',
};

/**
 * What a button or menu item that moves the quarter to `phase` says: what it does to the quarter
 * ("Move the quarter to the retrospective"), the same in every phase, so it is never read as
 * navigation; a button that only shows another screen says "Go to …" instead.
 */
export function phaseMoveLabel(phase: OpenPhase): string {
  return `Move the quarter to ${MOVE_DESTINATIONS[phase]}`;
}

/** What a quarter in `phase` can be moved back to, in words: "Move the quarter back to check-ins". */
export function moveBackLabel(phase: Phase): string | null {
  if (phase === 'closed') return null;
  const back = previousPhase(phase);
  return back ? `Move the quarter back to ${MOVE_DESTINATIONS[back]}` : null;
}

/**
 * The move to scoring is offered prominently from this many days before the quarter's end; before
 * that it sits in a menu and asks first, saying how long the quarter still runs.
 */
export const SCORING_NEAR_END_DAYS = 14;

/** How far a quarter is from its end, for offering the move to scoring. */
export type ScoringTiming = {
  /** Days from today to the quarter's last day: 0 on the last day, negative once it is over. */
  daysLeft: number;
  /** Today is on or after the quarter's first day. */
  hasBegun: boolean;
  /** The end is near or past: scoring is the natural next step. */
  isDue: boolean;
  /** "starts in 4 weeks", "7 of 13 weeks left", "10 days left", "ends today", "ended 3 days ago". */
  timeLeft: string;
};

type Dates = Pick<Cycle, 'startDate' | 'endDate'>;

/** How long is left of a quarter on `today` (a `YYYY-MM-DD` day). */
export function scoringTiming(cycle: Dates, today: string): ScoringTiming {
  const daysLeft = daysBetween(today, cycle.endDate);
  return {
    daysLeft,
    hasBegun: today >= cycle.startDate,
    isDue: daysLeft <= SCORING_NEAR_END_DAYS,
    timeLeft: quarterTimeText(cycle, today),
  };
}

/** A quarter's length in whole weeks: 13 for a calendar quarter. */
export function quarterWeeks(cycle: Dates): number {
  return Math.round((daysBetween(cycle.startDate, cycle.endDate) + 1) / 7);
}

/**
 * Where a quarter stands on `today`, in words: before it begins, how soon it starts ("starts in
 * 4 weeks"), never the time to its end, which would read as if it were already running; inside
 * it, the weeks left of its length ("7 of 13 weeks left"), days in its last three weeks.
 */
export function quarterTimeText(cycle: Dates, today: string): string {
  const untilStart = daysBetween(today, cycle.startDate);
  if (untilStart === 1) return 'starts tomorrow';
  if (untilStart > 0) return `starts in ${spanText(untilStart)}`;
  const daysLeft = daysBetween(today, cycle.endDate);
  if (daysLeft >= 21) {
    return `${Math.floor(daysLeft / 7)} of ${formatCount(quarterWeeks(cycle), 'week')} left`;
  }
  return timeLeftText(daysLeft);
}

/** A span of days in words: whole weeks from three weeks up. */
function spanText(days: number): string {
  return days >= 21 ? formatCount(Math.floor(days / 7), 'week') : formatCount(days, 'day');
}

/** Days left in words: whole weeks from three weeks up, days below. */
export function timeLeftText(daysLeft: number): string {
  if (daysLeft < 0) return `ended ${formatCount(-daysLeft, 'day')} ago`;
  if (daysLeft === 0) return 'ends today';
  if (daysLeft >= 21) return `${formatCount(Math.floor(daysLeft / 7), 'week')} left`;
  return `${formatCount(daysLeft, 'day')} left`;
}

/**
 * The question asked before moving a quarter to scoring early: what the move does, how long the
 * quarter still runs (or that it has not begun), and that it can be taken back.
 */
export function earlyScoringQuestion(
  cycle: Pick<Cycle, 'label' | 'startDate' | 'endDate'>,
  today: string,
) {
  const { hasBegun, timeLeft } = scoringTiming(cycle, today);
  const where = hasBegun
    ? `${cycle.label} still has ${timeLeft}.`
    : `${cycle.label} has not begun: it ${timeLeft}, on ${formatShortDate(cycle.startDate)}.`;
  return {
    title: `Move ${cycle.label} to scoring now?`,
    description: `${where} Scoring is for the end of the quarter. You can move it back to Check-ins afterwards, with nothing lost.`,
  };
}

/**
 * What a person is told when a quarter moves to `phase` on `today`. A move to Check-ins says when
 * the quarter starts if its dates have not begun (a quarter planned ahead moves to Check-ins
 * weeks before its first day), and when the next check-in on its schedule is due.
 */
export function phaseMoveMessage(
  cycle: Pick<Cycle, 'label' | 'startDate' | 'endDate' | 'cadence'>,
  phase: OpenPhase,
  today: string,
): string {
  const moved = `${cycle.label} moved to ${PHASE_LABELS[phase]}`;
  if (phase !== 'checkins') return `${moved}.`;
  const due = checkInDueDates(cycle).find((d) => d >= today);
  if (today < cycle.startDate) {
    const first = due ? `; the first check-in is due ${formatShortDate(due)}` : '';
    return `${moved}. The quarter starts ${formatShortDate(cycle.startDate)}${first}.`;
  }
  return due ? `${moved}; the next check-in is due ${formatShortDate(due)}.` : `${moved}.`;
}

/**
 * What a screen of an earlier phase says once its quarter has moved on (Check-ins seen during
 * the Retrospective), or null while the quarter is still in that phase or before it.
 */
export function phaseMovedOnText(
  cycle: Pick<Cycle, 'label' | 'phase'>,
  screen: OpenPhase,
): string | null {
  const at = openingPhase(cycle);
  if (PHASES.indexOf(at) <= PHASES.indexOf(screen)) return null;
  const where = cycle.phase === 'closed' ? 'is closed' : `has moved on to ${PHASE_LABELS[at]}`;
  return `${cycle.label} ${where}: the ${PHASE_LABELS[screen]} phase is over, and what was recorded stays as it was.`;
}

/**
 * What the Scoring screen says while the quarter is still in Check-ins: scores are given at the
 * quarter's end (PRODUCT.md), so until then a reading is provisional and judged by no band.
 */
export function scoringNotOpenText(
  cycle: Pick<Cycle, 'label' | 'startDate' | 'endDate'>,
  today: string,
): string {
  return `${cycle.label} is still in Check-ins: scoring opens at the end of the quarter (${quarterTimeText(cycle, today)}). Until then each reading below is provisional, progress so far from the latest check-in, with no verdict.`;
}

/** The word beside a provisional reading, so it is never read as a score. */
export const PROVISIONAL_LABEL = 'provisional';
