import { useMutation } from '@tanstack/react-query';
import type { Team, TeamInput } from '@shared/domain';
import { createTeam, deleteTeam, updateTeam } from '../../db/repositories/teams';
import type { SaveRequest } from '../../lib/forms/useRecordForm';
import { useUndoableDelete } from '../../state/useUndoableDelete';

/** Creates a team, or saves the one the form was opened on. */
export function useSaveTeam() {
  return useMutation({
    mutationFn: ({ record, input }: SaveRequest<Team, TeamInput>) =>
      record ? updateTeam(record.id, input) : createTeam(input),
  });
}

/** Deletes a team with everything in it, with Undo. */
export function useDeleteTeam() {
  return useUndoableDelete(deleteTeam);
}
