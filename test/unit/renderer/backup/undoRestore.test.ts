import { beforeEach, describe, expect, it } from 'vitest';
import { createBackup } from '@shared/backup';
import { createBrowserAutoBackups } from '../../../../renderer/src/db/browserAutoBackups';
import { exportAllData, restoreBackup } from '../../../../renderer/src/db/repositories/backup';
import { createTeam, listTeams } from '../../../../renderer/src/db/repositories/teams';
import { takeSafetyBackup } from '../../../../renderer/src/features/backup/autoBackup';
import { undoRestore } from '../../../../renderer/src/features/backup/backupMutations';
import { desktopApi } from '../../../../renderer/src/lib/desktopApi';
import { openFreshDb, teamInput } from '../db/builders';

beforeEach(async () => {
  openFreshDb();
  await createBrowserAutoBackups().clear();
});

describe('undoing a restore', () => {
  it('puts back exactly the data the safety backup took, which is kept as a backup too', async () => {
    await createTeam(teamInput('Payments'));
    await createTeam(teamInput('Data'));
    const original = await exportAllData();
    const incoming = await createBackup(
      { ...original, teams: original.teams.filter((t) => t.name === 'Data') },
      '0.1.0',
    );

    const before = await takeSafetyBackup('before-restore');
    await restoreBackup(incoming, 'replace');
    expect((await listTeams()).map((t) => t.name)).toEqual(['Data']);

    await undoRestore(before);
    expect(await exportAllData()).toEqual(original);
    const listed = await desktopApi().backupListAuto();
    expect(listed.ok && listed.data.map((b) => b.reason)).toEqual(['before-restore']);
  });
});
