import type { CoachKeyResult } from '@shared/domain/coach/types';
import { numberOrNull } from '@shared/domain/numbers';
import type { KeyResultFormValues } from '../wizard/formValues';

/** A key result form as typed, for the inline coach: unparseable numbers count as missing. */
export function formForCoach(id: string, values: KeyResultFormValues): CoachKeyResult {
  return {
    id,
    title: values.title,
    metric: values.metric,
    unit: values.unit,
    baseline: numberOrNull(values.baseline),
    target: numberOrNull(values.target),
    direction: values.direction,
    owner: values.owner,
    measuredBy: values.measuredBy,
  };
}
