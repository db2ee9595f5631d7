import type { KeyResult, Objective } from '@shared/domain';
import type { ParentGroup } from '../../../db/repositories/cycles';
import { KeyResultDialog } from '../KeyResultDialog';
import { ObjectiveDialog } from '../ObjectiveDialog';
import { useSettingWizard } from './store';

type EditorHostProps = {
  cycleId: string;
  objectives: Objective[];
  keyResults: KeyResult[];
  parentGroups: ParentGroup[];
};

/**
 * Shows the wizard's open editor on the record it edits, with what was typed into it kept in the
 * wizard's remembered draft.
 */
export function EditorHost({ cycleId, objectives, keyResults, parentGroups }: EditorHostProps) {
  const editor = useSettingWizard((s) => s.editor);
  const updateEditor = useSettingWizard((s) => s.updateEditor);
  const closeEditor = useSettingWizard((s) => s.closeEditor);
  if (!editor) return null;
  if (editor.kind === 'objective') {
    const objective = objectives.find((o) => o.id === editor.objectiveId);
    // Deleted (here or in another window) while it was being edited.
    if (editor.objectiveId && !objective) return null;
    return (
      <ObjectiveDialog
        cycleId={cycleId}
        objective={objective}
        draft={editor.values}
        onDraftChange={updateEditor}
        onClose={closeEditor}
        parentGroups={parentGroups}
      />
    );
  }
  const objective = objectives.find((o) => o.id === editor.objectiveId);
  const keyResult = keyResults.find((kr) => kr.id === editor.keyResultId);
  if (!objective || (editor.keyResultId && !keyResult)) return null;
  return (
    <KeyResultDialog
      objectiveId={objective.id}
      objectiveTitle={objective.title}
      keyResult={keyResult}
      draft={editor.values}
      onDraftChange={updateEditor}
      onClose={closeEditor}
    />
  );
}
