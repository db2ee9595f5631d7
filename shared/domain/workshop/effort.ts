import { PHASE_LABELS, PHASES } from '../enums';
import type { EffortActivity, EffortEntry, EffortPhase } from './schemas';

/** The brief's budget: the whole cycle should cost a team no more than three to four person-days. */
export const EFFORT_BUDGET_DAYS = { low: 3, high: 4 } as const;

/** Working hours in a person-day. */
export const HOURS_PER_PERSON_DAY = 8;

export const EFFORT_ACTIVITY_LABELS: Readonly<Record<EffortActivity, string>> = {
  workshop: 'Workshop',
  'check-in-meeting': 'Check-in meeting',
  scoring: 'Scoring',
  retro: 'Retrospective',
  other: 'Other',
};

/** The activity a phase's meetings usually are, to preselect when recording effort. */
export const PHASE_ACTIVITY: Readonly<Record<EffortPhase, EffortActivity>> = {
  setting: 'workshop',
  checkins: 'check-in-meeting',
  scoring: 'scoring',
  retrospective: 'retro',
};

/** Person-hours of one entry: its length times the people in it. */
export function personHours(entry: Pick<EffortEntry, 'minutes' | 'attendees'>): number {
  return (entry.minutes * entry.attendees) / 60;
}

/** Where the quarter stands against the budget. */
export type BudgetState = 'within' | 'near' | 'over';

export type EffortSummary = {
  totalHours: number;
  byPhase: { phase: EffortPhase; label: string; hours: number; entries: number }[];
  budget: { lowHours: number; highHours: number };
  state: BudgetState;
  /** One sentence: spent so far against the budget. */
  message: string;
};

/** Person-hours as people read them: `12.5`, `3`, `0.3`. */
export function formatHours(hours: number): string {
  const rounded = Math.round(hours * 10) / 10;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
}

/**
 * Person-hours spent so far, in total and by phase, against the 3–4 person-day budget: `within`
 * below three person-days, `near` between three and four, `over` beyond four.
 */
export function summarizeEffort(entries: readonly EffortEntry[]): EffortSummary {
  const lowHours = EFFORT_BUDGET_DAYS.low * HOURS_PER_PERSON_DAY;
  const highHours = EFFORT_BUDGET_DAYS.high * HOURS_PER_PERSON_DAY;
  const byPhase = PHASES.map((phase) => {
    const own = entries.filter((e) => e.phase === phase);
    return {
      phase,
      label: PHASE_LABELS[phase],
      hours: own.reduce((sum, e) => sum + personHours(e), 0),
      entries: own.length,
    };
  });
  const totalHours = byPhase.reduce((sum, p) => sum + p.hours, 0);
  const state: BudgetState =
    totalHours > highHours ? 'over' : totalHours >= lowHours ? 'near' : 'within';
  const spent = `${formatHours(totalHours)} person-hours spent of a ${EFFORT_BUDGET_DAYS.low}–${EFFORT_BUDGET_DAYS.high} person-day budget (${lowHours}–${highHours} person-hours)`;
  const tail =
    state === 'over'
      ? `: ${formatHours(totalHours - highHours)} over.`
      : state === 'near'
        ? ': close to the limit.'
        : '.';
  return { totalHours, byPhase, budget: { lowHours, highHours }, state, message: spent + tail };
}
