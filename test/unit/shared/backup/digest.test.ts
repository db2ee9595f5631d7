import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../../shared/backup/checksum';
import { canonicalJsonWithDigests, digestData, textDigest } from '../../../../shared/backup/digest';
import { BACKUP_TABLES, type BackupData } from '../../../../shared/backup/fileFormat';
import { diffBackup } from '../../../../shared/backup/plan';
import { backupDataArb } from './arbitraries';

/** `data` with every row's keys in reverse order: the same rows, written otherwise. */
function reordered(data: BackupData): BackupData {
  const copy = {} as Record<string, unknown[]>;
  for (const table of BACKUP_TABLES) {
    copy[table] = (data[table] as readonly Record<string, unknown>[]).map((row) =>
      Object.fromEntries(Object.entries(row).reverse()),
    );
  }
  return copy as unknown as BackupData;
}

describe('row digests', () => {
  it('writes exactly the canonical JSON while digesting, with the digests taken apart', () => {
    fc.assert(
      fc.property(backupDataArb, (data) => {
        const written = canonicalJsonWithDigests(reordered(data));
        expect(written.json).toBe(canonicalJson(data));
        expect(written.digests).toEqual(digestData(data));
      }),
      { numRuns: 60 },
    );
  });

  it('gives equal rows equal digests however their keys are ordered, and changed rows others', () => {
    fc.assert(
      fc.property(backupDataArb, (data) => {
        const same = diffBackup(data, reordered(data), 'replace');
        expect(same.hasChanges).toBe(false);
        const team = data.teams[0];
        if (!team) return;
        const renamed = { ...data, teams: [{ ...team, name: `${team.name} (renamed)` }] };
        const plan = diffBackup(data, renamed, 'merge');
        expect(plan.tables.teams.updated).toBe(1);
        expect(plan.teams.find((t) => t.id === team.id)?.change).toBe('updated');
      }),
      { numRuns: 60 },
    );
  });

  it('tells texts apart that differ in one character, wherever it is', () => {
    const text = 'x'.repeat(300);
    const digests = new Set([textDigest(text)]);
    for (let i = 0; i < text.length; i += 1) {
      digests.add(textDigest(`${text.slice(0, i)}y${text.slice(i + 1)}`));
    }
    expect(digests.size).toBe(text.length + 1);
  });
});
