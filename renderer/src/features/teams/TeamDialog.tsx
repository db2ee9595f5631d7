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
import { useSaveTeam } from './teamMutations';

type TeamDialogProps = {
  team?: Team;
  onClose: () => void;
  onSaved: (team: Team) => void;
  /** Asks to delete the team being edited; the window asks first and offers Undo after. */
  onDelete?: (team: Team) => void;
};

const toValues = (team: Team | undefined) => ({
  name: team?.name ?? '',
  function: team?.function ?? 'platform',
});

/** Creates a team, or renames one and changes its function. */
export function TeamDialog({ team, onClose, onSaved, onDelete }: TeamDialogProps) {
  const teamForm = useRecordForm({
    schema: teamInputSchema,
    record: team,
    toValues,
    save: useSaveTeam(),
    onSaved,
  });
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
      {team && onDelete && (
        <div className="danger-zone">
          <p className="muted">
            Deleting the team deletes its quarters and everything in them. You are asked first, and
            can undo it right after.
          </p>
          <button type="button" className="button button--danger" onClick={() => onDelete(team)}>
            Delete team…
          </button>
        </div>
      )}
    </FormDialog>
  );
}
