import type { Objective } from '@shared/domain';
import { KeyResultDialog } from '../KeyResultDialog';
import { ObjectiveDialog } from '../ObjectiveDialog';
import { useSettingWizard } from './store';

type EditorHostProps = { cycleId: string; objectives: Objective[]; parents: Objective[] };

/** Shows the wizard's open editor, whose typed values live in the wizard's remembered draft. */
export function EditorHost({ cycleId, objectives, parents }: EditorHostProps) {
  const editor = useSettingWizard((s) => s.editor);
  const updateEditor = useSettingWizard((s) => s.updateEditor);
  const closeEditor = useSettingWizard((s) => s.closeEditor);
  if (!editor) return null;
  if (editor.kind === 'objective') {
    return (
      <ObjectiveDialog
        cycleId={cycleId}
        objectiveId={editor.objectiveId}
        values={editor.values}
        onChange={updateEditor}
        onClose={closeEditor}
        parents={parents}
      />
    );
  }
  const objective = objectives.find((o) => o.id === editor.objectiveId);
  // The objective was deleted (here or in another window) while its key result was being edited.
  if (!objective) return null;
  return (
    <KeyResultDialog
      objectiveId={objective.id}
      objectiveTitle={objective.title}
      keyResultId={editor.keyResultId}
      values={editor.values}
      onChange={updateEditor}
      onClose={closeEditor}
    />
  );
}
