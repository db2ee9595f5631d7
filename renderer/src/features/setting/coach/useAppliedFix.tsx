import { type ReactNode, useEffect, useRef, useState } from 'react';
import type { Finding, KeyResultPatch } from '@shared/domain/coach/types';
import type { KeyResult } from '@shared/domain';
import { revisionOf } from '@shared/domain/revisions';
import {
  type AppliedSuggestion,
  revertKeyResultSuggestion,
} from '../../../db/repositories/keyResults';
import { errorMessage } from '../../../lib/formErrors';
import { useToastStore } from '../../../state/toastStore';
import { AppliedNote, appliedMessage } from './AppliedNote';
import { useApplyFinding } from './coachMutations';

/** Marks a finding's one-click fix button, so Undo can put the focus back on it. */
export const fixKeyOf = (f: Finding): string => `${f.keyResult?.id ?? f.objective.id}:${f.rule}`;

type Shown = { applied: AppliedSuggestion; message: string; fixKey: string };

/** Whether the key result is still exactly what the fix wrote (not edited or undone since). */
function holds(current: KeyResult | null | undefined, after: KeyResult): boolean {
  return (
    current != null &&
    revisionOf(current) === revisionOf(after) &&
    current.updatedAt === after.updatedAt
  );
}

export interface AppliedFix {
  /** Applies a finding's rewrite to its saved key result. */
  apply: (finding: Finding, patch: KeyResultPatch) => void;
  isPending: boolean;
  /**
   * The note with Undo for the last fix, while its key result (found in `keyResults`, as they are
   * now) still holds what the fix wrote; null otherwise.
   */
  note: (keyResults: readonly KeyResult[]) => ReactNode;
}

/**
 * A finding's one-click fix outside the key result dialog, behaving as the dialog does: a note
 * that says what changed, with the focus on its Undo; Undo puts the key result back exactly and
 * the focus on the fix's button once the finding is back. The host re-renders with the findings,
 * which is when the button can be found again.
 */
export function useAppliedFix(): AppliedFix {
  const show = useToastStore((s) => s.show);
  const [shown, setShown] = useState<Shown | null>(null);
  const undoRef = useRef<HTMLButtonElement>(null);
  const isUndoToFocus = useRef(false);
  const refocus = useRef<string | null>(null);
  // The note shows once the key result is read again with the fix (a render or two after the
  // write), and the finding comes back after Undo the same way: each gets the focus when it shows.
  useEffect(() => {
    if (isUndoToFocus.current && undoRef.current) {
      undoRef.current.focus();
      isUndoToFocus.current = false;
    }
    if (refocus.current === null) return;
    const button = document.querySelector<HTMLElement>(
      `[data-fix="${CSS.escape(refocus.current)}"]`,
    );
    if (!button) return;
    button.focus();
    refocus.current = null;
  });

  const mutation = useApplyFinding((applied, finding) => {
    isUndoToFocus.current = true;
    setShown({
      applied,
      message: appliedMessage(finding.rule, applied.after.title),
      fixKey: fixKeyOf(finding),
    });
  });

  const undo = async () => {
    if (!shown) return;
    try {
      await revertKeyResultSuggestion(shown.applied);
      refocus.current = shown.fixKey;
      setShown(null);
    } catch (error) {
      show({ tone: 'error', message: `Could not undo: ${errorMessage(error)}` });
    }
  };

  return {
    apply: (finding, patch) => mutation.mutate({ finding, patch }),
    isPending: mutation.isPending,
    note: (keyResults) => {
      const current = shown && keyResults.find((kr) => kr.id === shown.applied.after.id);
      if (!shown || !holds(current, shown.applied.after)) return null;
      return <AppliedNote message={shown.message} onUndo={() => void undo()} undoRef={undoRef} />;
    },
  };
}
