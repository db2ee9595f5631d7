import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalRowsJson } from '../../../../shared/backup/digest';
import { BackupFileWriter } from '../../../../shared/backup/fileBytes';
import { FILE_TABLE_ORDER } from '../../../../shared/backup/fileLayout';
import { BACKUP_TABLES, type BackupData } from '../../../../shared/backup/fileFormat';
import { readBackup } from '../../../../shared/backup/read';
import { backupFileBytes, writeBackup } from '../../../../shared/backup/write';
import { backupDataArb } from './arbitraries';

const NOW = new Date('2027-02-01T10:00:00.000Z');

/** Writes `data` through the writer, each table's rows in parts of `partSize`. */
async function streamed(data: BackupData, partSize: number, appVersion = '0.1.0', capacity = 1) {
  const writer = new BackupFileWriter(appVersion, NOW, { keepText: true, capacity });
  for (const table of FILE_TABLE_ORDER) {
    const rows: readonly unknown[] = data[table];
    // An empty table is written as one empty part, or not at all: either way it is `[]`.
    if (rows.length === 0 && partSize % 2 === 0) writer.writeRows(table, '[]');
    for (let i = 0; i < rows.length; i += partSize) {
      writer.writeRows(table, canonicalRowsJson(table, rows.slice(i, i + partSize)));
    }
  }
  return writer.finish();
}

describe('a backup file written as it is read (BackupFileWriter)', () => {
  it('is byte for byte the file writeBackup writes, whatever the parts, with its checksum', async () => {
    await fc.assert(
      fc.asyncProperty(backupDataArb, fc.integer({ min: 1, max: 5 }), async (data, partSize) => {
        const expected = await writeBackup(data, '0.1.0', NOW);
        const written = await streamed(data, partSize);
        expect(written.header).toEqual(expected.header);
        expect(written.text).toBe(expected.text);
        expect(written.bytes).toEqual(backupFileBytes(expected));
        expect(written.bytes.byteLength).toBe(written.bytes.buffer.byteLength);
      }),
      { numRuns: 60 },
    );
  });

  it('grows past text beyond ASCII (a version, names, emoji) and reads back as the data', async () => {
    const [data] = fc.sample(
      backupDataArb.filter((d) => d.teams.length > 0),
      { seed: 7, numRuns: 1 },
    );
    if (!data) throw new Error('no sample');
    const accented = {
      ...data,
      teams: data.teams.map((team, i) => ({ ...team, name: `Équipe ${i} 🚀 — “ok”` })),
    };
    const expected = await writeBackup(accented, '1.0.0-β', NOW);
    const written = await streamed(accented, 1, '1.0.0-β');
    expect(written.bytes).toEqual(backupFileBytes(expected));
    const read = await readBackup(written.text ?? '', { sourceBytes: written.bytes });
    if (!read.ok) throw new Error(read.problem);
    expect(read.file.data).toEqual(accented);
  });

  it('refuses a table given after the ones it comes before', () => {
    const writer = new BackupFileWriter('0.1.0', NOW);
    writer.writeRows('teams', '[]');
    expect(() => writer.writeRows('checkIns', '[]')).toThrow(/checkIns came after teams/);
    expect([...FILE_TABLE_ORDER].sort()).toEqual([...BACKUP_TABLES].sort());
  });
});
