export { atRiskList, atRiskReasons, CONFIDENCE_DROP, LOW_CONFIDENCE } from './atRisk';
export type { AtRiskItem, AtRiskReason } from './atRisk';
export { averageConfidence, clampConfidence, isConfidence } from './confidence';
export {
  checkInsFor,
  correctionChain,
  effectiveCheckIns,
  latestCheckIn,
  latestMeasuredCheckIn,
} from './history';
export {
  AHEAD_THRESHOLD,
  BEHIND_THRESHOLD,
  clamp01,
  expectedProgressAt,
  expectedValueAt,
  objectiveProgress,
  paceOf,
  progressOf,
  timeElapsed,
} from './progress';
export type { Measurable, Pace } from './progress';
export { dueStatus, GRACE_DAYS, keyResultDueStatus } from './schedule';
export type { DueState, DueStatus } from './schedule';
export { checkInDay, datedWithinQuarter, isWithinQuarter } from './checkInDate';
export type { CheckInDay } from './checkInDate';
