import { type FormEvent, useId, useState } from 'react';
import { Dialog, DialogFooter } from '../../components/Dialog';
import { errorMessage } from '../../lib/formErrors';
import { SUMMARY_FORMATS, type SummaryFormat } from './exportSummary';
import { useExportSummary } from './workshopMutations';
import { FormatChoice } from '../../components/FormatChoice';

/** Exports the workshop's one-page hand-out: decisions, choices, votes, questions, owners. */
export function ExportSummaryDialog({
  workshopId,
  onClose,
}: {
  workshopId: string;
  onClose: () => void;
}) {
  const [format, setFormat] = useState<SummaryFormat>('pdf');
  const run = useExportSummary(workshopId, onClose);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    run.mutate(format);
  };
  // The footer is drawn under the dialog's body, outside the form: its submit button names it.
  const formId = useId();
  return (
    <Dialog
      title="Export the workshop summary"
      description="One page to hand out: decisions, chosen objectives and key results, votes, open questions and owners."
      onClose={onClose}
    >
      <form id={formId} className="form" onSubmit={submit}>
        <FormatChoice
          name="summary-format"
          formats={SUMMARY_FORMATS}
          value={format}
          onChange={setFormat}
        />
        <DialogFooter>
          {run.error && (
            <p className="form-error" role="alert">
              Could not export: {errorMessage(run.error)}
            </p>
          )}
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button
            type="submit"
            form={formId}
            className="button button--primary"
            disabled={run.isPending}
          >
            {run.isPending ? 'Exporting…' : 'Export'}
          </button>
        </DialogFooter>
      </form>
    </Dialog>
  );
}
