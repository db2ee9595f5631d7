import { useEffect } from 'react';
import type { KeyResult, Objective } from '@shared/domain';
import { useToastStore } from '../../../state/toastStore';
import { KeyResultDialog } from '../KeyResultDialog';
import { ObjectiveDialog } from '../ObjectiveDialog';
import type { Editor } from './formValues';
import { useSettingWizard } from './store';

type EditorHostProps = {
  cycleId: string;
  objectives: Objective[];
  keyResults: KeyResult[];
  parents: Objective[];
};

/** What an open editor edits that no longer exists (deleted in another window), if anything. */
function vanished(
  editor: Editor | null,
  objectives: readonly Objective[],
  keyResults: readonly KeyResult[],
): 'objective' | 'key result' | null {
  if (!editor) return null;
  const hasObjective = objectives.some((o) => o.id === editor.objectiveId);
  if (editor.kind === 'objective') return editor.objectiveId && !hasObjective ? 'objective' : null;
  if (!hasObjective) return 'objective';
  return editor.keyResultId && !keyResults.some((kr) => kr.id === editor.keyResultId)
    ? 'key result'
    : null;
}

/**
 * Shows the wizard's open editor on the record it edits, with what was typed into it kept in the
 * wizard's remembered draft. A record deleted meanwhile in another window closes its editor
 * with a sentence saying so, rather than silently.
 */
export function EditorHost({ cycleId, objectives, keyResults, parents }: EditorHostProps) {
  const editor = useSettingWizard((s) => s.editor);
  const updateEditor = useSettingWizard((s) => s.updateEditor);
  const closeEditor = useSettingWizard((s) => s.closeEditor);
  const show = useToastStore((s) => s.show);
  const gone = vanished(editor, objectives, keyResults);
  useEffect(() => {
    if (!gone) return;
    closeEditor();
    show({
      tone: 'error',
      message: `The ${gone} being edited has been deleted elsewhere; the edits were not saved.`,
    });
  }, [gone, closeEditor, show]);

  if (!editor || gone) return null;
  if (editor.kind === 'objective') {
    return (
      <ObjectiveDialog
        cycleId={cycleId}
        objective={objectives.find((o) => o.id === editor.objectiveId)}
        draft={editor.values}
        draftBase={editor.base}
        onDraftChange={updateEditor}
        onClose={closeEditor}
        parents={parents}
      />
    );
  }
  const objective = objectives.find((o) => o.id === editor.objectiveId);
  if (!objective) return null;
  return (
    <KeyResultDialog
      objectiveId={objective.id}
      objectiveTitle={objective.title}
      keyResult={keyResults.find((kr) => kr.id === editor.keyResultId)}
      draft={editor.values}
      draftBase={editor.base}
      onDraftChange={updateEditor}
      onClose={closeEditor}
    />
  );
}
