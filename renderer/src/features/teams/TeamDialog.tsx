import {
  TEAM_FUNCTION_LABELS,
  teamFunctionSchema,
  teamInputSchema,
  type Team,
} from '@shared/domain';
import { Field } from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import { TextField } from '../../components/TextField';
import { useRecordForm } from '../../lib/forms/useRecordForm';
import { useDeleteTeam, useSaveTeam } from './teamMutations';

type TeamDialogProps = {
  team?: Team;
  onClose: () => void;
  onSaved: (team: Team) => void;
};

const toValues = (team: Team | undefined) => ({
  name: team?.name ?? '',
  function: team?.function ?? 'platform',
});

/** Creates a team, or renames one and changes its function. */
export function TeamDialog({ team, onClose, onSaved }: TeamDialogProps) {
  const teamForm = useRecordForm({
    schema: teamInputSchema,
    record: team,
    toValues,
    save: useSaveTeam(),
    onSaved,
  });
  const remove = useDeleteTeam();
  return (
    <FormDialog
      title={team ? 'Edit team' : 'New team'}
      description="A team owns its quarters, objectives and key results."
      of={teamForm}
      submitLabel={team ? 'Save team' : 'Create team'}
      onClose={onClose}
    >
      <TextField name="name" label="Team name" wide autoFocus />
      <Field label="Engineering function" wide>
        {(p) => (
          <select {...p} {...teamForm.form.register('function')}>
            {teamFunctionSchema.options.map((option) => (
              <option key={option} value={option}>
                {TEAM_FUNCTION_LABELS[option]}
              </option>
            ))}
          </select>
        )}
      </Field>
      {team && (
        <div className="danger-zone">
          <p className="muted">
            Deleting the team deletes its quarters and everything in them. You can undo it right
            after.
          </p>
          <button
            type="button"
            className="button button--danger"
            onClick={() => remove.mutate(team.id, { onSuccess: onClose })}
            disabled={remove.isPending}
          >
            Delete team
          </button>
        </div>
      )}
    </FormDialog>
  );
}
