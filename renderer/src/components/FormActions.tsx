type FormActionsProps = {
  submitLabel: string;
  onCancel: () => void;
  isPending: boolean;
  error?: string | null;
};

/** The Cancel / Save row at the foot of a dialog's form, with a failed save's message. */
export function FormActions({ submitLabel, onCancel, isPending, error }: FormActionsProps) {
  return (
    <footer className="dialog__footer">
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <button type="button" className="button" onClick={onCancel}>
        Cancel
      </button>
      <button type="submit" className="button button--primary" disabled={isPending}>
        {isPending ? 'Saving…' : submitLabel}
      </button>
    </footer>
  );
}
