import type { KeyResult, Objective } from '@shared/domain';
import type { KeyResultInput, ObjectiveInput, PlanInput } from '@shared/domain/coach/types';
import { parseNumberInput } from '../../../lib/formErrors';
import type { KeyResultFormValues } from '../wizard/formValues';

/** A saved key result as the coach reads it. */
export function keyResultForCoach(kr: KeyResult): KeyResultInput {
  return {
    id: kr.id,
    title: kr.title,
    metric: kr.metric,
    unit: kr.unit,
    baseline: kr.baseline,
    target: kr.target,
    direction: kr.direction,
    owner: kr.owner,
    measuredBy: kr.measuredBy,
    isMilestone: kr.isMilestone,
  };
}

/** A key result form as typed, for the inline coach: unparseable numbers count as missing. */
export function formForCoach(id: string, values: KeyResultFormValues): KeyResultInput {
  const number = (text: string) => {
    const n = parseNumberInput(text);
    return n === null || Number.isNaN(n) ? null : n;
  };
  return {
    id,
    title: values.title,
    metric: values.metric,
    unit: values.unit,
    baseline: number(values.baseline),
    target: number(values.target),
    direction: values.direction,
    owner: values.owner,
    measuredBy: values.measuredBy,
  };
}

/** A quarter's plan as the coach reads it, with the parent objectives on offer. */
export function planForCoach(
  objectives: Objective[],
  keyResults: KeyResult[],
  parents: Objective[],
): PlanInput {
  const toObjective = (o: Objective): ObjectiveInput => ({
    id: o.id,
    title: o.title,
    kind: o.kind,
    description: o.description,
    parentObjectiveId: o.parentObjectiveId,
    keyResults: keyResults.filter((kr) => kr.objectiveId === o.id).map(keyResultForCoach),
  });
  return {
    objectives: objectives.map(toObjective),
    parentObjectives: parents.map((p) => ({ id: p.id, title: p.title })),
  };
}
