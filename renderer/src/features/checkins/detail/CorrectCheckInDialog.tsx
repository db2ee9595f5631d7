import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { CheckIn, KeyResult } from '@shared/domain';
import { isConfidence } from '@shared/domain/checkins/confidence';
import { parseNumber } from '@shared/domain/numbers';
import { formatDate } from '@shared/domain/format';
import { Dialog } from '../../../components/Dialog';
import { Field } from '../../../components/Field';
import { FormActions } from '../../../components/FormActions';
import { correctCheckIn } from '../../../db/repositories/checkIns';
import { errorMessage } from '../../../lib/formErrors';

type CorrectCheckInDialogProps = { checkIn: CheckIn; keyResult: KeyResult; onClose: () => void };

/** Corrects a check-in by adding a new version; the one it replaces stays visible in the history. */
export function CorrectCheckInDialog({
  checkIn,
  keyResult: kr,
  onClose,
}: CorrectCheckInDialogProps) {
  const [value, setValue] = useState(checkIn.value == null ? '' : String(checkIn.value));
  const [confidence, setConfidence] = useState(String(checkIn.confidence));
  const [changed, setChanged] = useState(checkIn.changed);
  const [blockers, setBlockers] = useState(checkIn.blockers);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useMutation({
    mutationFn: (values: { value: number | null; confidence: number }) =>
      correctCheckIn(checkIn.id, { ...values, changed, blockers }),
    onSuccess: onClose,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const v = parseNumber(value);
    const c = parseNumber(confidence);
    const next: Record<string, string> = {};
    if (!v.ok) next.value = 'The value must be a number.';
    if (!c.ok || !isConfidence(c.value))
      next.confidence = 'Confidence is a whole number from 0 to 100.';
    setErrors(next);
    if (v.ok && c.ok && isConfidence(c.value)) save.mutate({ value: v.value, confidence: c.value });
  };
  return (
    <Dialog
      title="Correct check-in"
      description={`The check-in of ${formatDate(checkIn.date)} keeps its original version in the history.`}
      onClose={onClose}
    >
      <form className="form form--grid" onSubmit={submit} noValidate>
        <Field label={`Value${kr.unit ? ` (${kr.unit})` : ''}`} error={errors.value}>
          {(p) => (
            <input
              {...p}
              inputMode="decimal"
              value={value}
              onChange={(e) => setValue(e.target.value)}
              autoFocus
            />
          )}
        </Field>
        <Field label="Confidence (%)" error={errors.confidence}>
          {(p) => (
            <input
              {...p}
              type="number"
              min={0}
              max={100}
              value={confidence}
              onChange={(e) => setConfidence(e.target.value)}
            />
          )}
        </Field>
        <Field label="What changed" wide>
          {(p) => (
            <textarea
              {...p}
              rows={2}
              value={changed}
              onChange={(e) => setChanged(e.target.value)}
            />
          )}
        </Field>
        <Field label="What is blocking" wide>
          {(p) => (
            <textarea
              {...p}
              rows={2}
              value={blockers}
              onChange={(e) => setBlockers(e.target.value)}
            />
          )}
        </Field>
        <FormActions
          submitLabel="Save correction"
          onCancel={onClose}
          isPending={save.isPending}
          error={save.error ? errorMessage(save.error) : null}
        />
      </form>
    </Dialog>
  );
}
