import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, checksumOf, sha256Hex } from '../../../../shared/backup/checksum';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  backupDataSchema,
  backupFileName,
  type BackupData,
  createBackup,
  serializeBackup,
} from '../../../../shared/backup/fileFormat';
import { readBackup } from '../../../../shared/backup/read';
import { backupDataArb } from './arbitraries';

const NOW = new Date('2027-02-01T10:00:00.000Z');

describe('checksum', () => {
  it('is the standard SHA-256', async () => {
    expect(await sha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(await sha256Hex('')).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
  });

  it('does not depend on key order', async () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: null }] })).toBe('{"a":[{"c":null,"d":2}],"b":1}');
    expect(await checksumOf({ b: 1, a: 'x' })).toBe(await checksumOf({ a: 'x', b: 1 }));
  });

  it('treats a value exactly as JSON does', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(canonicalJson(JSON.parse(JSON.stringify(value)))).toBe(canonicalJson(value));
      }),
    );
  });
});

describe('createBackup', () => {
  it('writes the header fields first, then data as its canonical JSON, compact', async () => {
    const data = backupDataSchema.parse(fc.sample(backupDataArb, { numRuns: 1, seed: 7 })[0]);
    const file = await createBackup(data, '0.1.0', NOW);
    expect(file).toMatchObject({
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_VERSION,
      appVersion: '0.1.0',
      createdAt: '2027-02-01T10:00:00.000Z',
      checksum: await checksumOf(data),
    });
    const text = serializeBackup(file);
    expect(
      text.startsWith(
        `{"format":"quarterdeck-backup","formatVersion":${BACKUP_VERSION},"appVersion"`,
      ),
    ).toBe(true);
    expect(text).toBe(
      `{"format":"quarterdeck-backup","formatVersion":${BACKUP_VERSION},"appVersion":"0.1.0",` +
        `"createdAt":"2027-02-01T10:00:00.000Z","checksum":"${file.checksum}",` +
        `"data":${canonicalJson(data)}}\n`,
    );
    expect(backupFileName(NOW)).toBe('quarterdeck-backup-2027-02-01.json');
  });

  it('round-trips any valid data through the file text', async () => {
    await fc.assert(
      fc.asyncProperty(backupDataArb, async (data) => {
        expect(backupDataSchema.safeParse(data).success).toBe(true);
        const read = await readBackup(serializeBackup(await createBackup(data, '0.1.0', NOW)));
        if (!read.ok) throw new Error(read.problem);
        expect(read.file.data).toEqual(data);
        expect(read.summary.counts.keyResults).toBe(data.keyResults.length);
      }),
      { numRuns: 150 },
    );
  });

  it('reads rows saved before revisions existed as revision 0, and keeps the revisions it has', async () => {
    await fc.assert(
      fc.asyncProperty(backupDataArb, fc.boolean(), async (data, isOld) => {
        // An older build wrote no revision at all: strip it from every row that has one.
        const written = isOld ? withoutRevisions(data) : data;
        const read = await readBackup(serializeBackup(await createBackup(written, '0.1.0', NOW)));
        if (!read.ok) throw new Error(read.problem);
        expect(read.file.data).toEqual(isOld ? withRevisionsZero(data) : data);
      }),
      { numRuns: 60 },
    );
  });

  it('refuses a revision that is not a whole count, naming the row and field', async () => {
    const data = backupDataSchema.parse(
      fc.sample(
        backupDataArb.filter((d) => d.keyResults.length > 0),
        { numRuns: 1, seed: 11 },
      )[0],
    );
    for (const revision of [-1, 1.5, '3']) {
      const keyResults = data.keyResults.map((kr, i) => (i === 0 ? { ...kr, revision } : kr));
      const tampered = { ...data, keyResults } as unknown as typeof data;
      const read = await readBackup(serializeBackup(await createBackup(tampered, '0.1.0', NOW)));
      expect(read).toEqual({
        ok: false,
        problem: expect.stringContaining('Key result 1 (data.keyResults[0].revision)'),
      });
    }
  });

  it('rejects any one changed value in a file', async () => {
    await fc.assert(
      fc.asyncProperty(
        backupDataArb.filter((d) => d.teams.length > 0),
        fc.nat(),
        async (data, pick) => {
          const file = await createBackup(data, '0.1.0', NOW);
          const team = data.teams[pick % data.teams.length];
          if (!team) return;
          const tampered = {
            ...file,
            data: {
              ...data,
              teams: data.teams.map((t) => (t === team ? { ...t, name: `${t.name}!` } : t)),
            },
          };
          const read = await readBackup(serializeBackup(tampered));
          expect(read).toEqual({ ok: false, problem: expect.stringContaining('checksum') });
        },
      ),
      { numRuns: 50 },
    );
  });
});

type Rows = Record<string, Record<string, unknown>[]>;

/** The data as a build before revisions wrote it: no row has a revision. */
function withoutRevisions(data: BackupData): BackupData {
  const rows = data as unknown as Rows;
  return Object.fromEntries(
    Object.entries(rows).map(([table, list]) => [
      table,
      list.map(({ revision: _revision, ...row }) => row),
    ]),
  ) as unknown as BackupData;
}

/** The data as read back from an older file: every row that has a revision at 0. */
function withRevisionsZero(data: BackupData): BackupData {
  const rows = data as unknown as Rows;
  return Object.fromEntries(
    Object.entries(rows).map(([table, list]) => [
      table,
      // Only the tables whose rows carry a revision (not drafts).
      list.map((row) => ('revision' in row ? { ...row, revision: 0 } : row)),
    ]),
  ) as unknown as BackupData;
}
