import { useFormContext, useWatch } from 'react-hook-form';
import { useId, useState } from 'react';
import { acknowledgementInputSchema, type Acknowledgement } from '@shared/domain';
import { RULE_LABEL } from '@shared/domain/coach/catalog';
import type { Finding } from '@shared/domain/coach/types';
import { isNearLimit, LengthCounter } from '../../../components/Field';
import { SchemaForm, useFieldError, useTextLimit } from '../../../components/SchemaForm';
import { useRecordForm } from '../../../lib/forms/useRecordForm';
import { useAcknowledgeFinding, useWithdrawAcknowledgement } from '../coach/coachMutations';
import { FormError } from '../../../components/FormError';
import { useSaveOnLeave } from './useSaveOnLeave';

type AcknowledgeControlProps = { finding: Finding; acknowledgement: Acknowledgement | undefined };

/** Keeps a finding on purpose, with a reason the team will see again at the retrospective. */
export function AcknowledgeControl({ finding, acknowledgement }: AcknowledgeControlProps) {
  const [isOpen, setOpen] = useState(false);
  const target = {
    rule: finding.rule,
    objectiveId: finding.objective.id,
    keyResultId: finding.keyResult?.id,
  };
  const withdraw = useWithdrawAcknowledgement(target);
  const what = finding.keyResult?.title ?? finding.objective.title;
  const rule = RULE_LABEL[finding.rule];

  if (acknowledgement) {
    return (
      <div className="ack ack--kept">
        <span>
          <strong>Kept on purpose:</strong> {acknowledgement.reason}
        </span>
        <button type="button" className="button button--small" onClick={() => withdraw.mutate()}>
          Withdraw
        </button>
      </div>
    );
  }
  if (!isOpen) {
    return (
      <button
        type="button"
        className="button button--small"
        onClick={() => setOpen(true)}
        aria-label={`Acknowledge “${rule}” on ${what}`}
      >
        Acknowledge…
      </button>
    );
  }
  return (
    <ReasonForm
      target={target}
      label={`Reason for keeping “${rule}” on ${what}`}
      onDone={() => setOpen(false)}
    />
  );
}

type ReasonFormProps = {
  target: Parameters<typeof useAcknowledgeFinding>[0];
  label: string;
  onDone: () => void;
};

function ReasonForm({ target, label, onDone }: ReasonFormProps) {
  const reason = useRecordForm({
    schema: acknowledgementInputSchema,
    record: undefined,
    toValues: () => ({ reason: '' }),
    save: useAcknowledgeFinding(target),
    onSaved: onDone,
  });
  // A reason typed and then Back pressed is kept, not lost with the form.
  useSaveOnLeave(reason);
  return (
    <SchemaForm
      of={reason}
      className="ack"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onDone();
        }
      }}
    >
      <ReasonInput label={label} />
      <button
        type="submit"
        className="button button--small button--primary"
        disabled={!reason.isDirty || reason.isSaving}
      >
        Keep with reason
      </button>
      <button type="button" className="button button--small" onClick={onDone}>
        Cancel
      </button>
      <FormError message={reason.saveError} />
    </SchemaForm>
  );
}

/** The reason's input, inside its form: the message and the limit come from the form. */
function ReasonInput({ label }: { label: string }) {
  const error = useFieldError('reason');
  const limit = useTextLimit('reason');
  const { register, control } = useFormContext<{ reason: string }>();
  const value = useWatch({ control, name: 'reason' });
  const count = limit === undefined ? undefined : { length: value.trim().length, limit };
  const countId = useId();
  const showCount = count !== undefined && isNearLimit(count);
  return (
    <label className="ack__label">
      Why keep it?
      <input
        {...register('reason')}
        autoFocus
        aria-label={label}
        aria-invalid={Boolean(error)}
        aria-describedby={showCount ? countId : undefined}
        placeholder="e.g. the baseline is measured in week 1"
      />
      {showCount && <LengthCounter id={countId} count={count} />}
      {error && (
        <span className="field__error" role="alert">
          {error}
        </span>
      )}
    </label>
  );
}
