import { readFile } from 'node:fs/promises';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BackupData } from '../../../../shared/backup/fileFormat';
import { readBackup } from '../../../../shared/backup/read';
import {
  FOLDER_PROBLEMS,
  FOLDER_TABLES,
  LOCAL_TABLES,
  readTeamQuarterFile,
  splitWorkspace,
} from '../../../../shared/folder/teamQuarterFile';
import { joinFolder, planFolderWrite } from '../../../../shared/folder/workspaceFolder';
import { backupDataArb } from '../backup/arbitraries';

const REALISTIC = new URL('../../../fixtures/backups/v1-realistic.json', import.meta.url);

async function realistic(): Promise<BackupData> {
  const read = await readBackup(await readFile(REALISTIC, 'utf8'));
  if (!read.ok) throw new Error(read.problem);
  return read.file.data;
}

/** What a folder carries of a workspace: every quarter's rows, and the teams that have one. */
function carried(data: BackupData): Record<string, unknown[]> {
  const sortById = (rows: readonly { id: string }[]) =>
    [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));
  const withQuarter = new Set(data.cycles.map((c) => c.teamId));
  return Object.fromEntries(
    FOLDER_TABLES.map((t) => [
      t,
      sortById(t === 'teams' ? data.teams.filter((team) => withQuarter.has(team.id)) : data[t]),
    ]),
  );
}

const entriesOf = (files: Map<string, string>) =>
  [...files].map(([cycleId, text]) => ({ name: `${cycleId}.okrs.json`, text }));

describe('a workspace as one file per team and quarter', () => {
  it('reads back exactly what it wrote, for any workspace', () => {
    fc.assert(
      fc.property(backupDataArb, (data) => {
        const joined = joinFolder(entriesOf(splitWorkspace(data)));
        expect(joined.problems).toEqual([]);
        expect(carried(joined.data)).toEqual(carried(data));
        for (const table of LOCAL_TABLES) expect(joined.data[table]).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('writes the same bytes whatever order the rows come in, so only real changes show in a diff', () => {
    fc.assert(
      fc.property(backupDataArb, fc.integer(), (data, seed) => {
        const shuffled = Object.fromEntries(
          Object.entries(data).map(([t, rows]) => [
            t,
            [...(rows as unknown[])].sort(() =>
              (seed = (seed * 16807) % 2147483647) & 1 ? 1 : -1,
            ),
          ]),
        ) as BackupData;
        expect(splitWorkspace(shuffled)).toEqual(splitWorkspace(data));
      }),
      { numRuns: 40 },
    );
  });

  it('appends a new check-in at the end of its file and keeps every other line', async () => {
    const data = await realistic();
    const cycleId = data.cycles[0]!.id;
    const before = splitWorkspace(data).get(cycleId)!;
    const last = data.checkIns.filter((c) => c.cycleId === cycleId).at(-1)!;
    const added = {
      ...last,
      id: 'ffffffff-0000-4000-8000-000000000001',
      createdAt: '2027-03-30T10:00:00.000Z',
      updatedAt: '2027-03-30T10:00:00.000Z',
      date: '2027-03-30',
    };
    const after = splitWorkspace({ ...data, checkIns: [added, ...data.checkIns] }).get(cycleId)!;
    const beforeLines = before.split('\n');
    const afterLines = after.split('\n');
    // Every old line is still there, in order; the new lines sit together before the check-ins end.
    const firstNew = afterLines.findIndex((line, i) => line !== beforeLines[i]);
    const added_ = afterLines.length - beforeLines.length;
    expect(afterLines.slice(0, firstNew)).toEqual(beforeLines.slice(0, firstNew));
    expect(afterLines.slice(firstNew + added_)).toEqual(beforeLines.slice(firstNew));
    expect(afterLines.slice(firstNew, firstNew + added_).join('\n')).toContain(added.id);
    expect(
      afterLines
        .slice(firstNew + added_)
        .join('\n')
        .indexOf('"confidenceRounds"'),
    ).toBeGreaterThan(-1);
  });

  it('leaves templates and unsaved wizard drafts on the laptop', async () => {
    const text = [...splitWorkspace(await realistic()).values()].join('\n');
    expect(text).not.toContain('"templates"');
    expect(text).not.toContain('"wizardDrafts"');
  });
});

describe('reading a team-quarter file', () => {
  async function oneFile(): Promise<string> {
    return [...splitWorkspace(await realistic()).values()][0]!;
  }

  it('names git conflict markers and what to do', async () => {
    const text = (await oneFile()).replace(
      /("title": ".*",)\n/,
      '<<<<<<< HEAD\n$1\n=======\n    "title": "theirs",\n>>>>>>> origin/main\n',
    );
    expect(readTeamQuarterFile(text)).toEqual({ ok: false, problem: FOLDER_PROBLEMS.conflict });
  });

  it('refuses a half-written file instead of reading part of it', async () => {
    const text = await oneFile();
    expect(readTeamQuarterFile(text.slice(0, text.length / 2))).toEqual({
      ok: false,
      problem: FOLDER_PROBLEMS.notJson,
    });
  });

  it('asks for a newer app for a newer format', async () => {
    const json = JSON.parse(await oneFile());
    json.formatVersion = 9;
    expect(readTeamQuarterFile(JSON.stringify(json))).toEqual({
      ok: false,
      problem: FOLDER_PROBLEMS.future(9),
    });
  });

  it('applies the backup checks: ranges, links and hostile keys, naming the row', async () => {
    const json = JSON.parse(await oneFile());
    json.data.keyResults[0].target = 1e300;
    const read = readTeamQuarterFile(JSON.stringify(json));
    expect(read.ok).toBe(false);
    if (!read.ok)
      expect(read.problem).toMatch(
        /^holds a row Quarterdeck cannot use: Key result 1 \(data\.keyResults\[0\]\.target\)/,
      );

    const hostile = (await oneFile()).replace('"data": {', '"data": { "__proto__": { "x": 1 },');
    expect(readTeamQuarterFile(hostile).ok).toBe(false);

    const orphan = JSON.parse(await oneFile());
    orphan.data.keyResults[0].objectiveId = 'no-such-objective';
    expect(readTeamQuarterFile(JSON.stringify(orphan)).ok).toBe(false);
  });

  it('refuses a file that holds more than one quarter, or another laptop-only table', async () => {
    const data = await realistic();
    const files = [...splitWorkspace(data).values()].map((t) => JSON.parse(t));
    const two = files[0];
    two.data.cycles.push(files[1].data.cycles[0]);
    expect(readTeamQuarterFile(JSON.stringify(two))).toEqual({
      ok: false,
      problem: FOLDER_PROBLEMS.notOneQuarter,
    });
    const local = JSON.parse([...splitWorkspace(data).values()][0]!);
    local.data.templates = [];
    expect(readTeamQuarterFile(JSON.stringify(local))).toEqual({
      ok: false,
      problem: FOLDER_PROBLEMS.localTable('templates'),
    });
  });
});

describe('a whole folder', () => {
  it('loads every good file and names each bad one', async () => {
    const entries = entriesOf(splitWorkspace(await realistic()));
    const [first, second, ...rest] = entries;
    const joined = joinFolder([
      { name: 'a.okrs.json', text: `${first!.text.slice(0, 100)}` },
      second!,
      ...rest,
      { name: 'copy.okrs.json', text: second!.text },
    ]);
    expect(joined.problems).toEqual([
      { name: 'a.okrs.json', problem: FOLDER_PROBLEMS.notJson },
      {
        name: 'copy.okrs.json',
        problem: `holds the same quarter as ${second!.name}: keep one of the two files.`,
      },
    ]);
    expect(joined.quarters).toHaveLength(entries.length - 1);
    expect(joined.data.cycles.map((c) => c.id).sort()).toEqual(
      entries
        .slice(1)
        .map((e) => e.name.replace('.okrs.json', ''))
        .sort(),
    );
  });
});

describe('writing into a folder', () => {
  it('writes only what changed, moves a renamed team’s files and leaves other quarters alone', async () => {
    const data = await realistic();
    const first = planFolderWrite(data, []);
    expect(first.writes.map((w) => w.name).sort()).toEqual([
      'Payments-Platform-2027-Q1.okrs.json',
      'Payments-Platform-2027-Q2.okrs.json',
      'Search-Relevance-2027-Q1.okrs.json',
    ]);
    const folder = [
      ...first.writes,
      {
        name: 'Other-Team-2027-Q1.okrs.json',
        text: first.writes[0]!.text.replace(/"Payments Platform"/, '"Other Team"').replace(
          /200000000001/g,
          '2000000000ff',
        ),
      },
    ];
    expect(planFolderWrite(data, folder)).toEqual({
      writes: [],
      removes: [],
      unchanged: 3,
      blocked: [],
    });

    const renamed = {
      ...data,
      teams: data.teams.map((t) => (t.name === 'Search Relevance' ? { ...t, name: 'Search' } : t)),
    };
    const plan = planFolderWrite(renamed, folder);
    expect(plan.writes.map((w) => w.name)).toEqual(['Search-2027-Q1.okrs.json']);
    expect(plan.removes).toEqual(['Search-Relevance-2027-Q1.okrs.json']);
    expect(plan.unchanged).toBe(2);
  });

  it('never writes over a file it cannot read: a conflict is left for a person', async () => {
    const data = await realistic();
    const { writes } = planFolderWrite(data, []);
    const conflicted = writes.map((w, i) =>
      i === 0 ? { ...w, text: `<<<<<<< HEAD\n${w.text}` } : w,
    );
    const plan = planFolderWrite(data, conflicted);
    expect(plan.blocked).toEqual([{ name: writes[0]!.name, problem: FOLDER_PROBLEMS.conflict }]);
    expect(plan.writes).toEqual([]);
  });
});
