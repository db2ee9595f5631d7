export {
  BAND_INFO,
  BAND_TONE,
  BANDS,
  bandDistribution,
  bandOf,
  bandTone,
  expectationFor,
} from './bands';
export type { Band } from './bands';
export { calibrateQuarter, calibrationHistory, historyFindings } from './calibration';
export type { HistoryFinding, QuarterCalibration, QuarterScores } from './calibration';
export {
  computedScore,
  finalValueOf,
  keyResultScore,
  objectiveScore,
  OVERRIDE_RANGE_MESSAGE,
  OVERRIDE_SCORES,
  OVERRIDE_REASON_MESSAGE,
  OVERRIDE_STEP_MESSAGE,
  roundScore,
  scoringProblem,
  validateOverride,
  whyUnscorable,
} from './score';
export type { KrScore, ScoredKeyResult, ScoringInput, UnscorableReason } from './score';
export { judgeScore, kindVerdicts, meetsExpectation, quarterScore } from './judgement';
export type { Judgement, KindVerdict, Tone } from './judgement';
export { formatObjectiveScore, objectiveScoreSummary, scoredFromText } from './coverage';
export type { ObjectiveScoreSummary } from './coverage';
