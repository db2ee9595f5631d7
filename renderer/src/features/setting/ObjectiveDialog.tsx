import { objectiveInputSchema, objectiveKindSchema, type Objective } from '@shared/domain';
import { formatScore } from '@shared/domain/format';
import { expectationFor } from '@shared/domain/scoring/bands';
import { FormDialog } from '../../components/FormDialog';
import { FormField } from '../../components/SchemaForm';
import { TextField } from '../../components/TextField';
import { useRecordForm } from '../../lib/forms/useRecordForm';
import { useSaveObjective } from './planMutations';
import { objectiveToForm, type ObjectiveFormValues } from './wizard/formValues';

type ObjectiveDialogProps = {
  cycleId: string;
  /** The objective being edited; undefined to add one. */
  objective: Objective | undefined;
  /** What was typed before, remembered by the wizard. */
  draft: ObjectiveFormValues;
  /** The record's values when that draft was begun (see `useRecordForm`). */
  draftBase?: ObjectiveFormValues | undefined;
  onDraftChange: (values: ObjectiveFormValues) => void;
  onClose: () => void;
  /** Objectives of other teams this quarter that this one can align to. */
  parents: Objective[];
};

/** Adds or edits an objective: qualitative, with the chain from business need to lever. */
export function ObjectiveDialog({
  cycleId,
  objective,
  draft,
  draftBase,
  onDraftChange,
  onClose,
  parents,
}: ObjectiveDialogProps) {
  const objectiveForm = useRecordForm({
    schema: objectiveInputSchema,
    record: objective,
    toValues: objectiveToForm,
    draft,
    draftBase,
    onDraftChange,
    save: useSaveObjective(cycleId),
    onSaved: onClose,
  });
  const { register } = objectiveForm.form;

  return (
    <FormDialog
      title={objective ? 'Edit objective' : 'Add objective'}
      description="Qualitative and directional: what the team wants to achieve, without a number."
      className="form form--grid"
      of={objectiveForm}
      submitLabel="Save objective"
      onClose={onClose}
    >
      <TextField name="title" label="Objective title" wide autoFocus />
      <TextField name="description" label="Description" wide rows={3} />
      <fieldset className="field field--wide radio-group">
        <legend>Commitment</legend>
        {objectiveKindSchema.options.map((kind) => (
          <label key={kind} className="radio">
            <input type="radio" value={kind} {...register('kind')} />
            {kind === 'committed'
              ? 'Committed — expected to be met in full'
              : `Aspirational — a stretch; about ${formatScore(expectationFor(kind).target)} is success`}
          </label>
        ))}
      </fieldset>
      <TextField
        name="businessNeed"
        label="Business need"
        hint="Why the business cares, e.g. grow revenue"
      />
      <TextField
        name="engineeringLever"
        label="Engineering lever"
        hint="What engineering can move, e.g. conversion"
      />
      {parents.length > 0 && (
        <FormField
          name="parentObjectiveId"
          label="Parent objective"
          wide
          hint="If this were achieved, would the parent advance?"
        >
          {(p) => (
            <select {...p} {...register('parentObjectiveId', { setValueAs: (v) => v || null })}>
              <option value="">No parent</option>
              {parents.map((parent) => (
                <option key={parent.id} value={parent.id}>
                  {parent.title}
                </option>
              ))}
            </select>
          )}
        </FormField>
      )}
    </FormDialog>
  );
}
