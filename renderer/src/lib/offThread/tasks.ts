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
  | { kind: 'read-backup'; text: string };

/** What a job gives back. */
export type OffThreadResult<T extends OffThreadTask> = T extends { kind: 'preview-plan' }
  ? PlanPreview
  : ReadBackupResult;

/** How far a job has got; a backup is read in one step. */
export type OffThreadProgress = PlanPreviewProgress;

/** Runs one job; `onProgress` hears how far it has got. */
export async function runTask(
  task: OffThreadTask,
  onProgress: (progress: OffThreadProgress) => void,
): Promise<PlanPreview | ReadBackupResult> {
  switch (task.kind) {
    case 'preview-plan':
      return previewPlanFile(task.content, task.target, onProgress);
    case 'read-backup':
      onProgress({ phase: 'reading', fraction: 0 });
      return readBackup(task.text);
  }
}
