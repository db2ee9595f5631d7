import { digestData, type BackupDigests } from '@shared/backup/digest';
import { readBackup, type ReadBackupResult } from '@shared/backup/read';
import type { ImportTarget } from '@shared/domain/planImport';
import {
  previewPlanFile,
  type PlanPreview,
  type PlanPreviewProgress,
} from '@shared/domain/planPreview';

/*
 * The work that reads whole files: parsing and coaching a plan CSV, reading and checking a
 * backup. Pure, so it runs the same in the worker (`worker.ts`) and, where there are no workers
 * (jsdom tests), inline.
 */

/** A job for the file worker. */
export type OffThreadTask =
  | { kind: 'preview-plan'; content: string; target: ImportTarget }
  | {
      kind: 'read-backup';
      text: string;
      /** Also digest every row, for the restore preview (see `digest.ts`). */
      digests?: boolean;
    };

/** A backup read, with its rows' digests when they were asked for. */
export type ReadBackupTaskResult = ReadBackupResult & { digests?: BackupDigests };

/** What a job gives back. */
export type OffThreadResult<T extends OffThreadTask> = T extends { kind: 'preview-plan' }
  ? PlanPreview
  : ReadBackupTaskResult;

/** How far a job has got; a backup is read in one step. */
export type OffThreadProgress = PlanPreviewProgress;

/** Runs one job; `onProgress` hears how far it has got. */
export async function runTask(
  task: OffThreadTask,
  onProgress: (progress: OffThreadProgress) => void,
): Promise<PlanPreview | ReadBackupTaskResult> {
  switch (task.kind) {
    case 'preview-plan':
      return previewPlanFile(task.content, task.target, onProgress);
    case 'read-backup':
      onProgress({ phase: 'reading', fraction: 0 });
      return readBackupTask(task.text, task.digests === true);
  }
}

async function readBackupTask(text: string, digests: boolean): Promise<ReadBackupTaskResult> {
  const result = await readBackup(text);
  // Digested here, beside the reading, so the preview never turns the rows into text itself.
  return digests && result.ok ? { ...result, digests: digestData(result.file.data) } : result;
}
