import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, checksumOf, sha256Hex } from '../../../../shared/backup/checksum';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  backupDataSchema,
  backupFileName,
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
  it('writes the header fields and pretty JSON', async () => {
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
        `{\n  "format": "quarterdeck-backup",\n  "formatVersion": ${BACKUP_VERSION},`,
      ),
    ).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
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
