import { beforeEach, describe, expect, it } from 'vitest';
import { BACKUP_TABLES, checksumOf, readBackup } from '@shared/backup';
import { digestData } from '@shared/backup/digest';
import { backupFileBytes, writeBackup } from '@shared/backup/write';
import { buildBackupOffThread, type RowsRead } from '../../../../renderer/src/db/backupWorker';
import { ROWS_PER_READ } from '../../../../renderer/src/db/backupWorker/readTables';
import { getDb } from '../../../../renderer/src/db/database';
import { generateWorkload } from '../../../../scripts/bench/workload';
import { exportAllData } from '../../../../renderer/src/db/repositories/backup';
import { createTeam } from '../../../../renderer/src/db/repositories/teams';
import { openFreshDb, teamInput } from './builders';

const NOW = '2027-02-01T10:00:00.000Z';

beforeEach(() => {
  openFreshDb();
});

describe('a backup built for the backup worker (inline here: jsdom has no workers)', () => {
  it('writes a file that reads back as the data, with the checksum of the data', async () => {
    await createTeam(teamInput('Payments'));
    const built = await buildBackupOffThread({ appVersion: '0.1.0', now: NOW, output: 'text' });
    const read = await readBackup(built.file);
    if (!read.ok) throw new Error(read.problem);
    expect(read.file.data).toEqual(await exportAllData());
    expect(read.file.createdAt).toBe(NOW);
    expect(built.checksum).toBe(await checksumOf(await exportAllData()));
    expect(built.empty).toBe(false);
  });

  it('gives the same file as bytes, and says when there is nothing to back up', async () => {
    const empty = await buildBackupOffThread({ appVersion: '0.1.0', now: NOW, output: 'text' });
    expect(empty.empty).toBe(true);
    await createTeam(teamInput('Payments'));
    const text = await buildBackupOffThread({ appVersion: '0.1.0', now: NOW, output: 'text' });
    const bytes = await buildBackupOffThread({ appVersion: '0.1.0', now: NOW, output: 'bytes' });
    expect(new TextDecoder().decode(bytes.file)).toBe(text.file);
    expect(bytes.checksum).toBe(text.checksum);
    // The form a browser keeps an automatic backup in: a Blob of the same bytes.
    const blob = await buildBackupOffThread({ appVersion: '0.1.0', now: NOW, output: 'blob' });
    expect(blob.file.size).toBe(bytes.file.byteLength);
    expect(await blobText(blob.file)).toBe(text.file);
    expect(blob.checksum).toBe(text.checksum);
  });

  it('reads a table larger than one read in parts: the same file, digests and a moving bar', async () => {
    // 8 quarters × 5 objectives × 4 key results × 13 = 2,080 check-ins: two reads.
    const { data } = generateWorkload({
      teams: 1,
      quarters: 8,
      objectivesPerQuarter: 5,
      keyResultsPerObjective: 4,
      checkInsPerKeyResult: 13,
    });
    expect(data.checkIns.length).toBeGreaterThan(ROWS_PER_READ);
    const db = getDb();
    await db.transaction('rw', db.tables, async () => {
      for (const table of BACKUP_TABLES) await db.table(table).bulkAdd(data[table]);
    });
    const progress: RowsRead[] = [];
    const built = await buildBackupOffThread(
      { appVersion: '0.1.0', now: NOW, output: 'bytes' },
      { digests: true, onProgress: (p) => progress.push(p) },
    );
    const stored = await exportAllData();
    expect(built.file).toEqual(backupFileBytes(await writeBackup(stored, '0.1.0', new Date(NOW))));
    expect(built.digests).toEqual(digestData(stored));
    const total = BACKUP_TABLES.reduce((sum, table) => sum + data[table].length, 0);
    // Counted before the first report; the bar moves within the check-ins too.
    expect(progress.every((p) => p.total === total)).toBe(true);
    expect(progress.at(-1)).toEqual({ rows: total, total });
    expect(progress).toContainEqual({ rows: ROWS_PER_READ, total });
    expect(progress.map((p) => p.rows)).toEqual(
      [...progress.map((p) => p.rows)].sort((a, b) => a - b),
    );
  });
});

/** A Blob's text, read the way jsdom can (its Blob has no `text()`). */
function blobText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsText(blob);
  });
}
