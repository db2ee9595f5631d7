import type { ChartModel } from '../charts/types';
import type { DependencyOutcome } from '../domain/dependencyOutcome';
import type {
  CalibrationVerdict,
  DependencyStatus,
  Direction,
  ObjectiveKind,
} from '../domain/enums';
import type { Lineage } from '../domain/lineage';
import type { Band } from '../domain/scoring/bands';
import type { KindVerdict, Tone } from '../domain/scoring/judgement';

/**
 * What the document is, from the quarter's phase: a `plan` while the quarter is being set, a
 * `progress` review during check-ins, and the quarterly `review` from scoring on.
 */
export type DocumentKind = 'plan' | 'progress' | 'review';

/**
 * The quarterly review as plain, format-neutral data: every writer (Markdown, HTML, CSV, DOCX)
 * draws from this one model, so they can never disagree about a number. Texts are raw user
 * text; each writer escapes them for its own format.
 *
 * The order is the reader's: the executive summary (page one), the scorecard of every key result
 * (from `objectives`), the details per objective and key result, the closing sections, and the
 * full check-in log as an appendix.
 */
export type ReviewDocument = {
  kind: DocumentKind;
  /** `2027-Q1 quarterly review`, `2027-Q2 plan`, `2027-Q1 progress review`. */
  title: string;
  cover: ReviewCover;
  executive: ExecutiveSummary;
  objectives: ObjectiveSection[];
  cycleRetro: CycleRetroSection | null;
  dependencies: DependencyRow[];
  carryForward: CarryForwardItem[];
  /** The document runs past four pages, so paged formats add a table of contents. */
  isLong: boolean;
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

/**
 * A score with how it reads for its kind (see `judgeScore`): a committed 0.8 is `Missed: close`,
 * an aspirational 0.8 a `Success`, a milestone `Done` or `Not done`.
 */
export type ScoreInfo = {
  score: number | null;
  scoreText: string;
  band: Band | null;
  /** `Met`, `Missed: close`, `Success`, `Done`…; `Not scored` when there is no score. */
  verdict: string;
  /** The verdict's sentence, for a reader who wants the why. */
  verdictMeaning: string;
  tone: Tone | 'none';
  /** Whether the score meets its kind's expectation; null when there is no score. */
  isMet: boolean | null;
};

export type BandCount = {
  band: Band | 'unscored';
  label: string;
  range: string;
  count: number;
};

/** A key result named on the summary page. */
export type NamedKeyResult = {
  id: string;
  title: string;
  objectiveNumber: number;
  scoreText: string;
  verdict: string;
};

/** An override named on the summary page: which key result, from what, to what, and why. */
export type NamedOverride = NamedKeyResult & { computedScoreText: string; reason: string };

/** An objective that missed what its kind expects. */
export type NamedObjective = {
  id: string;
  number: number;
  title: string;
  kindLabel: string;
  scoreText: string;
  verdict: string;
};

/** Page one: the conclusions a reader needs before any detail. */
export type ExecutiveSummary = {
  /** The team's two or three sentences from the quarter retro; empty when not written yet. */
  headline: string;
  /** The quarter's overall score (mean of the objective scores), with its text. */
  overallScore: number | null;
  overallScoreText: string;
  /** Per kind: `2 of 3 committed objectives below 1.0`. */
  verdicts: KindVerdict[];
  /** Scored objectives below what their kind expects, in order. */
  misses: NamedObjective[];
  /** Key results scored 0.0–0.3. */
  lowKeyResults: NamedKeyResult[];
  /** Every overridden score. */
  overrides: NamedOverride[];
  /** Dependencies that failed or are at risk. */
  riskyDependencies: DependencyRow[];
  /** What the team asks for next quarter, one ask per item. */
  asks: string[];
  /** Key results carried into next quarter, by title. */
  carriedForward: string[];
  /** Key results carried into this quarter from an earlier one. */
  carriedIn: NamedKeyResult[];
  /** Key results per band, worst first; only bands with any, and none when nothing is scored. */
  distribution: BandCount[];
  objectiveCount: number;
  keyResultCount: number;
  scoredCount: number;
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
  /** With as many decimals as the most precise value of this key result's log. */
  valueText: string;
  confidence: number;
  changed: string;
  blockers: string;
  /** This check-in corrects an earlier one. */
  isCorrection: boolean;
  /** Something was said: what changed, a blocker, or a correction. */
  isNotable: boolean;
};

export type KeyResultRetroAnswers = {
  worked: string;
  didNotWork: string;
  learned: string;
  carryForward: boolean;
};

export type KeyResultSection = ScoreInfo & {
  id: string;
  /** `1.2`: objective number and position. */
  ref: string;
  title: string;
  objectiveKind: ObjectiveKind;
  metric: string;
  unit: string;
  baseline: number | null;
  target: number | null;
  /** `2.4 s → 1.5 s`; `Milestone` for a milestone. */
  baselineToTarget: string;
  direction: Direction;
  directionLabel: string;
  measuredBy: string;
  owner: string;
  proposedBy: string;
  isMilestone: boolean;
  finalValue: number | null;
  /** `1.7 s`; `Done` / `Not done` for a milestone. */
  finalValueText: string;
  /** How far the final value got from baseline to target, `58% of the way to target`; empty when unknown. */
  progressText: string;
  isOverridden: boolean;
  /** The score computed from the final value; shown beside an override. */
  computedScore: number | null;
  computedScoreText: string;
  overrideReason: string;
  /** Confidence at the last check-in, `50%`, or an en dash. */
  lastConfidence: number | null;
  lastConfidenceText: string;
  /** Where a carried key result came from, or null. */
  lineage: Lineage | null;
  /** Marked in its retro to carry into next quarter. */
  isCarriedForward: boolean;
  /** Every effective check-in, oldest first: the appendix. */
  checkIns: CheckInRow[];
  /** The check-ins where something was said: the details. */
  notableCheckIns: CheckInRow[];
  /** Values and confidence over the quarter (confidence alone for a milestone); null without check-ins. */
  chart: ChartModel | null;
  retro: KeyResultRetroAnswers | null;
};

export type CalibrationRow = {
  keyResultTitle: string;
  verdict: CalibrationVerdict;
  verdictLabel: string;
};

export type CycleRetroSection = {
  headline: string;
  asks: string;
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
  /** Where it stands as of the document's date (see `dependencyOutcome`). */
  outcome: DependencyOutcome;
  /** `Failed: not resolved by 15 Feb 2027`, `At risk`, `Resolved`, `Open`. */
  outcomeLabel: string;
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
