import { type FormEvent, useEffect, useId, useState } from 'react';
import type { Cycle } from '@shared/domain';
import { noObjectivesText } from '@shared/documents/outline';
import { useObjectives } from '../../db/hooks';
import { useToastStore } from '../../state/toastStore';
import { Dialog, DialogFooter } from '../../components/Dialog';
import { desktopApi } from '../../lib/desktopApi';
import { errorMessage } from '../../lib/formErrors';
import { useExportReview } from './exportMutations';
import { EXPORT_FORMATS, type ExportFormat, type ExportOutcome } from './exportReview';
import { FormatChoice } from '../../components/FormatChoice';

/** How long an export may take before a progress indicator appears. */
const PROGRESS_DELAY_MS = 300;

/** Exports the quarter's review document, in the format the reader needs. */
export function ExportDialog({ cycle, onClose }: { cycle: Cycle; onClose: () => void }) {
  const [format, setFormat] = useState<ExportFormat>('pdf');
  const [isSlow, setSlow] = useState(false);
  const show = useToastStore((s) => s.show);
  const run = useExportReview(cycle.id);
  const objectives = useObjectives(cycle.id);
  useEffect(() => {
    if (!run.isPending) return;
    const timer = setTimeout(() => setSlow(true), PROGRESS_DELAY_MS);
    return () => clearTimeout(timer);
  }, [run.isPending]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSlow(false);
    run.mutate(format, {
      onSuccess: (outcome) => {
        onClose();
        announce(outcome, show);
      },
    });
  };
  // The footer is drawn under the dialog's body, outside the form: its submit button names it.
  const formId = useId();
  return (
    <Dialog
      // A quarter still in Setting has no results yet: it exports as its plan.
      title={cycle.phase === 'setting' ? 'Export the plan' : 'Export the quarterly review'}
      description={
        cycle.phase === 'setting'
          ? `${cycle.label} is still in Setting: the document is its plan, the objectives and key results agreed so far.`
          : `${cycle.label}: a document that stands on its own.`
      }
      onClose={onClose}
    >
      <form id={formId} className="form" onSubmit={submit}>
        {/* Said before exporting, never blocking it: a team may want the record of an empty quarter. */}
        {objectives?.length === 0 && (
          <p className="export-empty" role="note">
            {noObjectivesText(cycle.label)} The document says so in place of the scorecard.
          </p>
        )}
        <FormatChoice name="format" formats={EXPORT_FORMATS} value={format} onChange={setFormat} />
        {run.isPending && isSlow && (
          <p className="export-progress" role="status">
            <span className="spinner" aria-hidden="true" /> Preparing the{' '}
            {EXPORT_FORMATS[format].label} document…
          </p>
        )}
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

function announce(
  outcome: ExportOutcome,
  show: ReturnType<typeof useToastStore.getState>['show'],
): void {
  if (outcome.printed) {
    show({ tone: 'info', message: 'The print dialog is open: choose “Save as PDF”.' });
    return;
  }
  if (!outcome.saved) return;
  const path = outcome.path;
  show({
    tone: 'info',
    message: path ? `Saved ${outcome.fileName}.` : `Downloaded ${outcome.fileName}.`,
    // The desktop app knows where the file went; a browser only has its downloads list.
    ...(path
      ? {
          actions: [
            { label: 'Open', run: () => void desktopApi().fileOpenSaved({ path }) },
            { label: 'Show in folder', run: () => void desktopApi().fileReveal({ path }) },
          ],
        }
      : {}),
  });
}
