import { beforeEach, describe, expect, it } from 'vitest';
import {
  createBackup,
  readBackup,
  serializeBackup,
  type BackupData,
  type BackupFile,
} from '@shared/backup';
import { getDb } from '../../../../renderer/src/db/database';
import {
  exportAllData,
  planRestore,
  restoreBackup,
} from '../../../../renderer/src/db/repositories/backup';
import { createCycle } from '../../../../renderer/src/db/repositories/cycles';
import { createKeyResult } from '../../../../renderer/src/db/repositories/keyResults';
import { createObjective } from '../../../../renderer/src/db/repositories/objectives';
import { createTeam, deleteTeam } from '../../../../renderer/src/db/repositories/teams';
import realisticText from '../../../fixtures/backups/v1-realistic.json?raw';
import {
  addCheckIn,
  addCycleRetro,
  addDependency,
  addKeyResultRetro,
  addWizardDraft,
  addWorkshopKit,
  dumpDb,
  keyResultInput,
  objectiveInput,
  openFreshDb,
  quarterInput,
  rejectionOf,
  teamInput,
} from './builders';

const NOW = new Date('2027-02-01T10:00:00.000Z');

beforeEach(() => {
  openFreshDb();
});

/** A team with one quarter holding a row in every table. */
async function seedTeam(name: string) {
  const team = await createTeam(teamInput(name));
  const cycle = await createCycle(team.id, quarterInput());
  const objective = await createObjective(cycle.id, objectiveInput(`${name} objective`));
  const kr = await createKeyResult(objective.id, keyResultInput(`${name} KR`));
  await addCheckIn(kr);
  await addKeyResultRetro(kr);
  await addCycleRetro(cycle);
  await addDependency(cycle, { objectiveId: objective.id, keyResultId: kr.id });
  await addWizardDraft(cycle);
  await addWorkshopKit(cycle, kr);
  return { team, cycle, objective, kr };
}

/** Exports the database and reads it back as the app would from a file. */
async function backupNow(): Promise<BackupFile> {
  const read = await readBackup(
    serializeBackup(await createBackup(await exportAllData(), '0.1.0', NOW)),
  );
  if (!read.ok) throw new Error(read.problem);
  return read.file;
}

describe('backup and restore', () => {
  it('replace brings back exactly what was backed up', async () => {
    const { team } = await seedTeam('Payments Platform');
    await seedTeam('Search Relevance');
    const before = await dumpDb();
    const file = await backupNow();

    await deleteTeam(team.id);
    await createTeam(teamInput('Made after the backup'));
    await restoreBackup(file, 'replace');

    expect(await dumpDb()).toEqual(before);
  });

  it('replace over the same workspace rewrites only what changed, and ends exactly as the backup', async () => {
    const { team, kr } = await seedTeam('Payments Platform');
    await seedTeam('Search Relevance');
    const before = await dumpDb();
    const file = await backupNow();
    // Changed, removed, added rows; a value JSON would write as the backup's text but that is
    // not the same value; and the KR's retro moved to a new id (a unique index between them).
    await getDb().teams.update(team.id, { name: 'Renamed after the backup' });
    await getDb().checkIns.clear();
    await createTeam(teamInput('Made after the backup'));
    const cycle = file.data.cycles[0]!;
    await getDb().cycles.put({
      ...cycle,
      createdAt: new Date(cycle.createdAt) as unknown as string,
    });
    await getDb().keyResultRetros.where('keyResultId').equals(kr.id).delete();
    await addKeyResultRetro(kr);
    const written: string[] = [];
    getDb().tables.forEach((table) =>
      table.hook('creating', () => {
        written.push(table.name);
      }),
    );

    await restoreBackup(file, 'replace');

    expect(await dumpDb()).toEqual(before);
    // Unchanged rows were left where they were: only what differed was written again.
    expect(written.sort()).toEqual(
      ['checkIns', 'checkIns', 'cycles', 'keyResultRetros', 'teams'].sort(),
    );
  });

  it('restores a backup file into an empty database', async () => {
    const read = await readBackup(realisticText);
    if (!read.ok) throw new Error(read.problem);
    await restoreBackup(read.file, 'replace');
    expect(await exportAllData()).toEqual(read.file.data);
    expect(
      await getDb().keyResults.where('cycleId').equals(read.file.data.cycles[0]!.id).count(),
    ).toBe(3);
  });

  it('merge overwrites rows by id and keeps rows only this computer has', async () => {
    const { team } = await seedTeam('Payments Platform');
    const file = await backupNow();
    await getDb().teams.update(team.id, { name: 'Renamed locally' });
    const local = await seedTeam('Local Only');

    await restoreBackup(file, 'merge');

    expect((await getDb().teams.get(team.id))?.name).toBe('Payments Platform');
    expect(await getDb().teams.get(local.team.id)).toEqual(local.team);
    expect(await getDb().keyResults.get(local.kr.id)).toEqual(local.kr);
    expect(await getDb().keyResults.count()).toBe(2);
  });

  it('merge replaces a local retro the backup gives to the same KR under another id', async () => {
    const { kr } = await seedTeam('Payments Platform');
    const file = await backupNow();
    await getDb().keyResultRetros.clear();
    const local = await addKeyResultRetro(kr);

    await restoreBackup(file, 'merge');

    const retros = await getDb().keyResultRetros.toArray();
    expect(retros).toEqual(file.data.keyResultRetros);
    expect(retros.map((r) => r.id)).not.toContain(local.id);
  });

  it.each(['replace', 'merge'] as const)(
    'a %s that fails half-way leaves the database exactly as it was',
    async (mode) => {
      await seedTeam('Payments Platform');
      const file = await backupNow();
      await seedTeam('Local Only');
      const before = await dumpDb();
      const [retro] = file.data.keyResultRetros;
      // Two retros for one KR break the unique index: the write fails after clearing tables.
      const broken: BackupFile = {
        ...file,
        data: {
          ...file.data,
          keyResultRetros: [...file.data.keyResultRetros, { ...retro!, id: 'second-retro' }],
        },
      };

      const error = await rejectionOf(restoreBackup(broken, mode));

      expect(error.name).toMatch(/ConstraintError|BulkError/);
      expect(await dumpDb()).toEqual(before);
    },
  );
});

describe('planRestore', () => {
  it('counts what replace and merge would change, per table and per team', async () => {
    const { team, kr } = await seedTeam('Payments Platform');
    const file = await backupNow();
    await getDb().keyResults.update(kr.id, { title: 'Edited after the backup' });
    const local = await seedTeam('Local Only');

    const replace = await planRestore(file, 'replace');
    expect(replace.tables.keyResults).toEqual({ added: 0, updated: 1, unchanged: 0, removed: 1 });
    expect(replace.tables.teams).toEqual({ added: 0, updated: 0, unchanged: 1, removed: 1 });
    expect(replace.teams).toEqual([
      { id: local.team.id, name: 'Local Only', change: 'removed' },
      { id: team.id, name: 'Payments Platform', change: 'updated' },
    ]);

    const merge = await planRestore(file, 'merge');
    expect(merge.tables.keyResults).toEqual({ added: 0, updated: 1, unchanged: 0, removed: 0 });
    expect(merge.teams.find((t) => t.id === local.team.id)?.change).toBe('kept');
    expect(merge.hasChanges).toBe(true);
  });

  it('finds nothing to do right after a backup', async () => {
    await seedTeam('Payments Platform');
    const plan = await planRestore(await backupNow(), 'merge');
    expect(plan.hasChanges).toBe(false);
  });

  it('exports every table', async () => {
    const { team } = await seedTeam('Payments Platform');
    const at = team.createdAt;
    await getDb().levels.add({
      id: team.id,
      teamId: team.id,
      kind: 'organisation',
      groupId: null,
      createdAt: at,
      updatedAt: at,
    });
    const read = await readBackup(realisticText);
    if (!read.ok) throw new Error(read.problem);
    await getDb().templates.bulkAdd(read.file.data.templates);
    const data: BackupData = await exportAllData();
    expect(Object.keys(data).sort()).toEqual(
      getDb()
        .tables.map((t) => t.name)
        .sort(),
    );
    for (const rows of Object.values(data)) expect(rows).toHaveLength(1);
  });
});
