import type { ReactNode } from 'react';
import { Dialog, DialogFooter } from './Dialog';

type ConfirmDialogProps = {
  title: string;
  description: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  /** Destructive answers are red; a weighty but safe one (closing a quarter) is the primary. */
  tone?: 'danger' | 'primary';
  /** While what the question says is still being counted, or the answer is being carried out. */
  isConfirmDisabled?: boolean;
  /** More than a sentence: what will happen, in numbers. */
  children?: ReactNode;
};

/** A question before something that cannot be taken back; Esc and the safe answer come first. */
export function ConfirmDialog({
  title,
  description,
  confirmLabel,
  cancelLabel,
  onConfirm,
  onCancel,
  tone = 'danger',
  isConfirmDisabled = false,
  children,
}: ConfirmDialogProps) {
  return (
    <Dialog
      title={title}
      description={description}
      onClose={onCancel}
      hasCloseButton={false}
      isAlert
    >
      {/* The form's padding is what the footer's edge-to-edge band is measured against. */}
      <div className="form">
        {children}
        <DialogFooter>
          <button type="button" className="button" onClick={onCancel} autoFocus>
            {cancelLabel}
          </button>
          <button
            type="button"
            className={`button button--${tone}`}
            onClick={onConfirm}
            disabled={isConfirmDisabled}
          >
            {confirmLabel}
          </button>
        </DialogFooter>
      </div>
    </Dialog>
  );
}
