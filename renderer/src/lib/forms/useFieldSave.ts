import { useMutation } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { type EntityKind, isRevisionConflict } from '@shared/domain/revisions';
import { type Fields, isSameValue, mergeFields } from '@shared/sync/merge';
import { type RecordConflict, type StoredRecord, summarizeConflict } from './recordVersions';

export type FieldSaveOptions<TRecord extends StoredRecord, TValue> = {
  /** What kind of record it saves, so the conflict dialog can name it and its field. */
  entity: EntityKind;
  /** The one field this save writes, as the record names it ("name", "agreedValue"). */
  field: keyof TRecord & string;
  /**
   * The repository's write of `value` over `base` (the record the edit began on): refused with a
   * `RevisionConflictError` if `versionOf(base)` is no longer the stored version.
   */
  write: (value: TValue, base: TRecord) => Promise<TRecord>;
  onSaved?: ((saved: TRecord) => void) | undefined;
  /** The other window's version was chosen: what the field shows now. */
  onTakeTheirs?: ((current: TRecord) => void) | undefined;
  /**
   * "Back to editing": nothing saved, and the field shows `value` (what the person typed) again,
   * over `base`, with focus in it. A field that let go of its draft when the save began must
   * take it back here, or the person's typing is lost.
   */
  onBackToEditing?: ((value: TValue, base: TRecord) => void) | undefined;
  /** Any other failure (the record was deleted, a rule refused the value). */
  onError: (error: unknown) => void;
};

/** A quick save of one field: the save, its state, and the conflict waiting for a choice. */
export type FieldSave<TRecord, TValue> = {
  /** Saves `value` over `base`, the record as it was when the edit began. */
  save: (value: TValue, base: TRecord) => void;
  isPending: boolean;
  /** A save met a newer version and waits for the person's choice; null otherwise. */
  conflict: RecordConflict | null;
};

type Pending<TRecord, TValue> = { value: TValue; base: TRecord; current: TRecord };

/** Automatic retries on a newer version with nothing to ask, before the person is asked anyway. */
const MAX_QUIET_RETRIES = 3;

/**
 * The record forms' way with a stale save (`useRecordForm`), for edits of one field that have no
 * form of their own: an inline rename, an agreed value. A save based on an older version
 * overwrites nothing. When the other window changed something else, or typed the same value, it
 * saves on top quietly; when it changed this field, the person sees both values side by side in
 * the conflict dialog and keeps theirs, takes the other, or goes back.
 */
export function useFieldSave<TRecord extends StoredRecord, TValue>({
  entity,
  field,
  write,
  onSaved,
  onTakeTheirs,
  onBackToEditing,
  onError,
}: FieldSaveOptions<TRecord, TValue>): FieldSave<TRecord, TValue> {
  const [pending, setPending] = useState<Pending<TRecord, TValue> | null>(null);
  const quietRetries = useRef(0);
  const mutation = useMutation({
    mutationFn: ({ value, base }: { value: TValue; base: TRecord }) => write(value, base),
  });

  const onConflict = (value: TValue, base: TRecord, current: TRecord) => {
    const theirs = current[field];
    // The other window typed the same: nothing is left to save.
    if (isSameValue(theirs, value)) {
      quietRetries.current = 0;
      onSaved?.(current);
      return;
    }
    // It changed something else: this field's edit goes on top of it.
    if (isSameValue(theirs, base[field]) && quietRetries.current < MAX_QUIET_RETRIES) {
      quietRetries.current += 1;
      save(value, current);
      return;
    }
    quietRetries.current = 0;
    setPending({ value, base, current });
  };
  // The promise, not mutate's callbacks: those are dropped when the field that saved unmounts.
  const save = (value: TValue, base: TRecord): void => {
    mutation.mutateAsync({ value, base }).then(
      (saved) => {
        quietRetries.current = 0;
        onSaved?.(saved);
      },
      (error: unknown) => {
        if (isRevisionConflict(error) && error.current !== undefined) {
          onConflict(value, base, error.current as TRecord);
          return;
        }
        quietRetries.current = 0;
        onError(error);
      },
    );
  };

  const conflict: RecordConflict | null = pending && {
    ...summarizeConflict(
      entity,
      mergeFields<Fields>(
        { [field]: pending.base[field] },
        { [field]: pending.value },
        { [field]: pending.current[field] },
      ),
      { [field]: pending.value },
      { [field]: pending.current[field] },
    ),
    keepMine: () => {
      setPending(null);
      save(pending.value, pending.current);
    },
    takeTheirs: () => {
      setPending(null);
      onTakeTheirs?.(pending.current);
    },
    // One field, changed on both sides: the merge is the side chosen for it.
    merge: (choices) => {
      setPending(null);
      if (choices[field] === 'theirs') onTakeTheirs?.(pending.current);
      else save(pending.value, pending.current);
    },
    dismiss: () => {
      setPending(null);
      onBackToEditing?.(pending.value, pending.base);
    },
  };

  return { save, isPending: mutation.isPending, conflict };
}
