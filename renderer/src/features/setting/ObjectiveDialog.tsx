import { objectiveInputSchema, objectiveKindSchema, type Objective } from '@shared/domain';
import { ownerTitle } from '@shared/domain/alignment/levels';
import { formatScore } from '@shared/domain/format';
import { expectationFor } from '@shared/domain/scoring/bands';
import { FormDialog } from '../../components/FormDialog';
import { FormField } from '../../components/SchemaForm';
import { TextField } from '../../components/TextField';
import type { ParentGroup } from '../../db/repositories/cycles';
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
  /** Higher-level objectives this quarter that this one can align to, grouped by owner. */
  parentGroups: ParentGroup[];
};

/** Adds or edits an objective: qualitative, with the chain from business need to lever. */
export function ObjectiveDialog({
  cycleId,
  objective,
  draft,
  draftBase,
  onDraftChange,
  onClose,
  parentGroups,
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
      {parentGroups.length > 0 && (
        <FormField
          name="parentObjectiveId"
          label="Parent objective"
          wide
          hint="Objectives of a higher level this quarter. If this were achieved, would the parent advance?"
        >
          {(p) => (
            <select {...p} {...register('parentObjectiveId', { setValueAs: (v) => v || null })}>
              <option value="">No parent</option>
              {parentGroups.map((group) => (
                <optgroup key={group.owner.id} label={ownerTitle(group.owner)}>
                  {group.objectives.map((parent) => (
                    <option key={parent.id} value={parent.id}>
                      {parent.title} — {group.owner.name}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          )}
        </FormField>
      )}
    </FormDialog>
  );
}
