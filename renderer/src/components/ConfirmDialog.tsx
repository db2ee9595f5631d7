import { Dialog } from './Dialog';

type ConfirmDialogProps = {
  title: string;
  description: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
};

/** A question before something that cannot be taken back; Esc and the safe answer come first. */
export function ConfirmDialog({
  title,
  description,
  confirmLabel,
  cancelLabel,
  onConfirm,
  onCancel,
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
        <footer className="dialog__footer">
          <button type="button" className="button" onClick={onCancel} autoFocus>
            {cancelLabel}
          </button>
          <button type="button" className="button button--danger" onClick={onConfirm}>
            {confirmLabel}
          </button>
        </footer>
      </div>
    </Dialog>
  );
}
