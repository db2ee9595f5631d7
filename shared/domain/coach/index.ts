export { coachKeyResult, coachPlan } from './coach';
export { compareFindings, FINDING_IMPORTANCE, orderFindings } from './order';
export { consistentPatch } from './rules/consistency';
export {
  compareTextAndFields,
  proposeFieldsFromText,
  statedNumbers,
  unitLabel,
} from './text/fields';
export type { Disagreement, FieldProposal, KeyResultFields, StatedNumbers } from './text/fields';
export { carryForwardTitle, rewriteTitleNumbers } from './text/rewriteTitle';
export type { TitleNumberChange, TitleRewrite } from './text/rewriteTitle';
export { planInputFromCsv, planInputFromEntities } from './adapters';
export type { CoachedKeyResult, CoachedObjective } from './adapters';
export { RULE_LABEL, RULE_SEVERITY, RULE_WHY, type HistoryRule } from './catalog';
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
  PlanLabels,
  Severity,
} from './types';
