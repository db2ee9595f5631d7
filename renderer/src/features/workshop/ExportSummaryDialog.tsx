import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useToastStore } from '../../app/toastStore';
import { Dialog } from '../../components/Dialog';
import { desktopApi } from '../../lib/desktopApi';
import { errorMessage } from '../../lib/formErrors';
import { SUMMARY_FORMATS, type SummaryFormat, exportWorkshopSummary } from './exportSummary';

/** Exports the workshop's one-page hand-out: decisions, choices, votes, questions, owners. */
export function ExportSummaryDialog({
  workshopId,
  onClose,
}: {
  workshopId: string;
  onClose: () => void;
}) {
  const [format, setFormat] = useState<SummaryFormat>('pdf');
  const show = useToastStore((s) => s.show);
  const run = useMutation({
    mutationFn: () => exportWorkshopSummary(workshopId, format),
    onSuccess: (outcome) => {
      onClose();
      if (outcome.printed) {
        show({ tone: 'info', message: 'The print dialog is open: choose “Save as PDF”.' });
      } else if (outcome.saved) {
        const { path } = outcome;
        show({
          tone: 'info',
          message: path ? `Saved ${outcome.fileName}.` : `Downloaded ${outcome.fileName}.`,
          ...(path
            ? {
                actions: [
                  { label: 'Open', run: () => void desktopApi.fileOpenSaved({ path }) },
                  { label: 'Show in folder', run: () => void desktopApi.fileReveal({ path }) },
                ],
              }
            : {}),
        });
      }
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    run.mutate();
  };
  return (
    <Dialog
      title="Export the workshop summary"
      description="One page to hand out: decisions, chosen objectives and key results, votes, open questions and owners."
      onClose={onClose}
    >
      <form className="form" onSubmit={submit}>
        <fieldset className="field radio-group export-formats">
          <legend>Format</legend>
          {(Object.keys(SUMMARY_FORMATS) as SummaryFormat[]).map((key) => (
            <label key={key} className="radio export-format">
              <input
                type="radio"
                name="summary-format"
                value={key}
                checked={format === key}
                onChange={() => setFormat(key)}
              />
              <span>
                <strong>{SUMMARY_FORMATS[key].label}</strong>
                <span className="muted"> — {SUMMARY_FORMATS[key].hint}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <footer className="dialog__footer">
          {run.error && (
            <p className="form-error" role="alert">
              Could not export: {errorMessage(run.error)}
            </p>
          )}
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={run.isPending}>
            {run.isPending ? 'Exporting…' : 'Export'}
          </button>
        </footer>
      </form>
    </Dialog>
  );
}
