import {
  coachKeyResult,
  coachPlan,
  type CoachRule,
  type Finding,
  type CoachKeyResult,
} from '../../../../shared/domain/coach';

/** A key result with nothing but a title, overridable field by field. */
export function kr(title: string, fields: Partial<CoachKeyResult> = {}): CoachKeyResult {
  return { id: 'kr-1', title, baseline: null, target: null, direction: null, ...fields };
}

export const OBJECTIVE = { id: 'o-1', title: 'Merchants can rely on us' };

/** The findings the inline check gives for one KR. */
export function check(title: string, fields: Partial<CoachKeyResult> = {}): Finding[] {
  return coachKeyResult(kr(title, fields), OBJECTIVE);
}

/** The rule names the inline check gives for one KR. */
export function rulesOf(title: string, fields: Partial<CoachKeyResult> = {}): CoachRule[] {
  return check(title, fields).map((f) => f.rule);
}

/** The one finding of a rule, or undefined. */
export function findingOf(
  rule: CoachRule,
  title: string,
  fields: Partial<CoachKeyResult> = {},
): Finding | undefined {
  return check(title, fields).find((f) => f.rule === rule);
}

/**
 * The rule names the plan check gives for an objective over one sound key result (with a
 * baseline and a target in its title), so only what the objective says can be flagged.
 */
export function objectiveRules(objective: string): string[] {
  return coachPlan({
    objectives: [
      {
        id: 'o',
        title: objective,
        keyResults: [
          {
            id: 'k',
            title: 'Weekly repeat orders from 120 to 180',
            baseline: null,
            target: null,
            direction: null,
          },
        ],
      },
    ],
  }).map((f) => f.rule);
}
