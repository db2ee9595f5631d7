export { coachKeyResult, coachPlan } from './coach';
export { planInputFromCsv, planInputFromEntities } from './adapters';
export type { CoachedKeyResult, CoachedObjective } from './adapters';
export { RULE_SEVERITY, RULE_WHY } from './catalog';
export { isTrivialChange, TRIVIAL_TOLERANCE } from './rules/numbers';
export { isGameableMetricName } from './rules/gameable';
export { MAX_KEY_RESULTS, MAX_OBJECTIVES } from './rules/structure';
export { COACH_RULES } from './types';
export type {
  CoachRule,
  Finding,
  FindingRef,
  CoachKeyResult,
  KeyResultPatch,
  CoachObjective,
  ParentObjectiveRef,
  PlanInput,
  Severity,
} from './types';
