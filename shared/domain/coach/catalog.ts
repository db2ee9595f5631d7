import type { CoachRule, Finding, FindingRef, KeyResultPatch, Severity } from './types';

/**
 * Severity per rule. An `error` blocks starting the quarter until the team acknowledges it,
 * so it is kept for what makes a KR unscoreable or meaningless; judgement calls are warnings.
 *
 * | rule                 | severity | because                                                    |
 * |----------------------|----------|------------------------------------------------------------|
 * | missing-baseline     | error    | progress from baseline to target cannot be scored          |
 * | missing-target       | error    | nothing to score against                                   |
 * | missing-metric       | error    | nothing to measure                                         |
 * | direction-mismatch   | error    | the score would run backwards                              |
 * | output-not-outcome   | error    | done/not done says nothing about the problem               |
 * | trivial-target       | warning  | may be a deliberate "hold the line" KR                     |
 * | gameable-metric      | warning  | measurable, but a weak proxy: the team decides             |
 * | too-many-key-results | warning  | focus, not correctness                                     |
 * | too-many-objectives  | warning  | focus, not correctness                                     |
 * | objective-is-metric  | warning  | wording; the KR under it may still be fine                 |
 * | individual-checklist | warning  | ownership pattern, not a broken KR                         |
 * | external-commitment  | warning  | may be a real obligation; belongs in dependencies          |
 * | unaligned            | warning  | some team objectives legitimately stand alone              |
 * | numbers-only-in-text | error    | empty Baseline/Target fields cannot be scored              |
 * | text-disagrees-with-fields | warning | one of the two is stale; scoring uses the fields    |
 */
export const RULE_SEVERITY: Readonly<Record<CoachRule, Severity>> = {
  'missing-baseline': 'error',
  'missing-target': 'error',
  'missing-metric': 'error',
  'direction-mismatch': 'error',
  'output-not-outcome': 'error',
  'trivial-target': 'warning',
  'gameable-metric': 'warning',
  'too-many-key-results': 'warning',
  'too-many-objectives': 'warning',
  'objective-is-metric': 'warning',
  'individual-checklist': 'warning',
  'external-commitment': 'warning',
  unaligned: 'warning',
  'numbers-only-in-text': 'error',
  'text-disagrees-with-fields': 'warning',
};

/** One sentence per rule on why it matters, shown beside the finding. */
export const RULE_WHY: Readonly<Record<CoachRule, string>> = {
  'missing-baseline':
    'Without knowing where you start, progress cannot be scored and the target cannot be judged as too easy or too hard.',
  'missing-target': 'Without a target there is nothing to score against at the end of the quarter.',
  'missing-metric':
    'A key result is how you will know; without a named metric nobody can check it.',
  'trivial-target':
    'A target the team already meets scores 1.0 without anything changing: a sandbagged KR hides the real ambition.',
  'direction-mismatch':
    'When the stated direction contradicts baseline and target, progress would be scored backwards.',
  'output-not-outcome':
    'Work can be finished without the problem being solved; a KR should measure the change the work is meant to cause.',
  'gameable-metric':
    'Activity metrics can be hit without anything improving, and teams under pressure will hit them that way.',
  'too-many-key-results':
    'More than four KRs spreads attention thin; the few that best show the objective is met are enough.',
  'too-many-objectives':
    'More than five objectives in a quarter means none of them gets the focus it needs.',
  'objective-is-metric':
    'An objective says what you want to achieve, qualitatively; the numbers belong in its key results.',
  'individual-checklist':
    'KRs each owned by a different person become individual to-do lists instead of shared team outcomes.',
  'external-commitment':
    'A delivery promise to a stakeholder is a commitment to track with a date, not a measure of whether anything improved.',
  unaligned:
    'If all of this were achieved, would the parent advance? An objective with no parent cannot show that it would.',
  'numbers-only-in-text':
    'Scoring and check-ins read the Baseline and Target fields; numbers written only in the title are invisible to them.',
  'text-disagrees-with-fields':
    'People read the title, but the score is computed from the fields; when they differ, one of them is out of date.',
};

/** The calibration rules: patterns across past quarters (`historyFindings` in scoring). */
export type HistoryRule = 'sandbagging-history' | 'disconnected-history';

/**
 * What a person reads for each rule, coach and calibration alike: on screen, in aria-labels and
 * in the CLI's human output. The ids stay an interface (`--json`, acknowledgements), never shown.
 */
export const RULE_LABEL: Readonly<Record<CoachRule | HistoryRule, string>> = {
  'missing-baseline': 'Missing baseline',
  'missing-target': 'Missing target',
  'missing-metric': 'Missing metric',
  'trivial-target': 'Trivial target',
  'direction-mismatch': 'Direction mismatch',
  'output-not-outcome': 'Output, not outcome',
  'gameable-metric': 'Gameable metric',
  'too-many-key-results': 'Too many key results',
  'too-many-objectives': 'Too many objectives',
  'objective-is-metric': 'Objective is a metric',
  'individual-checklist': 'Individual checklist',
  'external-commitment': 'External commitment',
  unaligned: 'Not aligned',
  'numbers-only-in-text': 'Numbers only in the title',
  'text-disagrees-with-fields': 'Title disagrees with fields',
  'sandbagging-history': 'Targets set too low',
  'disconnected-history': 'Disconnected from the work',
};

/** What every rule needs to build a finding. */
export interface FindingDraft {
  rule: CoachRule;
  objective: FindingRef;
  keyResult?: FindingRef;
  message: string;
  suggestion?: string;
  rewrite?: KeyResultPatch;
}

/** Fills in severity and why from the catalogue, leaving optional fields out when empty. */
export function makeFinding(draft: FindingDraft): Finding {
  const finding: Finding = {
    rule: draft.rule,
    severity: RULE_SEVERITY[draft.rule],
    objective: draft.objective,
    message: draft.message,
    why: RULE_WHY[draft.rule],
  };
  if (draft.keyResult) finding.keyResult = draft.keyResult;
  if (draft.suggestion) finding.suggestion = draft.suggestion;
  if (draft.rewrite && Object.keys(draft.rewrite).length > 0) finding.rewrite = draft.rewrite;
  return finding;
}
