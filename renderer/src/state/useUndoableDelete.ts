import { useMutation } from '@tanstack/react-query';
import { useToastStore } from './toastStore';
import { type DeletionSnapshot, restoreSnapshot } from '../db/repositories/common';
import { errorMessage } from '../lib/formErrors';

/**
 * Deletes at once and offers Undo (button or Ctrl+Z) instead of asking "are you sure?":
 * the deletion's snapshot is restored in one transaction.
 */
export function useUndoableDelete(remove: (id: string) => Promise<DeletionSnapshot>) {
  const show = useToastStore((s) => s.show);
  return useMutation({
    mutationFn: remove,
    onSuccess: (snapshot) =>
      show({
        tone: 'info',
        message: `${snapshot.label} deleted.`,
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
      show({ tone: 'error', message: `Could not delete: ${errorMessage(error)}` }),
  });
}
