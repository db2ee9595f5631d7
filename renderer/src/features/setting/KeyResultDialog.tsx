import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import {
  directionSchema,
  keyResultInputSchema,
  keyResultStatusSchema,
  type KeyResult,
  type KeyResultInput,
} from '@shared/domain';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { createKeyResult, updateKeyResult } from '../../db/repositories/keyResults';
import { errorMessage, fieldErrors, parseNumberInput } from '../../lib/formErrors';

type KeyResultDialogProps = {
  objectiveId: string;
  objectiveTitle: string;
  keyResult?: KeyResult;
  onClose: () => void;
};

type TextForm = Omit<KeyResultInput, 'baseline' | 'target'> & { baseline: string; target: string };

function toForm(kr?: KeyResult): TextForm {
  return {
    title: kr?.title ?? '',
    metric: kr?.metric ?? '',
    unit: kr?.unit ?? '',
    baseline: kr?.baseline == null ? '' : String(kr.baseline),
    target: kr?.target == null ? '' : String(kr.target),
    direction: kr?.direction ?? 'increase',
    measuredBy: kr?.measuredBy ?? '',
    owner: kr?.owner ?? '',
    proposedBy: kr?.proposedBy ?? '',
    status: kr?.status ?? 'draft',
  };
}

/** Adds or edits a key result: a metric with a baseline, a target and a direction. */
export function KeyResultDialog({
  objectiveId,
  objectiveTitle,
  keyResult,
  onClose,
}: KeyResultDialogProps) {
  const [form, setForm] = useState<TextForm>(() => toForm(keyResult));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useMutation({
    mutationFn: (input: KeyResultInput) =>
      keyResult ? updateKeyResult(keyResult.id, input) : createKeyResult(objectiveId, input),
    onSuccess: onClose,
  });
  const set = (patch: Partial<TextForm>) => setForm((f) => ({ ...f, ...patch }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const baseline = parseNumberInput(form.baseline);
    const target = parseNumberInput(form.target);
    const numberErrors: Record<string, string> = {};
    if (Number.isNaN(baseline)) numberErrors.baseline = 'Baseline must be a number, like 3.2';
    if (Number.isNaN(target)) numberErrors.target = 'Target must be a number, like 1.5';
    const parsed = keyResultInputSchema.safeParse({ ...form, baseline, target });
    const all = { ...(parsed.success ? {} : fieldErrors(parsed.error)), ...numberErrors };
    if (!parsed.success || Object.keys(numberErrors).length > 0) return setErrors(all);
    setErrors({});
    save.mutate(parsed.data);
  };

  return (
    <Dialog
      title={keyResult ? 'Edit key result' : 'Add key result'}
      description={`How the team will know “${objectiveTitle}” is achieved.`}
      onClose={onClose}
    >
      <form className="form form--grid" onSubmit={submit} noValidate>
        <Field
          label="Key result title"
          error={errors.title}
          wide
          hint="An outcome, e.g. Cut checkout p75 LCP from 3.2 s to 1.5 s"
        >
          {(p) => (
            <input
              {...p}
              value={form.title}
              onChange={(e) => set({ title: e.target.value })}
              autoFocus
            />
          )}
        </Field>
        <Field label="Metric" error={errors.metric}>
          {(p) => (
            <input {...p} value={form.metric} onChange={(e) => set({ metric: e.target.value })} />
          )}
        </Field>
        <Field label="Unit" error={errors.unit} hint="%, s, ms, count, $ …">
          {(p) => (
            <input {...p} value={form.unit} onChange={(e) => set({ unit: e.target.value })} />
          )}
        </Field>
        <Field label="Baseline" error={errors.baseline} hint="Where you are now">
          {(p) => (
            <input
              {...p}
              inputMode="decimal"
              value={form.baseline}
              onChange={(e) => set({ baseline: e.target.value })}
            />
          )}
        </Field>
        <Field label="Target" error={errors.target} hint="Where you will be at quarter end">
          {(p) => (
            <input
              {...p}
              inputMode="decimal"
              value={form.target}
              onChange={(e) => set({ target: e.target.value })}
            />
          )}
        </Field>
        <Field label="Direction">
          {(p) => (
            <select
              {...p}
              value={form.direction}
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
              value={form.status}
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
              value={form.measuredBy}
              onChange={(e) => set({ measuredBy: e.target.value })}
            />
          )}
        </Field>
        <Field label="Owner" error={errors.owner}>
          {(p) => (
            <input {...p} value={form.owner} onChange={(e) => set({ owner: e.target.value })} />
          )}
        </Field>
        <Field label="Proposed by" error={errors.proposedBy}>
          {(p) => (
            <input
              {...p}
              value={form.proposedBy}
              onChange={(e) => set({ proposedBy: e.target.value })}
            />
          )}
        </Field>
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
