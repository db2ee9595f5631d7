import { useEffect, useState } from 'react';
import type { Cycle, KeyResult, Objective } from '@shared/domain';
import { useToastStore } from '../../../state/toastStore';
import { useUiStore } from '../../../state/uiStore';
import { Icon } from '../../../components/Icon';
import { useTeams } from '../../../db/hooks';
import { MAX_TEMPLATE_KEY_RESULTS } from '../../../db/repositories/templates';
import { errorMessage } from '../../../lib/formErrors';
import { ImportPlanDialog } from '../import/ImportPlanDialog';
import { useChoosePlanFile } from '../import/importMutations';
import type { PlanFile } from '../import/planPreview';
import { useSaveAsTemplate } from '../templates/templateMutations';
import { TemplatePicker } from '../templates/TemplatePicker';

/** "Insert template…" and "Import CSV…" beside "Add objective", with the dialogs they open. */
export function ObjectivesToolbar({ cycle }: { cycle: Cycle }) {
  const teams = useTeams();
  const team = teams?.find((t) => t.id === cycle.teamId);
  const show = useToastStore((s) => s.show);
  const [isPickerOpen, setPickerOpen] = useState(false);
  const [file, setFile] = useState<PlanFile | null>(null);
  const choose = useChoosePlanFile(setFile);
  const startImport = () =>
    choose.mutate(undefined, {
      onError: (error) =>
        show({ tone: 'error', message: `Could not open the file: ${errorMessage(error)}` }),
    });
  // File › Import plan (CSV)… lands here and starts the import.
  const request = useUiStore((s) => s.settingRequest);
  const clearRequest = useUiStore((s) => s.clearSettingRequest);
  useEffect(() => {
    if (!request?.importPlan) return;
    clearRequest();
    startImport();
    // Once per request: startImport is a fresh function each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [request, clearRequest]);

  return (
    <>
      <button type="button" className="button" onClick={() => setPickerOpen(true)}>
        Insert template…
      </button>
      <button type="button" className="button" onClick={startImport} disabled={choose.isPending}>
        Import CSV…
      </button>
      {isPickerOpen && (
        <TemplatePicker
          cycleId={cycle.id}
          teamFunction={team?.function}
          onClose={() => setPickerOpen(false)}
        />
      )}
      {file && <ImportPlanDialog cycle={cycle} file={file} onClose={() => setFile(null)} />}
    </>
  );
}

/** Saves an objective and its key results as one of the team's own templates. */
export function ObjectiveCardActions({
  objective,
  keyResults,
}: {
  objective: Objective;
  keyResults: KeyResult[];
}) {
  const save = useSaveAsTemplate(objective.id);
  const krCount = keyResults.filter((kr) => kr.objectiveId === objective.id).length;
  const isTooBig = krCount > MAX_TEMPLATE_KEY_RESULTS;
  return (
    <button
      type="button"
      className="icon-button"
      onClick={() => save.mutate()}
      disabled={save.isPending || isTooBig}
      aria-label={`Save as template: ${objective.title}`}
      title={
        isTooBig
          ? `A template holds at most ${MAX_TEMPLATE_KEY_RESULTS} key results`
          : 'Save as template'
      }
    >
      <Icon name="template" />
    </button>
  );
}
