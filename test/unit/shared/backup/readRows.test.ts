import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateWorkload } from '../../../../scripts/bench/workload';
import {
  createBackup,
  serializeBackup,
  type BackupData,
  type BackupTable,
} from '../../../../shared/backup/fileFormat';
import { readBackup } from '../../../../shared/backup/read';
import { readBackupRows, type RowPicker } from '../../../../shared/backup/readRows';
import { fullBackupDataArb } from './arbitraries';
import { CORRUPTIONS, fileOf, pickArb } from './corruptions';

/*
 * `readBackupRows` reads a file laid out as this build writes it a part at a time, and any other
 * file whole. Both must give the same rows, and refuse a damaged file with the same words as
 * `readBackup`.
 */

const NOW = new Date('2027-02-01T10:00:00.000Z');

/** The file as this build writes it: compact, `data` as canonical JSON. */
async function written(data: BackupData): Promise<string> {
  return serializeBackup(await createBackup(data, '0.1.0', NOW));
}

/** The same file pretty-printed, as an earlier build wrote it: only ever read whole. */
async function prettyPrinted(data: BackupData): Promise<string> {
  return JSON.stringify(await createBackup(data, '0.1.0', NOW), null, 2);
}

const keepAll: RowPicker = () => () => true;

/** The first team's rows and every check-in of its quarters, as a picker sees them. */
const firstTeamOnly: RowPicker = ({ teams, cycles }) => {
  const team = teams[0]?.id;
  const ids = new Set(cycles.filter((c) => c.teamId === team).map((c) => c.id));
  return (table: BackupTable, row) =>
    table === 'teams' || table === 'cycles' ? true : ids.has(row.cycleId);
};

/** The first quarter's key results whole, the others' only for their links. */
const firstQuarterWhole: RowPicker = ({ cycles }) => {
  const first = cycles[0]?.id;
  return (table, row) => {
    if (table === 'teams' || table === 'cycles') return true;
    if (table === 'keyResults') return row.cycleId === first || 'links';
    return table === 'objectives' && row.cycleId === first;
  };
};

/** A workspace whose check-in table is several parts long (a part is about 100 KB). */
const large = generateWorkload({
  teams: 2,
  quarters: 6,
  objectivesPerQuarter: 3,
  keyResultsPerObjective: 3,
  checkInsPerKeyResult: 13,
}).data;

describe('readBackupRows', () => {
  it('gives the rows of a large file read in parts as the same file read whole', async () => {
    const text = await written(large);
    expect(JSON.stringify(large.checkIns).length).toBeGreaterThan(2 * 256 * 1024);
    for (const pick of [keepAll, firstTeamOnly]) {
      const inParts = await readBackupRows(text, pick);
      const whole = await readBackupRows(await prettyPrinted(large), pick);
      expect(inParts.ok).toBe(true);
      expect(inParts).toEqual(whole);
    }
    const all = await readBackupRows(text, keepAll);
    const read = await readBackup(text);
    if (!all.ok || !read.ok) throw new Error('Expected the backup to be read');
    expect(all.data).toEqual(read.file.data);
  });

  it('reads rows whose inner objects begin as a row does, and table names used as keys', async () => {
    // Wizard drafts hold anything: inner objects keyed like a draft's first key, and the names
    // of the tables that follow, in a table long enough to be read in parts.
    const cycleId = large.cycles[0]!.id;
    const wizardDrafts = Array.from({ length: 800 }, (_, i) => ({
      id: `setting:${i}`,
      wizard: 'setting',
      cycleId,
      step: 1,
      draft: {
        items: [
          { cycleId, note: 'x'.repeat(300) },
          { cycleId, note: `${i}` },
        ],
        workshops: [],
        workshopCards: [{ cycleId }],
      },
      updatedAt: '2027-01-04T09:00:00.000Z',
    }));
    const data: BackupData = { ...large, wizardDrafts };
    const text = await written(data);
    for (const pick of [keepAll, firstTeamOnly]) {
      expect(await readBackupRows(text, pick)).toEqual(
        await readBackupRows(await prettyPrinted(data), pick),
      );
    }
    const all = await readBackupRows(text, keepAll);
    if (!all.ok) throw new Error(all.problem);
    expect(all.data.wizardDrafts).toEqual(wizardDrafts);
  });

  it.each(CORRUPTIONS.map((c) => [c.name, c] as const))(
    'refuses %s with the words readBackup uses',
    async (_, corruption) => {
      await fc.assert(
        fc.asyncProperty(fullBackupDataArb, pickArb, async (data, pick) => {
          const { text, problem } = await corruption.apply(await fileOf(data), pick);
          expect(await readBackupRows(text, keepAll)).toEqual({ ok: false, problem });
        }),
        { numRuns: 10 },
      );
    },
  );

  it('refuses a damaged row deep in a large file read in parts as readBackup does', async () => {
    const damaged = structuredClone(large) as unknown as Record<string, Record<string, unknown>[]>;
    damaged.checkIns![1000]!.confidence = 'high';
    const text = await written(damaged as unknown as BackupData);
    const read = await readBackup(text);
    if (read.ok) throw new Error('Expected the backup to be refused');
    expect(read.problem).toMatch(/^Check-in 1001 \(data\.checkIns\[1000\]\.confidence\)/);
    expect(await readBackupRows(text, keepAll)).toEqual({ ok: false, problem: read.problem });
  });

  it.each([
    ['lists', (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`],
    ['objects', (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`],
  ])(
    'refuses %s nested too deeply in one row of a large flat table as readBackup does',
    async (_, nested) => {
      const text = await written(large);
      // A check-in has no object or list inside: one deep value in the 1001st, sealed again.
      const at = text.indexOf('{"blockers":', text.indexOf('"checkIns":'));
      let row = at;
      for (let i = 0; i < 1000; i += 1) row = text.indexOf('{"blockers":', row + 1);
      const damagedData = JSON.parse(text) as { data: Record<string, Record<string, unknown>[]> };
      expect(text.slice(at, row).length).toBeGreaterThan(2 * 100 * 1024);
      damagedData.data.checkIns![1000]!.note = JSON.parse(nested(70)) as unknown;
      const damaged = await written(damagedData.data as unknown as BackupData);
      const read = await readBackup(damaged);
      if (read.ok) throw new Error('Expected the backup to be refused');
      expect(read.problem).toMatch(/nested too deeply \(at data\.checkIns\[1000\]\.note/);
      expect(await readBackupRows(damaged, keepAll)).toEqual({ ok: false, problem: read.problem });
      expect(await readBackupRows(damaged, firstTeamOnly)).toEqual({
        ok: false,
        problem: read.problem,
      });
    },
  );

  it('keeps rows picked for their links cut to their ids, in both layouts', async () => {
    const first = large.cycles[0]!.id;
    const others = large.keyResults.filter((kr) => kr.cycleId !== first);
    for (const text of [await written(large), await prettyPrinted(large)]) {
      const read = await readBackupRows(text, firstQuarterWhole);
      if (!read.ok) throw new Error(read.problem);
      expect(read.data.keyResults.every((kr) => kr.cycleId === first)).toBe(true);
      expect(read.links.keyResults).toEqual(
        others.map(({ id, objectiveId, cycleId, carriedFromKeyResultId }) => ({
          id,
          objectiveId,
          cycleId,
          carriedFromKeyResultId,
        })),
      );
    }
  });

  it('checks only the links of a row picked for them, and names a bad link as readBackup does', async () => {
    const at = large.keyResults.findIndex((kr) => kr.cycleId !== large.cycles[0]!.id);
    const damaged = structuredClone(large) as unknown as Record<string, Record<string, unknown>[]>;
    damaged.keyResults![at]!.title = '';
    const untitled = await written(damaged as unknown as BackupData);
    expect((await readBackup(untitled)).ok).toBe(false);
    expect((await readBackupRows(untitled, firstQuarterWhole)).ok).toBe(true);

    damaged.keyResults![at]!.carriedFromKeyResultId = 42;
    const text = await written(damaged as unknown as BackupData);
    const read = await readBackup(text);
    if (read.ok) throw new Error('Expected the backup to be refused');
    expect(await readBackupRows(text, firstQuarterWhole)).toEqual({
      ok: false,
      problem: read.problem,
    });
  });
});
