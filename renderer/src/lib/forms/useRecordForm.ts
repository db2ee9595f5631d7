import { type FormEvent, useEffect, useMemo, useState } from 'react';
import { errorMessage } from '../formErrors';
import { textLimits } from './textLimits';
import {
  type FormOutput,
  type FormSchema,
  type FormValues,
  type SchemaForm,
  useSchemaForm,
} from './useSchemaForm';

/** What a form's save receives: the record as it was when the form opened, and the valid input. */
export type SaveRequest<TRecord, TInput> = { record: TRecord | undefined; input: TInput };

/** What a record form needs of a per-feature save hook's mutation (e.g. `useSaveTeam()`). */
export type SaveMutation<TRecord, TInput, TSaved> = {
  mutateAsync: (request: SaveRequest<TRecord, TInput>) => Promise<TSaved>;
  isPending: boolean;
  error: Error | null;
};

type RecordFormOptions<S extends FormSchema, TRecord, TSaved> = {
  /** What is typed and how it becomes the repository's input. */
  schema: S;
  /** The record being edited, as loaded; undefined when the form creates one. */
  record: TRecord | undefined;
  /** The record as the form shows it (or an empty form): "unchanged" means equal to this. */
  toValues: (record: TRecord | undefined) => FormValues<S>;
  /** Values typed earlier and remembered elsewhere (a wizard's draft), shown instead. */
  draft?: FormValues<S> | null | undefined;
  /** Called with every change, to remember the draft. */
  onDraftChange?: ((values: FormValues<S>) => void) | undefined;
  save: SaveMutation<TRecord, FormOutput<S>, TSaved>;
  onSaved?: ((saved: TSaved) => void) | undefined;
};

/** A record form: the form itself, its limits, and the state of its save. */
export type RecordForm<S extends FormSchema> = {
  form: SchemaForm<S>;
  /** The longest text each field accepts, from the schema. */
  limits: Readonly<Record<string, number>>;
  /** Validates, then saves; a form's `onSubmit`. */
  submit: (event?: FormEvent) => Promise<void>;
  /** Something was typed that is not saved. */
  isDirty: boolean;
  isSaving: boolean;
  /** Why the last save failed, in a sentence; null when it did not. */
  saveError: string | null;
};

/**
 * The one place a form loads its record and saves it. The record is read once, when the form
 * opens, and handed back to the save with the input, so a save always knows which version of the
 * record it was based on (where a check for concurrent edits belongs). Validation is the schema's;
 * a failed save's message goes through `errorMessage`, so no raw error text reaches the screen.
 */
export function useRecordForm<S extends FormSchema, TRecord, TSaved>({
  schema,
  record,
  toValues,
  draft,
  onDraftChange,
  save,
  onSaved,
}: RecordFormOptions<S, TRecord, TSaved>): RecordForm<S> {
  const [loaded] = useState(record);
  const [baseline] = useState(() => toValues(loaded));
  const form = useSchemaForm(schema, { defaultValues: baseline, draft });
  const limits = useMemo(() => textLimits(schema), [schema]);

  useEffect(() => {
    if (!onDraftChange) return;
    const subscription = form.watch((_values, { name, type }) => {
      // A reset names no field: it is the form settling (after a save), not someone typing.
      if (name === undefined && type === undefined) return;
      onDraftChange(form.getValues());
    });
    return () => subscription.unsubscribe();
  }, [form, onDraftChange]);

  const submit = form.handleSubmit(async (input) => {
    let saved: TSaved;
    try {
      saved = await save.mutateAsync({ record: loaded, input });
    } catch {
      return; // The mutation's error is shown as `saveError`.
    }
    // What was saved is the new "unchanged", so leaving after a save never asks.
    form.reset(form.getValues());
    onSaved?.(saved);
  });

  return {
    form,
    limits,
    submit,
    isDirty: form.formState.isDirty,
    isSaving: save.isPending,
    saveError: save.error ? errorMessage(save.error) : null,
  };
}
