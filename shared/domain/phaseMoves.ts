import { daysBetween } from './calendar/days';
import type { Cycle } from './entities';
import { PHASE_LABELS, PHASES, type Phase } from './enums';
import { formatCount } from './format';

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

/** What a quarter in `phase` can be moved back to, in words: "Move back to Check-ins". */
export function moveBackLabel(phase: Phase): string | null {
  if (phase === 'closed') return null;
  const back = previousPhase(phase);
  return back ? `Move back to ${PHASE_LABELS[back]}` : null;
}

/**
 * "Move to scoring" is offered prominently from this many days before the quarter's end; before
 * that it sits in a menu and asks first, saying how long the quarter still runs.
 */
export const SCORING_NEAR_END_DAYS = 14;

/** How far a quarter is from its end, for offering the move to scoring. */
export type ScoringTiming = {
  /** Days from today to the quarter's last day: 0 on the last day, negative once it is over. */
  daysLeft: number;
  /** The end is near or past: scoring is the natural next step. */
  isDue: boolean;
  /** "6 weeks left", "10 days left", "ends today", "ended 3 days ago". */
  timeLeft: string;
};

/** How long is left of a quarter on `today` (a `YYYY-MM-DD` day). */
export function scoringTiming(cycle: Pick<Cycle, 'endDate'>, today: string): ScoringTiming {
  const daysLeft = daysBetween(today, cycle.endDate);
  return {
    daysLeft,
    isDue: daysLeft <= SCORING_NEAR_END_DAYS,
    timeLeft: timeLeftText(daysLeft),
  };
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
 * quarter still runs, and that it can be taken back.
 */
export function earlyScoringQuestion(cycle: Pick<Cycle, 'label' | 'endDate'>, today: string) {
  const { timeLeft } = scoringTiming(cycle, today);
  return {
    title: `Move ${cycle.label} to scoring now?`,
    description: `${cycle.label} still has ${timeLeft}. Scoring is for the end of the quarter. You can move it back to Check-ins afterwards, with nothing lost.`,
  };
}
