import {
  coachKeyResult,
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
