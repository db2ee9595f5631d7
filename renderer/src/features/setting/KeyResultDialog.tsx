import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useMemo, useState } from 'react';
import {
  directionSchema,
  keyResultInputSchema,
  keyResultStatusSchema,
  reflectionAnswerSchema,
  type KeyResultInput,
} from '@shared/domain';
import { coachKeyResult } from '@shared/domain/coach/coach';
import type { KeyResultPatch } from '@shared/domain/coach/types';
import { parseNumber } from '@shared/domain/numbers';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { createKeyResult, updateKeyResult } from '../../db/repositories/keyResults';
import { errorMessage, fieldErrors } from '../../lib/formErrors';
import { useDebouncedValue } from '../../lib/useDebouncedValue';
import { FindingList } from './coach/FindingList';
import { formForCoach } from './coach/toCoachInput';
import type { KeyResultFormValues } from './wizard/formValues';

type KeyResultDialogProps = {
  objectiveId: string;
  objectiveTitle: string;
  keyResultId: string | null;
  values: KeyResultFormValues;
  onChange: (values: KeyResultFormValues) => void;
  onClose: () => void;
};

const COACH_DELAY_MS = 300;

const REFLECTION_LABELS = {
  no: 'No — it only counts if the problem is solved',
  yes: 'Yes — it could be hit without solving it',
  unsure: 'Not sure yet',
} as const;

/** Adds or edits a key result, with the coach reading over the team's shoulder as it types. */
export function KeyResultDialog({
  objectiveId,
  objectiveTitle,
  keyResultId,
  values,
  onChange,
  onClose,
}: KeyResultDialogProps) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useMutation({
    mutationFn: (input: KeyResultInput) =>
      keyResultId ? updateKeyResult(keyResultId, input) : createKeyResult(objectiveId, input),
    onSuccess: onClose,
  });
  const set = (patch: Partial<KeyResultFormValues>) => onChange({ ...values, ...patch });

  const settled = useDebouncedValue(values, COACH_DELAY_MS);
  const findings = useMemo(
    () =>
      settled.title.trim()
        ? coachKeyResult(formForCoach(keyResultId ?? 'draft', settled), {
            id: objectiveId,
            title: objectiveTitle,
          })
        : [],
    [settled, keyResultId, objectiveId, objectiveTitle],
  );

  const apply = (patch: KeyResultPatch) => {
    const next: Partial<KeyResultFormValues> = {};
    if (patch.title !== undefined) next.title = patch.title;
    if (patch.metric !== undefined) next.metric = patch.metric;
    if (patch.unit !== undefined) next.unit = patch.unit;
    if (patch.direction !== undefined) next.direction = patch.direction;
    if (patch.baseline !== undefined)
      next.baseline = patch.baseline === null ? '' : String(patch.baseline);
    if (patch.target !== undefined) next.target = patch.target === null ? '' : String(patch.target);
    set(next);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const baseline = parseNumber(values.baseline);
    const target = parseNumber(values.target);
    const numberErrors: Record<string, string> = {};
    if (!baseline.ok) numberErrors.baseline = 'Baseline must be a number, like 3.2';
    if (!target.ok) numberErrors.target = 'Target must be a number, like 1.5';
    const parsed = keyResultInputSchema.safeParse({
      ...values,
      baseline: baseline.ok ? baseline.value : null,
      target: target.ok ? target.value : null,
    });
    const all = { ...(parsed.success ? {} : fieldErrors(parsed.error)), ...numberErrors };
    if (!parsed.success || Object.keys(numberErrors).length > 0) return setErrors(all);
    setErrors({});
    save.mutate(parsed.data);
  };

  return (
    <Dialog
      title={keyResultId ? 'Edit key result' : 'Add key result'}
      description={`How the team will know “${objectiveTitle}” is achieved.`}
      onClose={onClose}
      size="wide"
    >
      <form className="form form--grid form--with-coach" onSubmit={submit} noValidate>
        <div className="form__fields">
          <Field
            label="Key result title"
            error={errors.title}
            wide
            hint="An outcome, e.g. Cut checkout p75 LCP from 3.2 s to 1.5 s"
          >
            {(p) => (
              <input
                {...p}
                value={values.title}
                onChange={(e) => set({ title: e.target.value })}
                autoFocus
              />
            )}
          </Field>
          <Field label="Metric" error={errors.metric}>
            {(p) => (
              <input
                {...p}
                value={values.metric}
                onChange={(e) => set({ metric: e.target.value })}
              />
            )}
          </Field>
          <Field label="Unit" error={errors.unit} hint="%, s, ms, count, $ …">
            {(p) => (
              <input {...p} value={values.unit} onChange={(e) => set({ unit: e.target.value })} />
            )}
          </Field>
          <Field label="Baseline" error={errors.baseline} hint="Where you are now">
            {(p) => (
              <input
                {...p}
                inputMode="decimal"
                value={values.baseline}
                onChange={(e) => set({ baseline: e.target.value })}
              />
            )}
          </Field>
          <Field label="Target" error={errors.target} hint="Where you will be at quarter end">
            {(p) => (
              <input
                {...p}
                inputMode="decimal"
                value={values.target}
                onChange={(e) => set({ target: e.target.value })}
              />
            )}
          </Field>
          <Field label="Direction">
            {(p) => (
              <select
                {...p}
                value={values.direction}
                onChange={(e) => set({ direction: directionSchema.parse(e.target.value) })}
              >
                <option value="increase">Increase</option>
                <option value="decrease">Decrease</option>
              </select>
            )}
          </Field>
          <Field label="Status" hint="Teams propose key results; leadership agrees them">
            {(p) => (
              <select
                {...p}
                value={values.status}
                onChange={(e) => set({ status: keyResultStatusSchema.parse(e.target.value) })}
              >
                {keyResultStatusSchema.options.map((s) => (
                  <option key={s} value={s}>
                    {s.charAt(0).toUpperCase() + s.slice(1)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            label="Measured by"
            error={errors.measuredBy}
            wide
            hint="The source of the number, e.g. real-user monitoring"
          >
            {(p) => (
              <input
                {...p}
                value={values.measuredBy}
                onChange={(e) => set({ measuredBy: e.target.value })}
              />
            )}
          </Field>
          <Field label="Owner" error={errors.owner}>
            {(p) => (
              <input {...p} value={values.owner} onChange={(e) => set({ owner: e.target.value })} />
            )}
          </Field>
          <Field label="Proposed by" error={errors.proposedBy}>
            {(p) => (
              <input
                {...p}
                value={values.proposedBy}
                onChange={(e) => set({ proposedBy: e.target.value })}
              />
            )}
          </Field>
          <fieldset className="field field--wide radio-group">
            <legend>Could this be achieved without the problem being solved?</legend>
            {reflectionAnswerSchema.options.map((answer) => (
              <label key={answer} className="radio">
                <input
                  type="radio"
                  name="reflection"
                  value={answer}
                  checked={values.reflection === answer}
                  onChange={() => set({ reflection: answer })}
                />
                {REFLECTION_LABELS[answer]}
              </label>
            ))}
          </fieldset>
          {values.reflection === 'yes' && (
            <Field
              label="What would show the problem is solved?"
              wide
              hint="That is usually the better key result."
            >
              {(p) => (
                <input
                  {...p}
                  value={values.reflectionNote}
                  onChange={(e) => set({ reflectionNote: e.target.value })}
                />
              )}
            </Field>
          )}
        </div>
        <aside className="coach" aria-label="Coach">
          <h3 className="coach__title">Coach</h3>
          {findings.length === 0 ? (
            <p className="coach__empty">
              {values.title.trim()
                ? 'Nothing to flag: an outcome with a baseline and a target.'
                : 'Type a key result and the coach will point out output wording, gameable metrics and missing numbers.'}
            </p>
          ) : (
            <FindingList findings={findings} onApply={apply} />
          )}
        </aside>
        <FormActions
          submitLabel="Save key result"
          onCancel={onClose}
          isPending={save.isPending}
          error={save.error ? errorMessage(save.error) : null}
        />
      </form>
    </Dialog>
  );
}
