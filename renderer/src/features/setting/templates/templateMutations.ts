import { useMutation } from '@tanstack/react-query';
import type { Template } from '@shared/domain';
import {
  deleteTemplate,
  insertTemplate,
  restoreTemplate,
  saveObjectiveAsTemplate,
} from '../../../db/repositories/templates';
import { errorMessage } from '../../../lib/formErrors';
import { useToastStore } from '../../../state/toastStore';
import { useDeleteWithUndo } from '../../../state/useUndoableDelete';

/** Inserts a template into the quarter as an objective with its key results. */
export function useInsertTemplate(cycleId: string) {
  const show = useToastStore((s) => s.show);
  return useMutation({
    mutationFn: (template: Template) => insertTemplate(cycleId, template),
    onSuccess: (objective) =>
      show({ tone: 'info', message: `Inserted “${objective.title}”. Fill in the baselines.` }),
  });
}

/** Saves an objective and its key results as one of the team's own templates. */
export function useSaveAsTemplate(objectiveId: string) {
  const show = useToastStore((s) => s.show);
  return useMutation({
    mutationFn: () => saveObjectiveAsTemplate(objectiveId),
    onSuccess: (template) =>
      show({ tone: 'info', message: `Saved “${template.title}” as a template.` }),
    onError: (error) =>
      show({ tone: 'error', message: `Could not save the template: ${errorMessage(error)}` }),
  });
}

/** Deletes one of the team's own templates at once, with Undo in the toast. */
export function useDeleteTemplate() {
  return useDeleteWithUndo(deleteTemplate, {
    label: (template) => `Template “${template.title}”`,
    restore: restoreTemplate,
  });
}
