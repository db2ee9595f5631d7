import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import {
  objectiveInputSchema,
  objectiveKindSchema,
  type Objective,
  type ObjectiveInput,
} from '@shared/domain';
import { formatScore } from '@shared/domain/format';
import { expectationFor } from '@shared/domain/scoring/bands';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { createObjective, updateObjective } from '../../db/repositories/objectives';
import { errorMessage, fieldErrors } from '../../lib/formErrors';
import type { ObjectiveFormValues } from './wizard/formValues';

type ObjectiveDialogProps = {
  cycleId: string;
  objectiveId: string | null;
  values: ObjectiveFormValues;
  onChange: (values: ObjectiveFormValues) => void;
  onClose: () => void;
  /** Objectives of other teams this quarter that this one can align to. */
  parents: Objective[];
};

/** Adds or edits an objective: qualitative, with the chain from business need to lever. */
export function ObjectiveDialog({
  cycleId,
  objectiveId,
  values: form,
  onChange,
  onClose,
  parents,
}: ObjectiveDialogProps) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useMutation({
    mutationFn: (input: ObjectiveInput) =>
      objectiveId ? updateObjective(objectiveId, input) : createObjective(cycleId, input),
    onSuccess: onClose,
  });
  const set = (patch: Partial<ObjectiveFormValues>) => onChange({ ...form, ...patch });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = objectiveInputSchema.safeParse(form);
    if (!parsed.success) return setErrors(fieldErrors(parsed.error));
    setErrors({});
    save.mutate(parsed.data);
  };

  return (
    <Dialog
      title={objectiveId ? 'Edit objective' : 'Add objective'}
      description="Qualitative and directional: what the team wants to achieve, without a number."
      onClose={onClose}
    >
      <form className="form form--grid" onSubmit={submit} noValidate>
        <Field label="Objective title" error={errors.title} wide>
          {(p) => (
            <input
              {...p}
              value={form.title}
              onChange={(e) => set({ title: e.target.value })}
              autoFocus
            />
          )}
        </Field>
        <Field label="Description" error={errors.description} wide>
          {(p) => (
            <textarea
              {...p}
              rows={3}
              value={form.description}
              onChange={(e) => set({ description: e.target.value })}
            />
          )}
        </Field>
        <fieldset className="field field--wide radio-group">
          <legend>Commitment</legend>
          {objectiveKindSchema.options.map((kind) => (
            <label key={kind} className="radio">
              <input
                type="radio"
                name="kind"
                value={kind}
                checked={form.kind === kind}
                onChange={() => set({ kind })}
              />
              {kind === 'committed'
                ? 'Committed — expected to be met in full'
                : `Aspirational — a stretch; about ${formatScore(expectationFor(kind).target)} is success`}
            </label>
          ))}
        </fieldset>
        <Field
          label="Business need"
          error={errors.businessNeed}
          hint="Why the business cares, e.g. grow revenue"
        >
          {(p) => (
            <input
              {...p}
              value={form.businessNeed}
              onChange={(e) => set({ businessNeed: e.target.value })}
            />
          )}
        </Field>
        <Field
          label="Engineering lever"
          error={errors.engineeringLever}
          hint="What engineering can move, e.g. conversion"
        >
          {(p) => (
            <input
              {...p}
              value={form.engineeringLever}
              onChange={(e) => set({ engineeringLever: e.target.value })}
            />
          )}
        </Field>
        {parents.length > 0 && (
          <Field
            label="Parent objective"
            wide
            hint="If this were achieved, would the parent advance?"
          >
            {(p) => (
              <select
                {...p}
                value={form.parentObjectiveId ?? ''}
                onChange={(e) => set({ parentObjectiveId: e.target.value || null })}
              >
                <option value="">No parent</option>
                {parents.map((parent) => (
                  <option key={parent.id} value={parent.id}>
                    {parent.title}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        <FormActions
          submitLabel="Save objective"
          onCancel={onClose}
          isPending={save.isPending}
          error={save.error ? errorMessage(save.error) : null}
        />
      </form>
    </Dialog>
  );
}
