import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { emptyBackupData, type BackupData } from '../../../../shared/backup/fileFormat';
import { diffBackup, mergeCollisions } from '../../../../shared/backup/plan';
import { readBackup } from '../../../../shared/backup/read';

const FIXTURE = fileURLToPath(
  new URL('../../../fixtures/backups/v1-realistic.json', import.meta.url),
);

async function realistic(): Promise<BackupData> {
  const read = await readBackup(await readFile(FIXTURE, 'utf8'));
  if (!read.ok) throw new Error(read.problem);
  return read.file.data;
}

const EMPTY: BackupData = emptyBackupData();

describe('diffBackup', () => {
  it('adds everything to an empty database', async () => {
    const data = await realistic();
    const plan = diffBackup(EMPTY, data, 'replace');
    expect(plan.tables.keyResults).toEqual({ added: 4, updated: 0, unchanged: 0, removed: 0 });
    expect(plan.teams.map((t) => [t.name, t.change])).toEqual([
      ['Payments Platform', 'added'],
      ['Search Relevance', 'added'],
    ]);
    expect(plan.hasChanges).toBe(true);
  });

  it('finds nothing to do when the database already holds the backup', async () => {
    const data = await realistic();
    const plan = diffBackup(data, data, 'merge');
    expect(plan.hasChanges).toBe(false);
    expect(plan.teams.every((t) => t.change === 'unchanged')).toBe(true);
  });

  it('tells replace from merge for rows only this computer has', async () => {
    const data = await realistic();
    const [payments, search] = data.teams;
    const local: BackupData = {
      ...data,
      teams: [...data.teams, { ...payments!, id: 'local-team', name: 'Local Only' }],
      keyResults: data.keyResults.map((k, i) => (i === 3 ? { ...k, title: 'Edited here' } : k)),
    };
    const replace = diffBackup(local, data, 'replace');
    expect(replace.tables.teams).toEqual({ added: 0, updated: 0, unchanged: 2, removed: 1 });
    expect(replace.tables.keyResults).toMatchObject({ updated: 1, unchanged: 3 });
    const change = (plan: typeof replace, id: string) =>
      plan.teams.find((t) => t.id === id)?.change;
    expect(change(replace, 'local-team')).toBe('removed');
    expect(change(replace, search!.id)).toBe('updated');
    expect(change(replace, payments!.id)).toBe('unchanged');

    const merge = diffBackup(local, data, 'merge');
    expect(merge.tables.teams.removed).toBe(0);
    expect(change(merge, 'local-team')).toBe('kept');
  });

  it('plans to drop a local retro that the backup gives to the same KR under another id', async () => {
    const data = await realistic();
    const retro = data.keyResultRetros[0]!;
    const local = { ...data, keyResultRetros: [{ ...retro, id: 'local-retro' }] };
    expect(mergeCollisions(local, data)).toEqual({ keyResultRetros: ['local-retro'] });
    const plan = diffBackup(local, data, 'merge');
    expect(plan.tables.keyResultRetros).toEqual({ added: 1, updated: 0, unchanged: 0, removed: 1 });
  });
});
