import { useEffect, useMemo, useRef, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { keyResultStatusSchema, reflectionAnswerSchema, type KeyResult } from '@shared/domain';
import { coachKeyResult } from '@shared/domain/coach/coach';
import { consistentPatch } from '@shared/domain/coach/rules/consistency';
import type { Finding, KeyResultPatch } from '@shared/domain/coach/types';
import { Field } from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import { TextField } from '../../components/TextField';
import { useRecordForm } from '../../lib/forms/useRecordForm';
import { useDebouncedValue } from '../../lib/useDebounced';
import { AppliedNote, appliedMessage } from './coach/AppliedNote';
import { FindingList } from './coach/FindingList';
import {
  fieldsBefore,
  firstField,
  holds,
  patchToFields,
  type PatchedFields,
} from './coach/patchFields';
import { formForCoach } from './coach/toCoachInput';
import { useSaveKeyResult } from './planMutations';
import {
  keyResultFormInputSchema,
  keyResultToForm,
  type KeyResultFormValues,
} from './wizard/formValues';

type KeyResultDialogProps = {
  objectiveId: string;
  objectiveTitle: string;
  /** The key result being edited; undefined to add one. */
  keyResult: KeyResult | undefined;
  /** What was typed before, remembered by the wizard. */
  draft: KeyResultFormValues;
  /** The record's values when that draft was begun (see `useRecordForm`). */
  draftBase?: KeyResultFormValues | undefined;
  onDraftChange: (values: KeyResultFormValues) => void;
  onClose: () => void;
};

const COACH_DELAY_MS = 300;

const REFLECTION_LABELS = {
  no: 'No — it only counts if the problem is solved',
  yes: 'Yes — it could be hit without solving it',
  unsure: 'Not sure yet',
} as const;

/** Adds or edits a key result, with the coach reading over the team's shoulder as it types. */
export function KeyResultDialog({
  objectiveId,
  objectiveTitle,
  keyResult,
  draft,
  draftBase,
  onDraftChange,
  onClose,
}: KeyResultDialogProps) {
  const keyResultForm = useRecordForm({
    schema: keyResultFormInputSchema,
    record: keyResult,
    toValues: keyResultToForm,
    draft,
    draftBase,
    onDraftChange,
    save: useSaveKeyResult(objectiveId),
    onSaved: onClose,
  });
  const { register, setValue, control } = keyResultForm.form;
  const values = useWatch({ control }) as KeyResultFormValues;

  const settled = useDebouncedValue(values, COACH_DELAY_MS);
  const findings = useMemo(
    () =>
      settled.title.trim()
        ? coachKeyResult(formForCoach(keyResult?.id ?? 'draft', settled), {
            id: objectiveId,
            title: objectiveTitle,
          })
        : [],
    [settled, keyResult?.id, objectiveId, objectiveTitle],
  );

  // The last one-click fix, with what it replaced, while the fields still hold what it wrote.
  const [applied, setApplied] = useState<{
    before: PatchedFields;
    after: PatchedFields;
    message: string;
  } | null>(null);
  const undoRef = useRef<HTMLButtonElement>(null);
  const shownApplied =
    applied && holds(keyResultForm.form.getValues(), applied.after) ? applied : null;
  useEffect(() => {
    if (shownApplied) undoRef.current?.focus();
  }, [shownApplied]);

  const write = (fields: PatchedFields) => {
    const change = { shouldDirty: true, shouldValidate: keyResultForm.form.formState.isSubmitted };
    if (fields.title !== undefined) setValue('title', fields.title, change);
    if (fields.metric !== undefined) setValue('metric', fields.metric, change);
    if (fields.unit !== undefined) setValue('unit', fields.unit, change);
    if (fields.direction !== undefined) setValue('direction', fields.direction, change);
    if (fields.baseline !== undefined) setValue('baseline', fields.baseline, change);
    if (fields.target !== undefined) setValue('target', fields.target, change);
  };

  const apply = (suggested: KeyResultPatch, finding: Finding) => {
    // Checked against what is in the form now (the coach read it a moment ago): a rewrite that
    // changes a number also changes it in the title, so text and fields keep saying the same.
    const now = formForCoach(keyResult?.id ?? 'draft', keyResultForm.form.getValues());
    const after = patchToFields(consistentPatch(now, suggested) ?? suggested);
    const before = fieldsBefore(keyResultForm.form.getValues(), after);
    write(after);
    setApplied({
      before,
      after,
      message: appliedMessage(finding.rule),
    });
  };

  const undo = () => {
    if (!applied) return;
    write(applied.before);
    setApplied(null);
    const first = firstField(applied.before);
    if (first) keyResultForm.form.setFocus(first);
  };

  return (
    <FormDialog
      title={keyResult ? 'Edit key result' : 'Add key result'}
      description={`How the team will know “${objectiveTitle}” is achieved.`}
      size="wide"
      className="form form--grid form--with-coach"
      of={keyResultForm}
      submitLabel="Save key result"
      onClose={onClose}
    >
      <div className="form__fields">
        <TextField
          name="title"
          label="Key result title"
          wide
          hint="An outcome, e.g. Cut checkout p75 LCP from 3.2 s to 1.5 s"
          autoFocus
        />
        <TextField name="metric" label="Metric" />
        <TextField name="unit" label="Unit" hint="%, s, ms, count, $ …" />
        <TextField name="baseline" label="Baseline" hint="Where you are now" inputMode="decimal" />
        <TextField
          name="target"
          label="Target"
          hint="Where you will be at quarter end"
          inputMode="decimal"
        />
        <Field label="Direction">
          {(p) => (
            <select {...p} {...register('direction')}>
              <option value="increase">Increase</option>
              <option value="decrease">Decrease</option>
            </select>
          )}
        </Field>
        <Field label="Status" hint="Teams propose key results; leadership agrees them">
          {(p) => (
            <select {...p} {...register('status')}>
              {keyResultStatusSchema.options.map((s) => (
                <option key={s} value={s}>
                  {s.charAt(0).toUpperCase() + s.slice(1)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <TextField
          name="measuredBy"
          label="Measured by"
          wide
          hint="The source of the number, e.g. real-user monitoring"
        />
        <TextField name="owner" label="Owner" />
        <TextField name="proposedBy" label="Proposed by" />
        <fieldset className="field field--wide radio-group">
          <legend>Could this be achieved without the problem being solved?</legend>
          {reflectionAnswerSchema.options.map((answer) => (
            <label key={answer} className="radio">
              <input type="radio" value={answer} {...register('reflection')} />
              {REFLECTION_LABELS[answer]}
            </label>
          ))}
        </fieldset>
        {values.reflection === 'yes' && (
          <TextField
            name="reflectionNote"
            label="What would show the problem is solved?"
            wide
            hint="That is usually the better key result."
          />
        )}
      </div>
      <aside className="coach" aria-label="Coach">
        <h3 className="coach__title">Coach</h3>
        {shownApplied && (
          <AppliedNote message={shownApplied.message} onUndo={undo} undoRef={undoRef} />
        )}
        {findings.length === 0 ? (
          <p className="coach__empty">
            {values.title.trim()
              ? 'Nothing to flag: an outcome with a baseline and a target.'
              : 'Type a key result and the coach will point out output wording, gameable metrics and missing numbers.'}
          </p>
        ) : (
          <FindingList findings={findings} onApply={apply} />
        )}
      </aside>
    </FormDialog>
  );
}
