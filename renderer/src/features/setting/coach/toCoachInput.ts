import type { KeyResultInput } from '@shared/domain/coach/types';
import { parseNumberInput } from '../../../lib/formErrors';
import type { KeyResultFormValues } from '../wizard/formValues';

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
