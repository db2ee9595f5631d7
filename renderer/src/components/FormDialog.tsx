import { type ReactNode, useState } from 'react';
import type { FormSchema } from '../lib/forms/useSchemaForm';
import type { RecordForm } from '../lib/forms/useRecordForm';
import { ConfirmDialog } from './ConfirmDialog';
import { Dialog } from './Dialog';
import { FormActions } from './FormActions';
import { SchemaForm } from './SchemaForm';

type FormDialogProps<S extends FormSchema> = {
  title: string;
  description?: string;
  size?: 'normal' | 'wide';
  /** The form's classes: `form`, `form form--grid`, … */
  className?: string;
  of: RecordForm<S>;
  submitLabel: string;
  onClose: () => void;
  children: ReactNode;
};

/**
 * A dialog around a record form, with Cancel and Save. Leaving with unsaved edits (Esc, the close
 * button or Cancel) asks first; leaving an unchanged form just closes it.
 */
export function FormDialog<S extends FormSchema>({
  title,
  description,
  size,
  className = 'form',
  of,
  submitLabel,
  onClose,
  children,
}: FormDialogProps<S>) {
  const [isAsking, setAsking] = useState(false);
  const requestClose = () => (of.isDirty ? setAsking(true) : onClose());
  return (
    <>
      <Dialog title={title} description={description} size={size} onClose={requestClose}>
        <SchemaForm of={of} className={className}>
          {children}
          <FormActions
            submitLabel={submitLabel}
            onCancel={requestClose}
            isPending={of.isSaving}
            error={of.saveError}
          />
        </SchemaForm>
      </Dialog>
      {isAsking && (
        <ConfirmDialog
          title="Discard unsaved changes?"
          description={`What you changed in “${title}” has not been saved.`}
          cancelLabel="Keep editing"
          confirmLabel="Discard changes"
          onCancel={() => setAsking(false)}
          onConfirm={onClose}
        />
      )}
    </>
  );
}
