import { DialogFooter } from './Dialog';
import { useFormId } from './SchemaForm';

type FormActionsProps = {
  submitLabel: string;
  onCancel: () => void;
  isPending: boolean;
  error?: string | null;
};

/** The Cancel / Save row of a dialog's form, in the dialog's footer, with a failed save's message. */
export function FormActions({ submitLabel, onCancel, isPending, error }: FormActionsProps) {
  // In the dialog's footer band, outside the <form>: the submit button names its form.
  const formId = useFormId();
  return (
    <DialogFooter>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <button type="button" className="button" onClick={onCancel}>
        Cancel
      </button>
      <button type="submit" form={formId} className="button button--primary" disabled={isPending}>
        {isPending ? 'Saving…' : submitLabel}
      </button>
    </DialogFooter>
  );
}
