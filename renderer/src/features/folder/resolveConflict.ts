import { mergeFields, resolveFields, type Fields, type MergeSide } from '@shared/sync/merge';
import {
  baseAfterResolving,
  stampOver,
  type Row,
  type RowConflict,
} from '@shared/sync/workspaceMerge';
import { db } from '../../db/repositories/common';
import { folderSyncStore } from '../../db/folderSyncStore';

/** How a person settled a conflict: one side whole, or field by field. */
export type Resolution =
  | { kind: 'mine' }
  | { kind: 'theirs' }
  | { kind: 'merge'; choices: Readonly<Record<string, MergeSide>> };

/** Thrown when the row changed here again since the conflict was found: sync, then choose. */
export class ConflictMovedOnError extends Error {
  constructor() {
    super('This record changed again since; Quarterdeck synced again, so look once more.');
  }
}

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
): Promise<void> {
  const d = db();
  const table = d.table(conflict.table);
  const isOtherRow = conflict.theirs.id !== conflict.mine.id;
  await d.transaction('rw', d.tables, async () => {
    const current = (await table.get(conflict.mine.id)) as Row | undefined;
    if (
      !current ||
      current.revision !== conflict.mine.revision ||
      current.updatedAt !== conflict.mine.updatedAt
    ) {
      throw new ConflictMovedOnError();
    }
    if (isOtherRow && resolution.kind === 'theirs') {
      // Two rows for what may exist once (the same retro answered on both laptops): theirs stays.
      await table.delete(conflict.mine.id);
      await table.put(conflict.theirs);
      return;
    }
    await table.put(stampOver(resolvedContent(conflict, resolution), current, conflict.theirs));
  });
  if (source === 'folder') {
    await folderSyncStore.saveBase(baseAfterResolving(await folderSyncStore.loadBase(), conflict));
    const left = (await folderSyncStore.loadConflicts()).filter(
      (c) => !isSameConflict(c, conflict),
    );
    await folderSyncStore.saveConflicts(left);
  } else {
    const left = (await folderSyncStore.loadFileConflicts()).filter(
      (c) => !isSameConflict(c, conflict),
    );
    await folderSyncStore.saveFileConflicts(left);
  }
}

export const isSameConflict = (a: RowConflict, b: RowConflict): boolean =>
  a.table === b.table && a.mine.id === b.mine.id && a.theirs.id === b.theirs.id;
