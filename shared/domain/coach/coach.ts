import { analyzeKeyResult } from './analyze';
import { gameableRule } from './rules/gameable';
import { numberRules } from './rules/numbers';
import { secondOpinions } from './rules/secondOpinion';
import { externalCommitmentFinding, isExternalCommitment } from './rules/commitment';
import { outputRule } from './rules/outputs';
import {
  individualChecklist,
  objectiveExternalCommitment,
  objectiveIsMetric,
  tooManyKeyResults,
  tooManyObjectives,
  unaligned,
} from './rules/structure';
import type { Finding, FindingRef, KeyResultInput, PlanInput } from './types';

/**
 * Checks one key result on its own: the inline check run (debounced) as a person types.
 * Returns missing-*, trivial-target, direction-mismatch, output-not-outcome,
 * gameable-metric and external-commitment findings.
 */
export function coachKeyResult(keyResult: KeyResultInput, objective: FindingRef): Finding[] {
  const a = analyzeKeyResult(keyResult);
  const findings = numberRules(keyResult, a, objective);
  const output = outputRule(keyResult, a, objective);
  if (output) findings.push(output);
  const gameable = gameableRule(keyResult, a, objective);
  if (gameable) findings.push(gameable);
  if (isExternalCommitment(keyResult.title)) {
    findings.push(
      externalCommitmentFinding(objective, { id: keyResult.id, title: keyResult.title }),
    );
  }
  findings.push(...secondOpinions(keyResult, objective, new Set(findings.map((f) => f.rule))));
  return findings;
}

/**
 * Checks a whole quarter's plan: every objective's own rules, then each of its key results.
 * Pure and cheap (regular expressions over short strings), so it can run on every edit.
 */
export function coachPlan(plan: PlanInput): Finding[] {
  const planLevel = tooManyObjectives(plan);
  const findings: Finding[] = [];
  for (const o of plan.objectives) {
    const objective: FindingRef = { id: o.id, title: o.title };
    const own = [
      planLevel.get(o.id) ?? null,
      objectiveIsMetric(o),
      tooManyKeyResults(o),
      individualChecklist(o),
      objectiveExternalCommitment(o),
      unaligned(o, plan),
    ];
    for (const f of own) if (f) findings.push(f);
    for (const kr of o.keyResults) findings.push(...coachKeyResult(kr, objective));
  }
  return findings;
}
