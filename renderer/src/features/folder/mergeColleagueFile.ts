import { emptyBackupData, type BackupData } from '@shared/backup/fileFormat';
import { mergeIntoDatabase, previewMerge, removeRows } from '../../db/repositories/folderSync';
import { TEAM_QUARTER_FORMAT, readTeamQuarterFile } from '@shared/folder/teamQuarterFile';
import type { TableRow, WorkspaceMerge } from '@shared/sync/workspaceMerge';
import { folderSyncStore } from '../../db/folderSyncStore';
import { runOffThread } from '../../lib/offThread/runOffThread';
import { isSameConflict } from './resolveConflict';

/*
 * Merging a colleague's file without a shared folder: after a workshop on two laptops, the other
 * laptop's backup or team-quarter file. There is no common base, so rows only they have are added,
 * rows only this laptop has stay, identical rows are left alone, and every row both have in
 * different versions waits for a person to choose, field by field. Nothing is deleted.
 */

/** A colleague's file read: its data, or the sentence that says why it cannot be merged. */
export type ReadColleagueFile = { ok: true; data: BackupData } | { ok: false; problem: string };

/** Reads a backup or a team-quarter file with the same checks as a restore or the folder. */
export async function readColleagueFile(text: string): Promise<ReadColleagueFile> {
  if (text.includes(`"${TEAM_QUARTER_FORMAT}"`)) {
    const read = readTeamQuarterFile(text);
    return read.ok ? { ok: true, data: read.data } : { ok: false, problem: `It ${read.problem}` };
  }
  const read = await runOffThread({ kind: 'read-backup', text });
  return read.ok ? { ok: true, data: read.file.data } : { ok: false, problem: read.problem };
}

/** What merging would do, for the preview. */
export interface FileMergePreview {
  added: TableRow[];
  conflicts: WorkspaceMerge['conflicts'];
}

const NO_BASE = emptyBackupData();

export async function previewFileMerge(theirs: BackupData): Promise<FileMergePreview> {
  const merge = await previewMerge(theirs);
  return { added: merge.puts, conflicts: merge.conflicts };
}

/**
 * Adds the rows only the file has (one transaction) and keeps the conflicts for a person; returns
 * the rows added, for Undo ({@link undoFileMerge}).
 */
export async function mergeColleagueFile(
  theirs: BackupData,
  fileName: string,
): Promise<FileMergePreview> {
  const { merge } = await mergeIntoDatabase(NO_BASE, theirs, { allowDeletions: false });
  const waiting = await folderSyncStore.loadFileConflicts();
  const fresh = merge.conflicts
    .filter((c) => !waiting.some((w) => isSameConflict(w, c)))
    .map((c) => ({ ...c, fileName }));
  await folderSyncStore.saveFileConflicts([...waiting, ...fresh]);
  return { added: merge.puts, conflicts: merge.conflicts };
}

/** Takes back what a merge added (its conflicts, still undecided, are dropped too). */
export async function undoFileMerge(merged: FileMergePreview): Promise<void> {
  await removeRows(merged.added);
  const waiting = await folderSyncStore.loadFileConflicts();
  await folderSyncStore.saveFileConflicts(
    waiting.filter((w) => !merged.conflicts.some((c) => isSameConflict(w, c))),
  );
}
