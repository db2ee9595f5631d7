import { useMutation } from '@tanstack/react-query';
import type { Team, TeamInput } from '@shared/domain';
import { versionOf } from '@shared/domain/revisions';
import { createTeam, deleteTeam, updateTeam } from '../../db/repositories/teams';
import { type SaveRequest, savesRecord } from '../../lib/forms/saveRequest';
import { useUndoableDelete } from '../../state/useUndoableDelete';

/** Creates a team, or saves the one the form was opened on (unless it changed since). */
export function useSaveTeam() {
  return savesRecord(
    'team',
    useMutation({
      mutationFn: ({ record, input }: SaveRequest<Team, TeamInput>) =>
        record ? updateTeam(record.id, input, versionOf(record)) : createTeam(input),
    }),
  );
}

/** Deletes a team with everything in it, with Undo. */
export function useDeleteTeam() {
  return useUndoableDelete(deleteTeam);
}
