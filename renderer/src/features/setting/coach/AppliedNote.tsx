import type { Ref } from 'react';

type AppliedNoteProps = {
  message: string;
  onUndo: () => void;
  undoRef: Ref<HTMLButtonElement>;
};

/**
 * Says that a one-click fix changed the form, with an Undo that puts every changed field back.
 * The focus moves to its Undo: the button that was pressed goes with the finding it fixed.
 */
export function AppliedNote({ message, onUndo, undoRef }: AppliedNoteProps) {
  return (
    <p className="coach__applied" role="status">
      <span>{message}</span>
      <button ref={undoRef} type="button" className="button button--small" onClick={onUndo}>
        Undo
      </button>
    </p>
  );
}
