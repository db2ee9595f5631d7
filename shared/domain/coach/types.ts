import type { Direction, ObjectiveKind } from '../enums';

/** Every rule the coach knows. Other tools read these names: never rename one. */
export const COACH_RULES = [
  'missing-baseline',
  'missing-target',
  'missing-metric',
  'trivial-target',
  'direction-mismatch',
  'output-not-outcome',
  'gameable-metric',
  'too-many-key-results',
  'too-many-objectives',
  'objective-is-metric',
  'individual-checklist',
  'external-commitment',
  'unaligned',
  'numbers-only-in-text',
  'text-disagrees-with-fields',
] as const;

export type CoachRule = (typeof COACH_RULES)[number];

export type Severity = 'error' | 'warning' | 'info';

/** A key result as the coach sees it: the same shape for a CSV row and a database entity. */
export interface CoachKeyResult {
  id: string;
  title: string;
  metric?: string;
  unit?: string;
  baseline: number | null;
  target: number | null;
  /** Null when the source did not say (a CSV cell left empty). */
  direction: Direction | null;
  owner?: string;
  measuredBy?: string;
  /** A milestone KR scores 0 or 1, so the numeric rules do not apply to it. */
  isMilestone?: boolean;
}

export interface CoachObjective {
  id: string;
  title: string;
  kind?: ObjectiveKind | null;
  description?: string;
  parentObjectiveId?: string | null;
  /** Team and quarter, when one plan holds several (a CSV can); else the plan's are used. */
  team?: string;
  quarter?: string;
  keyResults: CoachKeyResult[];
}

/** An objective at a higher level (organisation, group) that an objective can align to. */
export interface ParentObjectiveRef {
  id: string;
  title: string;
  /** Whose it is, to name it in a suggestion ("Grow revenue" of Acme). */
  owner?: string;
}

/** One quarter's plan for one team, or several teams when imported from a CSV. */
export interface PlanInput {
  team?: string;
  quarter?: string;
  objectives: CoachObjective[];
  /**
   * The parents on offer: objectives of a higher level in the same quarter, so none at the top
   * level. `unaligned` only fires when there is at least one.
   */
  parentObjectives?: ParentObjectiveRef[];
  /** Shortcut for callers that know parents exist without listing them. */
  hasParentObjectives?: boolean;
  /**
   * People's names for the team and quarter ids objectives carry, so messages read "6
   * objectives for Payments Platform in 2027-Q1", never an internal id.
   */
  labels?: PlanLabels;
}

/** Names by id: team id → team name, quarter (cycle) id → label such as 2027-Q1. */
export interface PlanLabels {
  teams?: Readonly<Record<string, string>>;
  quarters?: Readonly<Record<string, string>>;
}

/** What a finding points at: an id for the app, a title for people and the CLI. */
export interface FindingRef {
  id: string;
  title: string;
}

/** A change to a key result the UI can apply in one click. Null clears a number. */
export interface KeyResultPatch {
  title?: string;
  metric?: string;
  unit?: string;
  baseline?: number | null;
  target?: number | null;
  direction?: Direction;
}

export interface Finding {
  rule: CoachRule;
  severity: Severity;
  objective: FindingRef;
  /** Absent for objective-level and plan-level findings. */
  keyResult?: FindingRef;
  message: string;
  /** Why the rule matters, in one sentence. */
  why: string;
  /** A concrete rewrite or next step, in words. */
  suggestion?: string;
  /** The same rewrite as a patch to the key result, when one can be computed. */
  rewrite?: KeyResultPatch;
}
