import type { EntityKind } from '@shared/domain/revisions';

/*
 * What a save hook hands a record form, apart from the form itself: the mutations import these
 * from here, so a screen that saves (the check-ins home) does not load the form library too.
 */

/**
 * What a form's save receives: the record the edit is based on (as loaded, or as last saved) and
 * the valid input. A save of an existing record passes its version to the repository, which
 * refuses it with a `RevisionConflictError` if the record has moved on since.
 */
export type SaveRequest<TRecord, TInput> = { record: TRecord | undefined; input: TInput };

/** What a record form needs of a per-feature save hook's mutation (e.g. `useSaveTeam()`). */
export type SaveMutation<TRecord, TInput, TSaved> = {
  mutateAsync: (request: SaveRequest<TRecord, TInput>) => Promise<TSaved>;
  isPending: boolean;
  error: Error | null;
  /** What kind of record it saves, so notices and the conflict prompt can name it. */
  entity?: EntityKind | undefined;
};

/** A save hook's mutation that names the kind of record it saves (see {@link SaveMutation}). */
export function savesRecord<M extends object>(
  entity: EntityKind,
  mutation: M,
): M & {
  entity: EntityKind;
} {
  return { ...mutation, entity };
}
