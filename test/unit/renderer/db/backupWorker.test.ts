import { beforeEach, describe, expect, it } from 'vitest';
import { checksumOf, readBackup } from '@shared/backup';
import { buildBackupOffThread } from '../../../../renderer/src/db/backupWorker';
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
  });
});
