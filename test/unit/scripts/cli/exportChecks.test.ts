import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checksumOf } from '../../../../shared/backup/checksum';
import {
  serializeBackup,
  type BackupData,
  type BackupFile,
} from '../../../../shared/backup/fileFormat';
import { PROBLEMS } from '../../../../shared/backup/problems';
import { readBackup } from '../../../../shared/backup/read';
import { ROOT, run } from './helpers';

/*
 * `export` checks the whole file (marker, checksum, no prototype keys or absurd nesting, every
 * table a list of rows) but only the exported quarter's rows (and the links of its team's other
 * key results, which the review's history follows) against the schemas and each other: a broken row there is refused exactly as `validate` names it.
 * Each check runs on a file laid out as this build writes it (which export reads a part at a
 * time) and on one laid out otherwise (read whole).
 */

const PAYMENTS = ['--team', 'Payments Platform', '--quarter', '2027-Q1', '--format', 'md'];
const PAYMENTS_NEXT = ['--team', 'Payments Platform', '--quarter', '2027-Q2', '--format', 'md'];
const SEARCH = ['--team', 'Search Relevance', '--quarter', '2027-Q1', '--format', 'md'];
let dir = '';
let data: BackupData;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'quarterdeck-cli-export-checks-'));
  const text = await readFile(join(ROOT, 'test/fixtures/backups/v1-realistic.json'), 'utf8');
  const read = await readBackup(text);
  if (!read.ok) throw new Error(read.problem);
  data = read.file.data;
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

type Raw = Record<string, unknown> & { data: Record<string, unknown> };

/** How a backup's text is laid out: as this build writes it, or with other key orders. */
type Layout = 'as written' | 'other';

/** A backup of the fixture's data after `damage`, sealed with a matching checksum unless not. */
async function backupWith(
  layout: Layout,
  name: string,
  damage: (data: Record<string, unknown[]>) => void,
  seal = true,
): Promise<string> {
  const damaged = structuredClone(data) as unknown as Record<string, unknown[]>;
  const checksum = await checksumOf(data);
  damage(damaged);
  const file: Raw = {
    format: 'quarterdeck-backup',
    formatVersion: 3,
    appVersion: '0.1.0',
    createdAt: '2027-02-01T10:00:00.000Z',
    checksum: seal ? await checksumOf(damaged) : checksum,
    data: damaged,
  };
  const path = join(dir, `${name}-${layout.replace(' ', '-')}.json`);
  const text =
    layout === 'as written' ? serializeBackup(file as unknown as BackupFile) : JSON.stringify(file);
  await writeFile(path, text);
  return path;
}

/** Search Relevance's one quarter, as a row of `rows`. */
function searchQuarterOf(rows: Record<string, unknown[]>): Record<string, unknown> {
  const team = data.teams.find((t) => t.name === 'Search Relevance');
  return rows.cycles!.find((c) => (c as { teamId: string }).teamId === team?.id) as Record<
    string,
    unknown
  >;
}

/** Payments Platform's quarter `label`, as a row of `rows`. */
function paymentsQuarterOf(
  rows: Record<string, unknown[]>,
  label: string,
): Record<string, unknown> {
  const team = data.teams.find((t) => t.name === 'Payments Platform');
  return rows.cycles!.find((c) => {
    const cycle = c as { teamId: string; label: string };
    return cycle.teamId === team?.id && cycle.label === label;
  }) as Record<string, unknown>;
}

/** Payments Platform's first key result of 2027-Q1: history when 2027-Q2 is exported. */
function paymentsEarlierKeyResult(rows: Record<string, unknown[]>): Record<string, unknown> {
  const team = data.teams.find((t) => t.name === 'Payments Platform');
  const earlier = data.cycles.find((c) => c.label === '2027-Q1' && c.teamId === team?.id);
  return rows.keyResults!.find((r) => (r as { cycleId: string }).cycleId === earlier?.id) as Record<
    string,
    unknown
  >;
}

/** The index in the file of Search Relevance's first check-in (a team with one quarter). */
function searchCheckIn(rows: Record<string, unknown[]>): Record<string, unknown> {
  const searchQuarter = data.cycles.find((c) => c.label === '2027-Q1' && c.teamId.endsWith('2'));
  const row = rows.checkIns!.find(
    (r) => (r as { cycleId: string }).cycleId === searchQuarter?.id,
  ) as Record<string, unknown>;
  return row;
}

describe.each<Layout>(['as written', 'other'])(
  'export reads the whole backup (laid out %s) but checks the exported quarter row by row',
  (layout) => {
    it('refuses a broken row of the exported quarter, named where it is in the file', async () => {
      const path = await backupWith(layout, 'bad-row', (rows) => {
        searchCheckIn(rows).value = 'lots';
      });
      const exported = await run('export', path, ...SEARCH, '--out', join(dir, 'search.md'));
      expect(exported.code).toBe(2);
      // The same one line as `validate` gives, with the row's place among all the file's rows.
      const validated = await run('validate', path);
      expect(validated.code).toBe(2);
      expect(exported.stderr).toBe(validated.stderr);
      expect(exported.stderr).toMatch(/data\.checkIns\[\d+\]\.value/);
    });

    it("still exports another team's quarter, whose rows are sound", async () => {
      const path = await backupWith(layout, 'bad-row-elsewhere', (rows) => {
        searchCheckIn(rows).value = 'lots';
      });
      const out = join(dir, 'payments.md');
      const r = await run('export', path, ...PAYMENTS, '--out', out);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(await readFile(out, 'utf8')).toMatch(/^# Payments Platform: 2027-Q1/);
    });

    it("reads only the links of the team's earlier key results: a bad title there is not read", async () => {
      const path = await backupWith(layout, 'bad-history-title', (rows) => {
        paymentsEarlierKeyResult(rows).title = '';
      });
      expect((await run('validate', path)).code).toBe(2);
      const out = join(dir, 'payments-next.md');
      const r = await run('export', path, ...PAYMENTS_NEXT, '--out', out);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(await readFile(out, 'utf8')).toMatch(/^# Payments Platform: 2027-Q2/);
    });

    it("refuses a bad link in the team's earlier key results as validate names it", async () => {
      const path = await backupWith(layout, 'bad-history-link', (rows) => {
        paymentsEarlierKeyResult(rows).carriedFromKeyResultId = 42;
      });
      const exported = await run('export', path, ...PAYMENTS_NEXT, '--out', join(dir, 'p2.md'));
      expect(exported.code).toBe(2);
      expect(exported.stderr).toBe((await run('validate', path)).stderr);
      expect(exported.stderr).toMatch(/data\.keyResults\[\d+\]\.carriedFromKeyResultId/);
    });

    it("does not read another team's quarters: a bad one there is not read", async () => {
      const path = await backupWith(layout, 'bad-other-quarter', (rows) => {
        searchQuarterOf(rows).label = 'Q5 of 2027';
      });
      expect((await run('validate', path)).code).toBe(2);
      const r = await run('export', path, ...PAYMENTS, '--out', join(dir, 'p3.md'));
      expect(r).toMatchObject({ code: 0, stderr: '' });
    });

    it("refuses a quarter that follows another team's quarter as validate names it", async () => {
      const path = await backupWith(layout, 'follows-other-team', (rows) => {
        paymentsQuarterOf(rows, '2027-Q2').previousCycleId = searchQuarterOf(rows).id;
      });
      const exported = await run('export', path, ...PAYMENTS_NEXT, '--out', join(dir, 'p4.md'));
      expect(exported.code).toBe(2);
      expect(exported.stderr).toBe((await run('validate', path)).stderr);
      expect(exported.stderr).toMatch(/data\.cycles\[\d+\]\.teamId/);
    });

    it('refuses a prototype key anywhere in the file, even in a quarter not exported', async () => {
      const path = await backupWith(layout, 'proto', (rows) => {
        const row = searchCheckIn(rows);
        Object.defineProperty(row, '__proto__', { value: { polluted: true }, enumerable: true });
      });
      const r = await run('export', path, ...PAYMENTS, '--out', join(dir, 'p.md'));
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/__proto__/);
    });

    it('refuses a file whose data does not match its checksum', async () => {
      const path = await backupWith(
        layout,
        'edited',
        (rows) => {
          searchCheckIn(rows).note = 'edited by hand';
        },
        false,
      );
      const r = await run('export', path, ...PAYMENTS, '--out', join(dir, 'p.md'));
      expect(r).toMatchObject({ code: 2, stderr: `quarterdeck: ${path}: ${PROBLEMS.checksum}\n` });
    });

    it('refuses a table that is not a list of rows', async () => {
      const path = await backupWith(layout, 'not-a-list', (rows) => {
        (rows as Record<string, unknown>).templates = { id: 'x' };
      });
      const r = await run('export', path, ...PAYMENTS, '--out', join(dir, 'p.md'));
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/data\.templates/);
    });
  },
);
