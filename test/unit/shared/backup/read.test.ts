import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checksumOf } from '../../../../shared/backup/checksum';
import { BACKUP_VERSION, backupFileSchema } from '../../../../shared/backup/fileFormat';
import { MIGRATIONS, migrateData } from '../../../../shared/backup/migrations';
import { PROBLEMS } from '../../../../shared/backup/problems';
import { checkBackupData, readBackup } from '../../../../shared/backup/read';
import { fullBackupDataArb } from './arbitraries';
import { CORRUPTIONS, fileOf, pickArb } from './corruptions';

const FIXTURES = fileURLToPath(new URL('../../../fixtures/backups/', import.meta.url));
const fixture = (name: string) => readFile(`${FIXTURES}${name}`, 'utf8');

async function problemOf(text: string): Promise<string> {
  const read = await readBackup(text);
  if (read.ok) throw new Error('Expected the backup to be rejected');
  return read.problem;
}

describe('readBackup on real backups', () => {
  it('reads the current format and summarises it', async () => {
    const read = await readBackup(await fixture('v1-realistic.json'));
    if (!read.ok) throw new Error(read.problem);
    expect(backupFileSchema.parse(read.file)).toEqual(read.file);
    expect(read.summary).toMatchObject({
      formatVersion: 1,
      appVersion: '0.1.0',
      createdAt: '2027-02-01T10:00:00.000Z',
      teams: [
        { name: 'Payments Platform', quarters: ['2027-Q1', '2027-Q2'] },
        { name: 'Search Relevance', quarters: ['2027-Q1'] },
      ],
      counts: { teams: 2, cycles: 3, objectives: 3, keyResults: 4, checkIns: 3, wizardDrafts: 1 },
    });
  });

  it('reads a quarter retro saved before the headline and asks existed as empty ones', async () => {
    const text = await fixture('v1-realistic.json');
    const raw = JSON.parse(text) as { data: { cycleRetros: Record<string, unknown>[] } };
    expect(raw.data.cycleRetros[0]).not.toHaveProperty('headline');
    const read = await readBackup(text);
    if (!read.ok) throw new Error(read.problem);
    expect(read.file.data.cycleRetros[0]).toMatchObject({ headline: '', asks: '' });
  });

  it('upgrades format 0 to the current format', async () => {
    const text = await fixture('v0-minimal.json');
    const read = await readBackup(text);
    if (!read.ok) throw new Error(read.problem);
    expect(read.summary.formatVersion).toBe(0);
    expect(read.file.formatVersion).toBe(BACKUP_VERSION);
    expect(read.file.data.objectives.map((o) => o.acknowledgements)).toEqual([[]]);
    expect(read.file.data.keyResults.map((k) => k.weight)).toEqual([1, 1]);
    expect(read.file.data.wizardDrafts).toEqual([]);
    // Rows keep everything they had: the upgrade only adds what format 0 lacked.
    const raw = JSON.parse(text) as { data: { keyResults: Record<string, unknown>[] } };
    expect(read.file.data.keyResults[0]).toMatchObject(raw.data.keyResults[0] ?? {});
    // The upgraded file carries a checksum of its upgraded data.
    expect(read.file.checksum).toBe(await checksumOf(read.file.data));
  });

  it('upgrades format 1 to the current format: the workshop kit starts empty', async () => {
    const text = await fixture('v1-realistic.json');
    const read = await readBackup(text);
    if (!read.ok) throw new Error(read.problem);
    expect(read.summary.formatVersion).toBe(1);
    expect(read.file.formatVersion).toBe(BACKUP_VERSION);
    const raw = JSON.parse(text) as { data: Record<string, unknown[]> };
    // Every row comes through; fields added since format 1 take their defaults.
    for (const [table, rows] of Object.entries(raw.data)) {
      expect(read.file.data[table as keyof typeof read.file.data], table).toMatchObject(rows);
    }
    expect(read.file.data.workshops).toEqual([]);
    expect(read.file.data.effortEntries).toEqual([]);
    expect(read.summary.counts).toMatchObject({ workshops: 0, workshopCards: 0, effortEntries: 0 });
  });

  it('reads a format-2 backup with a whole workshop in it', async () => {
    const read = await readBackup(await fixture('v2-workshop.json'));
    if (!read.ok) throw new Error(read.problem);
    expect(read.summary.formatVersion).toBe(2);
    expect(read.summary.counts).toMatchObject({
      workshops: 1,
      workshopParticipants: 4,
      workshopClusters: 2,
      workshopCards: 5,
      workshopBallots: 4,
      confidenceRounds: 1,
      confidenceVotes: 4,
      effortEntries: 1,
    });
  });

  it('rejects a card whose cluster is not in the backup', async () => {
    const file = JSON.parse(await fixture('v2-workshop.json')) as {
      checksum: string;
      data: { workshopCards: Record<string, unknown>[] };
    };
    file.data.workshopCards[0]!.clusterId = 'no-such-cluster';
    file.checksum = await checksumOf(file.data);
    expect(await problemOf(JSON.stringify(file))).toBe(
      "Workshop card 1 (data.workshopCards[0].clusterId): workshop cluster 'no-such-cluster' is not in this backup.",
    );
  });

  it('has an upgrade step for every older format', () => {
    for (let v = 0; v < BACKUP_VERSION; v += 1) expect(MIGRATIONS[v]).toBeTypeOf('function');
    expect(() => migrateData(-1, BACKUP_VERSION, {})).toThrow('no upgrade from format -1');
  });

  it('upgrade steps leave what they do not recognise to validation', () => {
    const odd = { objectives: 'nope', keyResults: [null, 3] };
    expect(migrateData(0, 1, odd)).toEqual({ ...odd, wizardDrafts: [] });
    const kit = { workshops: 'nope', workshopCards: [null] };
    expect(migrateData(1, 2, kit)).toMatchObject({ ...kit, effortEntries: [] });
  });
});

const HOSTILE: Record<string, string> = {
  'empty.txt': PROBLEMS.empty,
  'null.json': PROBLEMS.noMarker,
  'array.json': PROBLEMS.noMarker,
  'truncated.txt': PROBLEMS.notJson,
  'not-a-backup.csv': PROBLEMS.notJson,
  'wrong-format.json': PROBLEMS.noMarker,
  'tampered.json': PROBLEMS.checksum,
  'future-version.json': PROBLEMS.future(99),
  'version-as-text.json': PROBLEMS.noVersion,
  'bad-checksum-field.json': 'Backup header (checksum): expected 64 lowercase hex digits.',
  'kr-target-abc.json': 'Key result 3 (data.keyResults[2].target): expected a number.',
  'orphan-check-in.json':
    "Check-in 1 (data.checkIns[0].keyResultId): key result 'no-such-key-result' is not in this backup.",
  'duplicate-team-id.json': 'Team 2 (data.teams[1].id): the id',
  'missing-table.json': "Table 'keyResults' (data.keyResults): is missing.",
  'two-retros-one-kr.json': 'Key result retro 2 (data.keyResultRetros[1].keyResultId): key result',
  'proto-pollution.json': "forbidden key '__proto__' (at data.wizardDrafts[0].draft.__proto__)",
};

describe('readBackup on hostile files', () => {
  it.each(Object.entries(HOSTILE))(
    'rejects %s with a clear one-line message',
    async (name, why) => {
      const problem = await problemOf(await fixture(`hostile/${name}`));
      expect(problem).toContain(why);
      expect(problem).not.toContain('\n');
      expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    },
  );

  it('names a schema problem in words and counts the rest', async () => {
    const file = JSON.parse(await fixture('v1-realistic.json')) as {
      checksum: string;
      data: { teams: Record<string, unknown>[] };
    };
    file.data.teams = file.data.teams.map((t) => ({ ...t, name: 'x'.repeat(121) }));
    file.checksum = await checksumOf(file.data);
    expect(await problemOf(JSON.stringify(file))).toBe(
      'Team 1 (data.teams[0].name): Team name must be at most 120 characters (and 1 more problem).',
    );
  });

  it('rejects absurd nesting without overflowing the stack', async () => {
    const deep = `{"format":"quarterdeck-backup","formatVersion":1,"data":${'['.repeat(5000)}${']'.repeat(5000)}}`;
    expect(await problemOf(deep)).toContain('nested too deeply');
  });

  it('rejects a format version older than any it can read', async () => {
    expect(await problemOf('{"format":"quarterdeck-backup","formatVersion":-1}')).toBe(
      PROBLEMS.tooOld(-1),
    );
  });

  it('names what it cannot read, and never fails inside, whatever the damage', async () => {
    const good = await fixture('v1-realistic.json');
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
          fc
            .tuple(fc.nat(good.length - 1), fc.string({ maxLength: 3 }))
            .map(([at, junk]) => good.slice(0, at) + junk + good.slice(at + 1)),
        ),
        async (text) => {
          const read = await readBackup(text);
          if (read.ok) return;
          expect(read.problem).toMatch(/^[^\n]+\.$/);
          // An exception inside the reader would surface as "could not be read": a bug, not
          // a problem with the file.
          expect(read.problem).not.toMatch(/^This backup could not be read/);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('readBackup on one targeted corruption of a valid backup', () => {
  it('reaches every check', () => {
    const checks = new Set(CORRUPTIONS.map((c) => c.check));
    expect([...checks].sort()).toEqual(
      ['checksum', 'header', 'integrity', 'schema', 'shape', 'text'].sort(),
    );
  });

  it.each(CORRUPTIONS.map((c) => [c.name, c] as const))(
    'reports %s exactly',
    async (_, corruption) => {
      await fc.assert(
        fc.asyncProperty(fullBackupDataArb, pickArb, async (data, pick) => {
          const { text, problem } = await corruption.apply(await fileOf(data), pick);
          const read = await readBackup(text);
          expect(read).toEqual({ ok: false, problem });
          expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
        }),
        { numRuns: 15 },
      );
    },
  );

  it('accepts the same backups undamaged', async () => {
    await fc.assert(
      fc.asyncProperty(fullBackupDataArb, async (data) => {
        const read = await readBackup(JSON.stringify(await fileOf(data)));
        expect(read.ok).toBe(true);
      }),
      { numRuns: 15 },
    );
  });
});

describe('checkBackupData', () => {
  it('reports problems with the path they have in a file', () => {
    expect(checkBackupData({ teams: [] })).toEqual({
      ok: false,
      problem: expect.stringMatching(/^Table 'levels' \(data\.levels\): is missing/),
    });
  });
});
