import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import {
  objectiveInputSchema,
  objectiveKindSchema,
  type Objective,
  type ObjectiveInput,
} from '@shared/domain';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { createObjective, updateObjective } from '../../db/repositories/objectives';
import { errorMessage, fieldErrors } from '../../lib/formErrors';

type ObjectiveDialogProps = {
  cycleId: string;
  objective?: Objective;
  onClose: () => void;
};

const EMPTY: ObjectiveInput = {
  title: '',
  description: '',
  kind: 'committed',
  businessNeed: '',
  engineeringLever: '',
  parentObjectiveId: null,
};

/** Adds or edits an objective: qualitative, with the chain from business need to lever. */
export function ObjectiveDialog({ cycleId, objective, onClose }: ObjectiveDialogProps) {
  const [form, setForm] = useState<ObjectiveInput>(objective ? { ...objective } : EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useMutation({
    mutationFn: (input: ObjectiveInput) =>
      objective ? updateObjective(objective.id, input) : createObjective(cycleId, input),
    onSuccess: onClose,
  });
  const set = (patch: Partial<ObjectiveInput>) => setForm((f) => ({ ...f, ...patch }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = objectiveInputSchema.safeParse(form);
    if (!parsed.success) return setErrors(fieldErrors(parsed.error));
    setErrors({});
    save.mutate(parsed.data);
  };

  return (
    <Dialog
      title={objective ? 'Edit objective' : 'Add objective'}
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
                : 'Aspirational — a stretch; about 0.7 is success'}
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
