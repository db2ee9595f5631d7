import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { isRevisionConflict } from '@shared/domain/revisions';
import {
  changedFields,
  type FieldMerge,
  type Fields,
  mergeFields,
  resolveFields,
} from '@shared/sync/merge';
import { errorMessage } from '../formErrors';
import {
  type ChangedElsewhere,
  type ConflictSummary,
  hasMovedOn,
  hasNewsFromTheirs,
  isStoredRecord,
  nounOf,
  type RecordConflict,
  summarizeConflict,
} from './recordVersions';
import type { SaveMutation } from './saveRequest';
import { textLimits } from './textLimits';
import {
  type FormOutput,
  type FormSchema,
  type FormValues,
  type SchemaForm,
  useSchemaForm,
} from './useSchemaForm';

export { savesRecord, type SaveMutation, type SaveRequest } from './saveRequest';

type RecordFormOptions<S extends FormSchema, TRecord, TSaved> = {
  /** What is typed and how it becomes the repository's input. */
  schema: S;
  /**
   * The record being edited, as the database has it now (a live query); undefined when the form
   * creates one. The form keeps the version it opened as its base; a later one is news.
   */
  record: TRecord | undefined;
  /** The record as the form shows it (or an empty form): "unchanged" means equal to this. */
  toValues: (record: TRecord | undefined) => FormValues<S>;
  /** Values typed earlier and remembered elsewhere (a wizard's draft), shown instead. */
  draft?: FormValues<S> | null | undefined;
  /**
   * The record's values when the draft was begun (undefined for a new record): fields the record
   * changed since then (saved in another window, or while the app was closed) are news, said at
   * once and asked about on saving, so a restored draft never reverts them unseen.
   */
  draftBase?: FormValues<S> | undefined;
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
  /**
   * Validates, then saves; a form's `onSubmit`. True once saved; false when the input is invalid,
   * the save failed, or it met a newer version (the person is then asked what to keep).
   */
  submit: (event?: FormEvent) => Promise<boolean>;
  /** Something was typed that is not saved. */
  isDirty: boolean;
  isSaving: boolean;
  /** Why the last save failed, in a sentence; null when it did not. */
  saveError: string | null;
  /** The record changed elsewhere while the form is open; null when it has not. */
  changedElsewhere: ChangedElsewhere | null;
  /** A save met a newer version and waits for the person's choice; null otherwise. */
  conflict: RecordConflict | null;
};

/** A stale save that met the other window's version, with the values on each side. */
type PendingConflict<TRecord> = {
  current: TRecord;
  summary: ConflictSummary;
  merge: FieldMerge<Fields>;
};

/**
 * A reset that moves what "unchanged" means. The forms keep their defaults on a reset by default
 * (so a remembered draft does not become "unchanged"); a saved or newly based record must.
 */
const AS_UNCHANGED = { keepDefaultValues: false } as const;

/** Automatic retries after a conflict with nothing to ask, before the person is asked anyway. */
const MAX_QUIET_RETRIES = 3;

/**
 * The one place a form loads its record and saves it. The record the form opened on is its base:
 * a save hands it to the repository, which refuses the save if the record has moved on (another
 * window saved it). The live record tells the form at once, so it can say so; a stale save shows
 * what changed on each side and lets the person keep theirs, take the other, or merge field by
 * field. Validation is the schema's; a failed save's message goes through `errorMessage`.
 */
export function useRecordForm<S extends FormSchema, TRecord, TSaved>({
  schema,
  record,
  toValues,
  draft,
  draftBase,
  onDraftChange,
  save,
  onSaved,
}: RecordFormOptions<S, TRecord, TSaved>): RecordForm<S> {
  const [base, setBase] = useState(record);
  // Read by saves in flight, which must see a rebase made a moment ago.
  const baseRef = useRef(base);
  const [baseline] = useState(() => toValues(record));
  const form = useSchemaForm(schema, { defaultValues: baseline, draft });
  const limits = useMemo(() => textLimits(schema), [schema]);
  const [pending, setPending] = useState<PendingConflict<TRecord> | null>(null);
  const [settled, setSettled] = useState<{ fields: string[]; outcome: 'refreshed' | 'taken' }>();
  const quietRetries = useRef(0);
  // The field to focus once the conflict dialog has gone ("Back to editing"), and how often asked.
  const [refocus, setRefocus] = useState<{ field: string; times: number } | null>(null);
  // What the record changed since a restored draft was begun; asked about on the first save.
  const [draftNews, setDraftNews] = useState(() =>
    draft && draftBase ? changedFields<Fields>(draftBase, toValues(record)) : [],
  );
  const draftBaseRef = useRef(draftNews.length > 0 ? draftBase : undefined);
  const entity = save.entity;
  const isDirty = form.formState.isDirty;

  const rebase = (next: TRecord | undefined) => {
    baseRef.current = next;
    setBase(next);
  };
  /** Shows `values` as the form's unchanged state, remembered as the draft too. */
  const showUnchanged = (values: FormValues<S>) => {
    form.reset(values, AS_UNCHANGED);
    onDraftChange?.(form.getValues());
  };

  useEffect(() => {
    if (!onDraftChange) return;
    const subscription = form.watch((_values, { name, type }) => {
      // A reset names no field: it is the form settling (after a save), not someone typing.
      if (name === undefined && type === undefined) return;
      onDraftChange(form.getValues());
    });
    return () => subscription.unsubscribe();
  }, [form, onDraftChange]);

  // A newer version arrived (the live query knows at once). Nothing this form shows changed: it
  // becomes the base, quietly. Nothing typed yet: the form shows it. Otherwise the edits are kept
  // and `changedElsewhere` says what changed; the save will ask.
  const newer = hasMovedOn(record, base) ? record : null;
  const newsFields = newer ? changedFields<Fields>(toValues(base), toValues(newer)) : [];
  useEffect(() => {
    if (!newer) return;
    const fields = changedFields<Fields>(toValues(baseRef.current), toValues(newer));
    if (fields.length > 0 && form.formState.isDirty) return;
    baseRef.current = newer;
    setBase(newer);
    if (fields.length === 0) return;
    form.reset(toValues(newer), AS_UNCHANGED);
    onDraftChange?.(form.getValues());
    setSettled({ fields, outcome: 'refreshed' });
  }, [newer, form, toValues, onDraftChange]);

  // After the dialog's own focus return to what opened it: the same commit, later effects.
  useEffect(() => {
    if (refocus) form.setFocus(refocus.field as never);
  }, [refocus, form]);

  const attempt = async (input: FormOutput<S>): Promise<boolean> => {
    const based = baseRef.current;
    const draftedOn = draftBaseRef.current;
    if (draftedOn && based !== undefined) {
      draftBaseRef.current = undefined;
      setDraftNews([]);
      return onConflict(draftedOn as Fields, based);
    }
    let saved: TSaved;
    try {
      saved = await save.mutateAsync({ record: based, input });
    } catch (error) {
      // The mutation's error is shown as `saveError`; a conflict is shown as a choice instead.
      if (isRevisionConflict(error) && error.current !== undefined) {
        return onConflict(toValues(based) as Fields, error.current as TRecord);
      }
      return false;
    }
    quietRetries.current = 0;
    // What was saved is the new base and the new "unchanged", so leaving never asks.
    if (isStoredRecord(saved) && (!isStoredRecord(based) || saved.id === based.id)) {
      rebase(saved as unknown as TRecord);
    }
    form.reset(form.getValues(), AS_UNCHANGED);
    setSettled(undefined);
    onSaved?.(saved);
    return true;
  };
  const submit = async (event?: FormEvent) => {
    let isSaved = false;
    await form.handleSubmit(async (input) => {
      isSaved = await attempt(input);
    })(event);
    return isSaved;
  };
  const resubmit = () => submit();

  /** A stale save: saved again at once when there is nothing to ask, else the person chooses. */
  const onConflict = (baseValues: Fields, current: TRecord): Promise<boolean> => {
    const mine = form.getValues() as Fields;
    const theirs = toValues(current) as Fields;
    const merge = mergeFields(baseValues, mine, theirs);
    // Nothing the form shows changed there, or only to what was typed here: save on top of it.
    if (!hasNewsFromTheirs(merge, mine, theirs) && quietRetries.current < MAX_QUIET_RETRIES) {
      quietRetries.current += 1;
      rebase(current);
      return resubmit();
    }
    quietRetries.current = 0;
    setPending({ current, summary: summarizeConflict(entity, merge, mine, theirs), merge });
    return Promise.resolve(false);
  };

  const conflict: RecordConflict | null = pending && {
    ...pending.summary,
    keepMine: () => {
      setPending(null);
      rebase(pending.current);
      void resubmit();
    },
    takeTheirs: () => {
      setPending(null);
      rebase(pending.current);
      showUnchanged(toValues(pending.current));
      setSettled({ fields: pending.summary.fields.map((f) => f.field), outcome: 'taken' });
    },
    merge: (choices) => {
      setPending(null);
      rebase(pending.current);
      const theirs = toValues(pending.current);
      const merged = resolveFields(pending.merge, choices);
      form.reset(theirs, AS_UNCHANGED);
      for (const field of changedFields<Fields>(theirs as Fields, merged)) {
        // The field names come from the form's own values, so each is a path of the form.
        form.setValue(field as never, merged[field] as never, { shouldDirty: true });
      }
      void resubmit();
    },
    // The edits never left the form: back in it, at the field the question was about.
    dismiss: () => {
      setPending(null);
      const asked = pending.summary.fields;
      const field = (
        asked.find((f) => f.changedBy === 'both') ??
        asked.find((f) => f.changedBy === 'mine') ??
        asked[0]
      )?.field;
      if (field) setRefocus((last) => ({ field, times: (last?.times ?? 0) + 1 }));
    },
  };

  const changedElsewhere: ChangedElsewhere | null =
    newer && newsFields.length > 0
      ? { noun: nounOf(entity), entity, fields: newsFields, outcome: 'kept' }
      : draftNews.length > 0
        ? { noun: nounOf(entity), entity, fields: draftNews, outcome: 'kept' }
        : settled
          ? { noun: nounOf(entity), entity, ...settled }
          : null;

  const error = save.error;
  const isConflictShown = isRevisionConflict(error) && error.current !== undefined;
  return {
    form,
    limits,
    submit,
    isDirty,
    isSaving: save.isPending,
    saveError: error && !isConflictShown ? errorMessage(error) : null,
    changedElsewhere,
    conflict,
  };
}
