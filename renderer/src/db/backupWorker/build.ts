import { BACKUP_TABLES } from '@shared/backup/fileFormat';
import { writeBackup } from '@shared/backup/write';
import { sizeProblem } from '@shared/files/textFile';
import type { QuarterdeckDb } from '../schema';
import { exportAllData } from '../repositories/backup';

/** What to build: the app's version and the moment the backup is dated. */
export interface BuildBackupRequest {
  appVersion: string;
  /** ISO timestamp. */
  now: string;
}

/** A whole backup file, built from one consistent read of every table. */
export interface BuiltBackup {
  /** The file's text, compact, as `writeBackup` lays it out. */
  text: string;
  /** The checksum of its data (to tell whether anything changed since the last backup). */
  checksum: string;
  /** True when every table is empty. */
  empty: boolean;
}

/**
 * Reads every table in one transaction and writes the backup file: one serialisation, one
 * encoding, one hash. Runs in the backup worker (`worker.ts`), or inline where there are no
 * workers. Throws, in words a person can read, for a file too large to read back.
 */
export async function buildBackup(
  db: QuarterdeckDb,
  request: BuildBackupRequest,
): Promise<BuiltBackup> {
  const data = await exportAllData(db);
  const written = await writeBackup(data, request.appVersion, new Date(request.now));
  // A file the app could not read back is no backup: refuse it here, as the file doors would.
  const problem = sizeProblem(written.byteLength);
  if (problem) throw new Error(problem);
  return {
    text: written.text,
    checksum: written.header.checksum,
    empty: BACKUP_TABLES.every((table) => data[table].length === 0),
  };
}
