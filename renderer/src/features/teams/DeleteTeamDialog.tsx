import type { Team } from '@shared/domain';
import { ConfirmDeleteWithCounts } from '../../components/ConfirmDeleteWithCounts';
import { useTeamContents } from '../../db/hooks';

type DeleteTeamDialogProps = { team: Team; onConfirm: () => void; onCancel: () => void };

/** Asks before deleting a team, saying in numbers what goes with it. */
export function DeleteTeamDialog({ team, onConfirm, onCancel }: DeleteTeamDialogProps) {
  return (
    <ConfirmDeleteWithCounts
      name={team.name}
      noun="team"
      contents={useTeamContents(team.id)}
      onConfirm={onConfirm}
      onCancel={onCancel}
    />
  );
}
