import { useMutation } from '@tanstack/react-query';
import { deletedWhat } from '@shared/domain/deletion';
import { type DeletionSnapshot, restoreSnapshot } from '../db/repositories/common';
import { errorMessage } from '../lib/formErrors';
import { useToastStore } from './toastStore';

/** How to name what was deleted, and how to put it back. */
export type Undo<T> = {
  label: (deleted: T) => string;
  restore: (deleted: T) => Promise<void>;
};

/** Undo for the repositories' deletions: their snapshot is restored in one transaction. */
const SNAPSHOT_UNDO: Undo<DeletionSnapshot> = {
  label: (snapshot) => deletedWhat(snapshot.label, snapshot.went),
  restore: restoreSnapshot,
};

/**
 * Deletes at once and offers Undo (button or Ctrl+Z) instead of asking "are you sure?": the
 * repository's deletion snapshot is restored in one transaction.
 */
export function useUndoableDelete(remove: (id: string) => Promise<DeletionSnapshot>) {
  return useDeleteWithUndo(remove, SNAPSHOT_UNDO);
}

/**
 * {@link useUndoableDelete} for a deletion that brings back what it removed its own way (a
 * template). Every deletion with undo goes through here, so they all read and behave the same.
 */
export function useDeleteWithUndo<T>(remove: (id: string) => Promise<T>, undo: Undo<T>) {
  const show = useToastStore((s) => s.show);
  return useMutation({
    mutationFn: remove,
    onSuccess: (deleted) =>
      show({
        tone: 'info',
        message: `${undo.label(deleted)} deleted.`,
        undo: async () => {
          try {
            await undo.restore(deleted);
            show({ tone: 'info', message: `${undo.label(deleted)} restored.` });
          } catch (error) {
            show({ tone: 'error', message: `Could not undo: ${errorMessage(error)}` });
          }
        },
      }),
    onError: (error) =>
      show({ tone: 'error', message: `Could not delete: ${errorMessage(error)}` }),
  });
}

/**
 * A change that a repository can take back from its snapshot (moving a team to another level):
 * done at once, with Undo, like a deletion. `run`'s snapshot holds the rows as they were.
 */
export function useUndoableChange<A>(run: (arg: A) => Promise<DeletionSnapshot>) {
  const show = useToastStore((s) => s.show);
  return useMutation({
    mutationFn: run,
    onSuccess: (snapshot) =>
      show({
        tone: 'info',
        message: `${snapshot.label} changed.`,
        undo: async () => {
          try {
            await restoreSnapshot(snapshot);
            show({ tone: 'info', message: `${snapshot.label} restored.` });
          } catch (error) {
            show({ tone: 'error', message: `Could not undo: ${errorMessage(error)}` });
          }
        },
      }),
    onError: (error) =>
      show({ tone: 'error', message: `Could not change: ${errorMessage(error)}` }),
  });
}
