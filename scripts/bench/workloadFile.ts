import { createBackup, serializeBackup } from '../../shared/backup/fileFormat';
import { checkBackupData } from '../../shared/backup/read';
import { generateWorkload, type WorkloadShape, type WorkloadTarget } from './workload';

/** When every generated backup says it was made, so the file's bytes never change. */
export const WORKLOAD_CREATED_AT = new Date('2026-12-01T09:00:00.000Z');

export interface WorkloadFile {
  /** The backup file's text, exactly as the app would write it. */
  text: string;
  checksum: string;
  target: WorkloadTarget;
  checkIns: number;
}

/**
 * A generated workspace as a backup file, written by the project's own backup code. The rows
 * are checked first with the same rules a restore applies, so a schema change that the
 * generator does not follow fails here, loudly, rather than in the middle of a measurement.
 */
export async function buildWorkloadFile(
  shape: WorkloadShape,
  appVersion: string,
): Promise<WorkloadFile> {
  const { data, target } = generateWorkload(shape);
  const checked = checkBackupData(data);
  if (!checked.ok)
    throw new Error(`The generated workload is not a valid backup: ${checked.problem}`);
  const file = await createBackup(checked.data, appVersion, WORKLOAD_CREATED_AT);
  return {
    text: serializeBackup(file),
    checksum: file.checksum,
    target,
    checkIns: data.checkIns.length,
  };
}
