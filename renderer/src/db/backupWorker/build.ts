import { canonicalRowsJson, type BackupDigests } from '@shared/backup/digest';
import { BackupFileWriter } from '@shared/backup/fileBytes';
import { FILE_TABLE_ORDER } from '@shared/backup/fileLayout';
import { sizeProblem } from '@shared/files/textFile';
import type { QuarterdeckDb } from '../schema';
import type { RowsRead } from '../repositories/backup';
import { readTablesInParts } from './readTables';

/**
 * How the file comes back: as text (to keep as an automatic backup), as UTF-8 bytes (to save as a
 * file; handed over without a copy and without encoding the text on the UI thread), or as a Blob
 * of those bytes, made off the UI thread, for a browser's database to keep by reference (storing
 * bytes there, or making the Blob on the UI thread, is a long task for a large workspace).
 */
export type BackupOutput = 'text' | 'bytes' | 'blob';

/** What to build: the app's version, the moment the backup is dated, and in what form. */
export interface BuildBackupRequest<O extends BackupOutput = BackupOutput> {
  appVersion: string;
  /** ISO timestamp. */
  now: string;
  output: O;
  /** Also digest every row, for the restore preview (see `digest.ts`). */
  digests?: boolean;
}

/** A whole backup file, built from one consistent read of every table. */
export interface BuiltBackup<O extends BackupOutput = 'text'> {
  /** The file, compact, as `writeBackup` lays it out: its text, its UTF-8 bytes or their Blob. */
  file: O extends 'bytes' ? Uint8Array : O extends 'blob' ? Blob : string;
  /** The checksum of its data (to tell whether anything changed since the last backup). */
  checksum: string;
  /** True when every table is empty. */
  empty: boolean;
  /** Every row's digest, when the request asked for them. */
  digests?: BackupDigests;
}

/**
 * Reads every table in one transaction and writes the backup file as the rows arrive: the
 * tables are read in the order the file holds them, a part at a time, and each part is
 * serialised (canonical JSON) and encoded into the file's bytes while the database reads the
 * next; at the end the data is hashed once, natively. Runs in the backup worker (`worker.ts`),
 * or inline where there are no workers. Throws, in words a person can read, for a file too
 * large to read back.
 */
export async function buildBackup<O extends BackupOutput>(
  db: QuarterdeckDb,
  request: BuildBackupRequest<O>,
  onProgress?: (progress: RowsRead) => void,
): Promise<BuiltBackup<O>> {
  const writer = new BackupFileWriter(request.appVersion, new Date(request.now), {
    keepText: request.output === 'text',
  });
  const digests = request.digests ? ({} as BackupDigests) : null;
  const rows = await readTablesInParts(
    db,
    FILE_TABLE_ORDER,
    (table, part) => {
      const tableDigests = digests ? (digests[table] ??= []) : undefined;
      writer.writeRows(table, canonicalRowsJson(table, part, tableDigests));
    },
    onProgress,
  );
  const written = await writer.finish();
  // A file the app could not read back is no backup: refuse it here, as the file doors would.
  const problem = sizeProblem(written.bytes.byteLength);
  if (problem) throw new Error(problem);
  const file =
    request.output === 'bytes'
      ? written.bytes
      : request.output === 'blob'
        ? new Blob([written.bytes], { type: 'application/json' })
        : written.text;
  return {
    file: file as BuiltBackup<O>['file'],
    checksum: written.header.checksum,
    empty: rows === 0,
    ...(digests && { digests }),
  };
}
