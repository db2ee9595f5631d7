import { useMutation } from '@tanstack/react-query';
import { versionOf } from '@shared/domain/revisions';
import type { Cluster } from '@shared/domain/workshop';
import { useToastStore } from '../../../state/toastStore';
import {
  addCluster,
  clusterFromCard,
  deleteCard,
  deleteCluster,
  mergeCard,
  moveCard,
  renameCluster,
  unmergeCard,
} from '../../../db/repositories/workshopBoard';
import { useFieldSave } from '../../../lib/forms/useFieldSave';
import { useErrorToast } from '../useErrorToast';
import { useUndoableDelete } from '../../../state/useUndoableDelete';

/**
 * The board's writes, each reporting a failure in a toast; deletions and merges can be undone. A
 * rename that met one saved elsewhere asks; going back to editing from that question hands the
 * typed title to `onRenameBackToEditing`.
 */
export function useBoardActions(
  workshopId: string,
  onRenameBackToEditing?: (title: string, base: Cluster) => void,
) {
  const show = useToastStore((s) => s.show);
  const onError = useErrorToast();
  const move = useMutation({
    mutationFn: ({ cardId, clusterId }: { cardId: string; clusterId: string | null }) =>
      moveCard(cardId, clusterId),
    onError,
  });
  const newCluster = useMutation({ mutationFn: clusterFromCard, onError });
  const emptyCluster = useMutation({ mutationFn: () => addCluster(workshopId, ''), onError });
  // A rename names the version it was typed over: one saved elsewhere meanwhile is asked about.
  const rename = useFieldSave({
    entity: 'cluster',
    field: 'title',
    write: (title: string, base: Cluster) => renameCluster(base.id, title, versionOf(base)),
    onBackToEditing: onRenameBackToEditing,
    onError,
  });
  const merge = useMutation({
    mutationFn: ({ cardId, intoId }: { cardId: string; intoId: string; label: string }) =>
      mergeCard(cardId, intoId),
    onSuccess: (_, { cardId, label }) =>
      show({
        tone: 'info',
        message: `Merged “${label}” as a duplicate.`,
        undo: async () => {
          await unmergeCard(cardId);
        },
      }),
    onError,
  });
  const unmerge = useMutation({ mutationFn: unmergeCard, onError });
  const removeCard = useUndoableDelete(deleteCard);
  const removeCluster = useUndoableDelete(deleteCluster);
  return { move, newCluster, emptyCluster, rename, merge, unmerge, removeCard, removeCluster };
}

export type BoardActions = ReturnType<typeof useBoardActions>;
