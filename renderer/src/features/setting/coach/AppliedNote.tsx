import type { Ref } from 'react';
import type { CoachRule } from '@shared/domain/coach/types';

type AppliedNoteProps = {
  message: string;
  onUndo: () => void;
  undoRef: Ref<HTMLButtonElement>;
};

/**
 * What a one-click fix says it did, the same in the key result dialog and in the lists outside
 * it; `title` names the key result where the note does not stand beside its form.
 */
export function appliedMessage(rule: CoachRule, title?: string): string {
  if (rule === 'numbers-only-in-text') {
    return `Fields filled from the title${title === undefined ? '' : ` of “${title}”`}.`;
  }
  return `Suggestion applied${title === undefined ? '' : ` to “${title}”`}.`;
}

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
