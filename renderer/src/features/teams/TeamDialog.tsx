import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import {
  TEAM_FUNCTION_LABELS,
  teamFunctionSchema,
  teamInputSchema,
  type Team,
  type TeamFunction,
} from '@shared/domain';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { createTeam, deleteTeam, updateTeam } from '../../db/repositories/teams';
import { useUndoableDelete } from '../../lib/useUndoableDelete';
import { errorMessage, fieldErrors } from '../../lib/formErrors';

type TeamDialogProps = {
  team?: Team;
  onClose: () => void;
  onSaved: (team: Team) => void;
};

/** Creates a team, or renames one and changes its function. */
export function TeamDialog({ team, onClose, onSaved }: TeamDialogProps) {
  const [name, setName] = useState(team?.name ?? '');
  const [fn, setFn] = useState<TeamFunction>(team?.function ?? 'platform');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useMutation({
    mutationFn: (input: { name: string; function: TeamFunction }) =>
      team ? updateTeam(team.id, input) : createTeam(input),
    onSuccess: onSaved,
  });

  const remove = useUndoableDelete(deleteTeam);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = teamInputSchema.safeParse({ name, function: fn });
    if (!parsed.success) return setErrors(fieldErrors(parsed.error));
    setErrors({});
    save.mutate(parsed.data);
  };

  return (
    <Dialog
      title={team ? 'Edit team' : 'New team'}
      description="A team owns its quarters, objectives and key results."
      onClose={onClose}
    >
      <form className="form" onSubmit={submit} noValidate>
        <Field label="Team name" error={errors.name} wide>
          {(p) => <input {...p} value={name} onChange={(e) => setName(e.target.value)} autoFocus />}
        </Field>
        <Field label="Engineering function" wide>
          {(p) => (
            <select
              {...p}
              value={fn}
              onChange={(e) => setFn(teamFunctionSchema.parse(e.target.value))}
            >
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
        <FormActions
          submitLabel={team ? 'Save team' : 'Create team'}
          onCancel={onClose}
          isPending={save.isPending}
          error={save.error ? errorMessage(save.error) : null}
        />
      </form>
    </Dialog>
  );
}
