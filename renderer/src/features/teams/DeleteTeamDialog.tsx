import type { Team } from '@shared/domain';
import { deletionSentence } from '@shared/domain/contents';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useTeamContents } from '../../db/hooks';

type DeleteTeamDialogProps = { team: Team; onConfirm: () => void; onCancel: () => void };

/** Asks before deleting a team, saying in numbers what goes with it. */
export function DeleteTeamDialog({ team, onConfirm, onCancel }: DeleteTeamDialogProps) {
  const contents = useTeamContents(team.id);
  return (
    <ConfirmDialog
      title={`Delete ${team.name}?`}
      description={
        contents
          ? `${deletionSentence(team.name, contents)} You can undo it right after.`
          : `Counting what ${team.name} holds…`
      }
      cancelLabel="Keep the team"
      confirmLabel="Delete team"
      isConfirmDisabled={!contents}
      onConfirm={onConfirm}
      onCancel={onCancel}
    />
  );
}
