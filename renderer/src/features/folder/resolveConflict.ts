import { emptyBackupData } from '@shared/backup/fileFormat';
import { mergeFields, resolveFields, type Fields, type MergeSide } from '@shared/sync/merge';
import { baseAfterResolving, type Row, type RowConflict } from '@shared/sync/workspaceMerge';
import { writeResolution } from '../../db/repositories/folderSync';
import { folderSyncStore, type FolderSyncStore } from '../../db/folderSyncStore';

/** How a person settled a conflict: one side whole, or field by field. */
export type Resolution =
  | { kind: 'mine' }
  | { kind: 'theirs' }
  | { kind: 'merge'; choices: Readonly<Record<string, MergeSide>> };

const CONTENT_ONLY = (row: Row): Fields => {
  const { id: _id, revision: _revision, updatedAt: _updatedAt, ...content } = row;
  return content;
};

/** The row's content once resolved. */
export function resolvedContent(conflict: RowConflict, resolution: Resolution): Fields {
  const mine = CONTENT_ONLY(conflict.mine);
  const theirs = CONTENT_ONLY(conflict.theirs);
  if (resolution.kind === 'mine') return mine;
  if (resolution.kind === 'theirs') return theirs;
  const merge = mergeFields(conflict.base ? CONTENT_ONLY(conflict.base) : {}, mine, theirs);
  return resolveFields(merge, resolution.choices);
}

/**
 * Writes a resolution into the database (compared with the row the conflict was found on, so a
 * newer edit is never overwritten), and, for the folder, records their row as agreed so the
 * next sync writes the resolved row out instead of asking again.
 */
export async function resolveConflict(
  conflict: RowConflict,
  resolution: Resolution,
  source: 'folder' | 'file',
  store: FolderSyncStore = folderSyncStore,
): Promise<void> {
  const isOtherRow = conflict.theirs.id !== conflict.mine.id;
  await writeResolution(
    conflict,
    isOtherRow && resolution.kind === 'theirs'
      ? 'their-row'
      : resolvedContent(conflict, resolution),
  );
  if (source === 'folder') {
    await store.saveBase(
      baseAfterResolving((await store.loadBase()) ?? emptyBackupData(), conflict),
    );
    const left = (await store.loadConflicts()).filter((c) => !isSameConflict(c, conflict));
    await store.saveConflicts(left);
  } else {
    const left = (await store.loadFileConflicts()).filter((c) => !isSameConflict(c, conflict));
    await store.saveFileConflicts(left);
  }
}

export const isSameConflict = (a: RowConflict, b: RowConflict): boolean =>
  a.table === b.table && a.mine.id === b.mine.id && a.theirs.id === b.theirs.id;
