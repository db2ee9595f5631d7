import { useMutation } from '@tanstack/react-query';
import type { LevelOwnerInput, PlacementInput, Team } from '@shared/domain';
import { createLevelOwner, placeOwner, previewPlacement } from '../../db/repositories/levels';
import { loadDepartmentData } from '../../db/repositories/organisation';
import type { SaveRequest } from '../../lib/forms/saveRequest';
import { useUndoableChange } from '../../state/useUndoableDelete';
import { exportDepartmentReview, type DepartmentFormat } from './exportDepartment';

/** Sets up the organisation or a group of teams as an owner of objectives. */
export function useCreateLevelOwner() {
  return useMutation({
    mutationFn: ({ input }: SaveRequest<Team, LevelOwnerInput>) => createLevelOwner(input),
  });
}

/** What a placement would detach or release, read before asking. */
export function usePreviewPlacement() {
  return useMutation({
    mutationFn: ({ teamId, input }: { teamId: string; input: PlacementInput }) =>
      previewPlacement(teamId, input),
  });
}

/** Places an owner at a level or in a group, with Undo. */
export function usePlaceOwner() {
  return useUndoableChange(({ teamId, input }: { teamId: string; input: PlacementInput }) =>
    placeOwner(teamId, input),
  );
}

type ExportOutcome = Awaited<ReturnType<typeof exportDepartmentReview>>;

/** Exports the department review of quarter `label` in a format, through the host. */
export function useExportDepartment(
  label: string,
  handlers: { onSuccess: (outcome: ExportOutcome) => void; onError: (error: Error) => void },
) {
  return useMutation({
    mutationFn: async (format: DepartmentFormat) =>
      exportDepartmentReview(label, await loadDepartmentData(label), format),
    ...handlers,
  });
}
