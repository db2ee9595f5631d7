import type { KeyResultPatch } from '@shared/domain/coach/types';
import type { KeyResultFormValues } from '../wizard/formValues';

/** The key result form's fields a coach suggestion can change. */
export type PatchedFields = Partial<
  Pick<KeyResultFormValues, 'title' | 'metric' | 'unit' | 'direction' | 'baseline' | 'target'>
>;

// The order the form shows them in: focus goes back to the first one changed.
const ORDER = ['title', 'metric', 'unit', 'baseline', 'target', 'direction'] as const;

const typed = (n: number | null | undefined) =>
  n === undefined ? undefined : n === null ? '' : String(n);

/** A coach patch as the form's typed values; fields the patch leaves alone are absent. */
export function patchToFields(patch: KeyResultPatch): PatchedFields {
  const fields: PatchedFields = {
    title: patch.title,
    metric: patch.metric,
    unit: patch.unit,
    direction: patch.direction,
    baseline: typed(patch.baseline),
    target: typed(patch.target),
  };
  return Object.fromEntries(
    Object.entries(fields).filter(([, v]) => v !== undefined),
  ) satisfies PatchedFields;
}

/** What `values` holds in the fields `changed` names: what an Undo puts back. */
export function fieldsBefore(values: KeyResultFormValues, changed: PatchedFields): PatchedFields {
  const before: PatchedFields = {};
  for (const key of ORDER)
    if (changed[key] !== undefined) Object.assign(before, { [key]: values[key] });
  return before;
}

/** Whether every field in `fields` still holds that value (nothing typed over it since). */
export function holds(values: KeyResultFormValues, fields: PatchedFields): boolean {
  return ORDER.every((key) => fields[key] === undefined || values[key] === fields[key]);
}

/** The first of `fields` in form order, for focus. */
export function firstField(fields: PatchedFields): (typeof ORDER)[number] | undefined {
  return ORDER.find((key) => fields[key] !== undefined);
}
