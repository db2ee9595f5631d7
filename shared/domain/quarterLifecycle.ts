import { quarterAfter } from './calendar/quarters';
import { carryForwardTitle } from './coach/text/rewriteTitle';
import type { CheckIn, Cycle, KeyResult, Objective } from './entities';
import { finalValueOf } from './scoring/score';

/** A quarter closed at `at`: read-only until someone reopens it on purpose. */
export function closedQuarter(cycle: Cycle, at: string): Cycle {
  return { ...cycle, phase: 'closed', closedAt: at, updatedAt: at };
}

/** A closed quarter reopened at its retrospective, with nothing lost. */
export function reopenedQuarter(cycle: Cycle, at: string): Cycle {
  return { ...cycle, phase: 'retrospective', closedAt: null, updatedAt: at };
}

/**
 * The baseline a carried key result starts the next quarter from: where it ended this one (its
 * final value, else its last measured check-in; see `finalValueOf`), else its old baseline.
 */
export function carriedBaseline(
  kr: Pick<KeyResult, 'id' | 'finalValue' | 'baseline'>,
  checkIns: readonly CheckIn[],
): number | null {
  return finalValueOf(kr, checkIns) ?? kr.baseline;
}

/** Where a copy goes: its new id, its place and when it is made. */
type Placement = { id: string; order: number; at: string };

/**
 * The quarter after `cycle` for the same team: in Setting, with the same cadence and chain, and
 * a link back. Null when `cycle`'s label is not a calendar quarter's (there is no "next" one).
 */
export function nextQuarterCycle(cycle: Cycle, id: string, at: string): Cycle | null {
  const next = quarterAfter(cycle.label);
  if (!next) return null;
  return {
    ...next,
    id,
    teamId: cycle.teamId,
    cadence: cycle.cadence,
    phase: 'setting',
    businessNeed: cycle.businessNeed,
    engineeringLever: cycle.engineeringLever,
    previousCycleId: cycle.id,
    closedAt: null,
    createdAt: at,
    updatedAt: at,
  };
}

/** An objective copied into the next quarter to hold its carried key results. */
export function carriedObjective(
  objective: Objective,
  cycleId: string,
  { id, order, at }: Placement,
): Objective {
  return {
    ...objective,
    id,
    cycleId,
    order,
    acknowledgements: [],
    createdAt: at,
    updatedAt: at,
    // A copy is a new record: its history of writes starts again.
    revision: 0,
  };
}

/**
 * A key result carried into the next quarter: the same metric and target from `baseline` (see
 * {@link carriedBaseline}), a draft again with no reflection, acknowledgements, final value or
 * override, and a link to the key result it came from.
 */
export function carriedKeyResult(
  kr: KeyResult,
  into: { objectiveId: string; cycleId: string; baseline: number | null },
  { id, order, at }: Placement,
): KeyResult {
  return {
    ...kr,
    ...into,
    id,
    order,
    // "from 8 to 2" in the title follows the new baseline, so title and fields agree.
    title: carryForwardTitle(kr, into.baseline),
    status: 'draft',
    reflection: null,
    reflectionNote: '',
    acknowledgements: [],
    finalValue: null,
    scoreOverride: null,
    scoreOverrideReason: '',
    carriedFromKeyResultId: kr.id,
    createdAt: at,
    updatedAt: at,
    revision: 0,
  };
}
