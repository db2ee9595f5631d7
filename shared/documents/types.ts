import type { ChartModel } from '../charts/types';
import type { Band } from '../domain/scoring/bands';
import type {
  CalibrationVerdict,
  DependencyStatus,
  Direction,
  ObjectiveKind,
} from '../domain/enums';

/**
 * The quarterly review as plain, format-neutral data: every writer (Markdown, HTML, CSV, DOCX)
 * draws from this one model, so they can never disagree about a number. Texts are raw user
 * text; each writer escapes them for its own format.
 */
export type ReviewDocument = {
  cover: ReviewCover;
  summary: ReviewSummary;
  objectives: ObjectiveSection[];
  cycleRetro: CycleRetroSection | null;
  dependencies: DependencyRow[];
  carryForward: CarryForwardItem[];
  /** Time the cycle's meetings took against the 3–4 person-day budget (see `effort.ts`). */
  effort: EffortSection;
};

export type ReviewCover = {
  teamName: string;
  teamFunction: string;
  /** `2027-Q1`. */
  quarter: string;
  startDate: string;
  endDate: string;
  /** `4 Jan 2027 – 31 Mar 2027`. */
  dateRange: string;
  generatedAt: string;
  generatedOn: string;
  businessNeed: string;
  engineeringLever: string;
};

/** A score with its band; band fields are null when nothing could be scored. */
export type ScoreInfo = {
  score: number | null;
  scoreText: string;
  band: Band | null;
  bandLabel: string;
};

export type SummaryRow = ScoreInfo & {
  id: string;
  title: string;
  kind: ObjectiveKind;
  kindLabel: string;
  expectation: string;
  keyResultCount: number;
};

export type BandCount = {
  band: Band | 'unscored';
  label: string;
  range: string;
  /** What the band tells the team, e.g. "Strong delivery: the sweet spot." */
  meaning: string;
  count: number;
};

export type ReviewSummary = {
  objectives: SummaryRow[];
  /** Key results per band, worst first, then the unscored ones. */
  distribution: BandCount[];
  keyResultCount: number;
};

export type ObjectiveSection = ScoreInfo & {
  id: string;
  /** 1-based position in the quarter. */
  number: number;
  title: string;
  description: string;
  kind: ObjectiveKind;
  kindLabel: string;
  expectation: string;
  /** The parent objective's title, when it is one of this quarter's objectives. */
  parentTitle: string;
  keyResults: KeyResultSection[];
};

export type CheckInRow = {
  date: string;
  dateText: string;
  value: number | null;
  valueText: string;
  confidence: number;
  changed: string;
  blockers: string;
  /** This check-in corrects an earlier one. */
  isCorrection: boolean;
};

export type KeyResultRetroAnswers = {
  worked: string;
  didNotWork: string;
  learned: string;
  carryForward: boolean;
};

export type KeyResultSection = ScoreInfo & {
  id: string;
  title: string;
  metric: string;
  unit: string;
  baseline: number | null;
  target: number | null;
  /** `2.4 s → 1.5 s`. */
  baselineToTarget: string;
  direction: Direction;
  directionLabel: string;
  measuredBy: string;
  owner: string;
  proposedBy: string;
  isMilestone: boolean;
  finalValue: number | null;
  finalValueText: string;
  isOverridden: boolean;
  /** The score computed from the final value; shown beside an override. */
  computedScore: number | null;
  computedScoreText: string;
  overrideReason: string;
  checkIns: CheckInRow[];
  chart: ChartModel;
  retro: KeyResultRetroAnswers | null;
};

export type CalibrationRow = {
  keyResultTitle: string;
  verdict: CalibrationVerdict;
  verdictLabel: string;
};

export type CycleRetroSection = {
  calibration: CalibrationRow[];
  objectivesMatteredLess: string[];
  wrongAssumptions: string;
  notes: string;
};

export type DependencyRow = {
  team: string;
  need: string;
  /** The objective or key result it serves, by title; empty for the whole quarter. */
  forTitle: string;
  byDate: string | null;
  byDateText: string;
  status: DependencyStatus;
  statusLabel: string;
};

export type CarryForwardItem = {
  title: string;
  objectiveTitle: string;
  lastValue: number | null;
  lastValueText: string;
};

/** Person-hours spent on the quarter's meetings, against the budget. */
export type EffortSection = {
  /** One sentence: spent so far against the budget. */
  message: string;
  state: 'within' | 'near' | 'over';
  phases: { label: string; hoursText: string; records: number }[];
  records: {
    dateText: string;
    label: string;
    phaseLabel: string;
    activityLabel: string;
    minutes: number;
    attendees: number;
    hoursText: string;
  }[];
};
