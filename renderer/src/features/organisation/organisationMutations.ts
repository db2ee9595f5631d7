import { useMutation } from '@tanstack/react-query';
import type { LevelOwnerInput, PlacementInput, Team } from '@shared/domain';
import { createLevelOwner, placeOwner, previewPlacement } from '../../db/repositories/levels';
import type { SaveRequest } from '../../lib/forms/useRecordForm';
import { useUndoableChange } from '../../state/useUndoableDelete';

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
