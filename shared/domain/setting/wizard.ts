import type { Acknowledgement, KeyResult, Objective } from '../entities';
import type { Finding } from '../coach/types';

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
      `${blocking} error-level ${blocking === 1 ? 'finding needs' : 'findings need'} fixing or acknowledging with a reason.`,
    );
  }
  return reasons;
}
