import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { Acknowledgement } from '@shared/domain';
import type { Finding } from '@shared/domain/coach/types';
import { acknowledgeFinding, withdrawAcknowledgement } from '../../../db/repositories/coachNotes';
import { errorMessage } from '../../../lib/formErrors';

type AcknowledgeControlProps = { finding: Finding; acknowledgement: Acknowledgement | undefined };

/** Keeps a finding on purpose, with a reason the team will see again at the retrospective. */
export function AcknowledgeControl({ finding, acknowledgement }: AcknowledgeControlProps) {
  const [isOpen, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const target = {
    rule: finding.rule,
    objectiveId: finding.objective.id,
    keyResultId: finding.keyResult?.id,
  };
  const save = useMutation({
    mutationFn: () => acknowledgeFinding(target, reason),
    onSuccess: () => setOpen(false),
  });
  const withdraw = useMutation({ mutationFn: () => withdrawAcknowledgement(target) });
  const what = finding.keyResult?.title ?? finding.objective.title;

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
        aria-label={`Acknowledge ${finding.rule} on ${what}`}
      >
        Acknowledge…
      </button>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim()) save.mutate();
  };
  return (
    <form
      className="ack"
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          setOpen(false);
        }
      }}
    >
      <label className="ack__label">
        Why keep it?
        <input
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          autoFocus
          aria-label={`Reason for keeping ${finding.rule} on ${what}`}
          placeholder="e.g. the baseline is measured in week 1"
        />
      </label>
      <button
        type="submit"
        className="button button--small button--primary"
        disabled={!reason.trim() || save.isPending}
      >
        Keep with reason
      </button>
      <button type="button" className="button button--small" onClick={() => setOpen(false)}>
        Cancel
      </button>
      {save.error && (
        <p className="form-error" role="alert">
          {errorMessage(save.error)}
        </p>
      )}
    </form>
  );
}
