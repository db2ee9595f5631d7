import type { Acknowledgement, KeyResult, Objective } from '../entities';
import type { Finding, Severity } from '../coach/types';
import { formatCount } from '../format';

/** The five steps of the guided setting, in order. */
export const SETTING_STEPS = [
  { id: 'chain', label: 'The chain', hint: 'Business need and engineering lever' },
  { id: 'objectives', label: 'Objectives', hint: 'What the team wants to achieve' },
  { id: 'key-results', label: 'Key results', hint: 'How the team will know' },
  { id: 'dependencies', label: 'Dependencies', hint: 'What other teams must provide' },
  { id: 'review', label: 'Review', hint: 'Every finding, then start the quarter' },
] as const;

export type SettingStepId = (typeof SETTING_STEPS)[number]['id'];

/** Clamps a remembered step index to the steps that exist. */
export function clampStep(step: number): number {
  return Math.min(Math.max(0, Math.trunc(step)), SETTING_STEPS.length - 1);
}

type PlanShape = { objectives: Objective[]; keyResults: KeyResult[] };

/** What is left to do in a step, in words; an empty list means the step looks complete. */
export function stepTodo(
  step: SettingStepId,
  plan: PlanShape & { businessNeed: string; engineeringLever: string },
): string[] {
  switch (step) {
    case 'chain':
      return [
        ...(plan.businessNeed.trim() ? [] : ['Name the business need this quarter serves.']),
        ...(plan.engineeringLever.trim() ? [] : ['Name the engineering lever that moves it.']),
      ];
    case 'objectives':
      return plan.objectives.length === 0 ? ['Add at least one objective.'] : [];
    case 'key-results':
      return plan.objectives
        .filter((o) => !plan.keyResults.some((kr) => kr.objectiveId === o.id))
        .map((o) => `Add key results to “${o.title}”.`);
    case 'dependencies':
      return [];
    case 'review':
      return [];
  }
}

/**
 * What the wizard's footer says about what is typed on the step and not yet saved: that moving on
 * saves it, or, when that was refused, why the wizard stayed. Null when nothing is unsaved.
 */
export function unsavedNote(state: { isDirty: boolean; isHeldBack: boolean }): string | null {
  if (!state.isDirty) return null;
  return state.isHeldBack
    ? 'Not moved on: correct the marked field to save it, or clear it.'
    : 'What is typed here is saved when you move on.';
}

/** The acknowledgement recorded for a finding, if the team kept it on purpose. */
export function acknowledgementFor(finding: Finding, plan: PlanShape): Acknowledgement | undefined {
  const holder = finding.keyResult
    ? plan.keyResults.find((kr) => kr.id === finding.keyResult?.id)
    : plan.objectives.find((o) => o.id === finding.objective.id);
  return holder?.acknowledgements.find((a) => a.rule === finding.rule);
}

/** Error-level findings neither fixed nor acknowledged: each one blocks starting the quarter. */
export function blockingFindings(findings: Finding[], plan: PlanShape): Finding[] {
  return findings.filter((f) => f.severity === 'error' && !acknowledgementFor(f, plan));
}

/** Why the quarter cannot start yet, or an empty list when it can. */
export function startBlockers(findings: Finding[], plan: PlanShape): string[] {
  const reasons: string[] = [];
  if (plan.objectives.length === 0) reasons.push('The quarter has no objectives.');
  if (plan.keyResults.length === 0) reasons.push('The quarter has no key results.');
  const blocking = blockingFindings(findings, plan).length;
  if (blocking > 0) {
    reasons.push(
      `${formatCount(blocking, 'error-level finding')} ${blocking === 1 ? 'needs' : 'need'} fixing or acknowledging with a reason.`,
    );
  }
  return reasons;
}

/** Findings still open by severity, and how many the team kept on purpose with a reason. */
export type FindingTally = Record<Severity, number> & { kept: number };

/**
 * Counts the findings a review still shows as open: one acknowledged with a reason counts as
 * kept, not as open, so the counts change the moment a finding is fixed or kept.
 */
export function findingTally(findings: readonly Finding[], plan: PlanShape): FindingTally {
  const tally: FindingTally = { error: 0, warning: 0, info: 0, kept: 0 };
  for (const f of findings) {
    if (acknowledgementFor(f, plan)) tally.kept += 1;
    else tally[f.severity] += 1;
  }
  return tally;
}

/** The tally in words: "1 must fix, 2 worth a look, 1 note; 1 kept on purpose". */
export function describeTally(tally: FindingTally): string {
  const open = [
    `${formatCount(tally.error, 'must fix', 'must fix')}`,
    `${formatCount(tally.warning, 'worth a look', 'worth a look')}`,
    formatCount(tally.info, 'note'),
  ].join(', ');
  return tally.kept > 0
    ? `${open}; ${formatCount(tally.kept, 'kept on purpose', 'kept on purpose')}`
    : open;
}

/**
 * What a review says about key results not yet agreed when the quarter starts: agreed KRs are
 * the norm (teams propose, leadership agrees). Null when every key result is agreed.
 */
export function unagreedNote(keyResults: readonly Pick<KeyResult, 'status'>[]): string | null {
  const drafts = keyResults.filter((kr) => kr.status === 'draft').length;
  const proposed = keyResults.filter((kr) => kr.status === 'proposed').length;
  if (drafts + proposed === 0) return null;
  const parts = [
    ...(drafts > 0 ? [`${drafts} in Draft`] : []),
    ...(proposed > 0 ? [`${proposed} Proposed`] : []),
  ].join(' and ');
  const total = drafts + proposed;
  return `${formatCount(total, 'key result')} ${total === 1 ? 'is' : 'are'} not agreed yet (${parts}). Agreed key results are the norm when a quarter starts: agree them with leadership first, or start anyway and agree them during the quarter.`;
}
