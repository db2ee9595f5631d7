import { analyzeKeyResult } from './analyze';
import { memoizeText } from './text/memo';
import { orderFindings } from './order';
import { externalCommitmentFinding, isExternalCommitment } from './rules/commitment';
import { consistentPatch, numbersOnlyInText, textDisagreesWithFields } from './rules/consistency';
import { gameableRule } from './rules/gameable';
import { numberRules } from './rules/numbers';
import { outputRule } from './rules/outputs';
import {
  individualChecklist,
  objectiveExternalCommitment,
  objectiveIsMetric,
  tooManyKeyResults,
  tooManyObjectives,
  unaligned,
} from './rules/structure';
import type { Finding, FindingRef, CoachKeyResult, PlanInput } from './types';

// A rewrite that would leave the title saying one number and the fields another is dropped;
// the suggestion in words still stands.
function keepConsistent(kr: CoachKeyResult, f: Finding): Finding {
  if (!f.rewrite) return f;
  const rewrite = consistentPatch(kr, f.rewrite);
  if (rewrite === f.rewrite) return f;
  const { rewrite: _dropped, ...rest } = f;
  return rewrite ? { ...rest, rewrite } : rest;
}

/**
 * Checks one key result on its own: the inline check run (debounced) as a person types.
 * Returns its findings in order of importance, each rewrite consistent with the title.
 * A plan is re-checked on every edit, but only the edited KR changes: the others are
 * answered from a small cache keyed by their content.
 */
export function coachKeyResult(keyResult: CoachKeyResult, objective: FindingRef): Finding[] {
  return [...cachedCheck(JSON.stringify([keyResult, objective.id, objective.title]))];
}

const cachedCheck = memoizeText((key: string): readonly Finding[] => {
  const [keyResult, id, title] = JSON.parse(key) as [CoachKeyResult, string, string];
  return checkKeyResult(keyResult, { id, title });
});

function checkKeyResult(keyResult: CoachKeyResult, objective: FindingRef): Finding[] {
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
  for (const f of [
    numbersOnlyInText(keyResult, objective),
    textDisagreesWithFields(keyResult, objective),
  ]) {
    if (f) findings.push(f);
  }
  return orderFindings(findings.map((f) => keepConsistent(keyResult, f)));
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
    findings.push(...orderFindings(own.filter((f): f is Finding => f !== null)));
    for (const kr of o.keyResults) findings.push(...coachKeyResult(kr, objective));
  }
  return findings;
}
