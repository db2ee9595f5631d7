import {
  TEAM_FUNCTION_LABELS,
  levelOwnerInputSchema,
  teamFunctionSchema,
  type Team,
} from '@shared/domain';
import { Field } from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import { TextField } from '../../components/TextField';
import { useRecordForm } from '../../lib/forms/useRecordForm';
import { useCreateLevelOwner } from './organisationMutations';

type Kind = 'organisation' | 'group';

const COPY: Record<Kind, { title: string; description: string; name: string }> = {
  organisation: {
    title: 'Add the organisation level',
    description:
      'Company or department objectives for each quarter, above every team. Teams align their objectives to them.',
    name: 'Organisation name',
  },
  group: {
    title: 'Add a group of teams',
    description:
      'A department or a function between the organisation and its teams, with objectives of its own.',
    name: 'Group name',
  },
};

/** Sets up an owner above the teams: the organisation, or a group of teams. */
export function LevelOwnerDialog({
  kind,
  onClose,
  onSaved,
}: {
  kind: Kind;
  onClose: () => void;
  onSaved: (team: Team) => void;
}) {
  const form = useRecordForm({
    schema: levelOwnerInputSchema,
    record: undefined,
    toValues: () => ({ name: '', function: 'other' as const, kind }),
    save: useCreateLevelOwner(),
    onSaved,
  });
  const copy = COPY[kind];
  return (
    <FormDialog
      title={copy.title}
      description={copy.description}
      of={form}
      submitLabel={kind === 'organisation' ? 'Add organisation' : 'Add group'}
      onClose={onClose}
    >
      <TextField name="name" label={copy.name} wide autoFocus />
      <Field label="Engineering function" wide>
        {(p) => (
          <select {...p} {...form.form.register('function')}>
            {teamFunctionSchema.options.map((option) => (
              <option key={option} value={option}>
                {TEAM_FUNCTION_LABELS[option]}
              </option>
            ))}
          </select>
        )}
      </Field>
    </FormDialog>
  );
}
