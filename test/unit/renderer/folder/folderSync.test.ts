import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFolderConnection } from '../../../../electron/main/folderConnection';
import { createDb, setDb } from '../../../../renderer/src/db/database';
import { createFolderSyncStore } from '../../../../renderer/src/db/folderSyncStore';
import { putRowsBack } from '../../../../renderer/src/db/repositories/folderSync';
import {
  listKeyResults,
  updateKeyResult,
  createKeyResult,
} from '../../../../renderer/src/db/repositories/keyResults';
import { resolveConflict } from '../../../../renderer/src/features/folder/resolveConflict';
import { syncFolder } from '../../../../renderer/src/features/folder/syncFolder';
import { updateTeam } from '../../../../renderer/src/db/repositories/teams';
import { keyResultInput, seedQuarter } from '../db/builders';

/*
 * Two laptops, each with its own database and sync bookkeeping, and a folder between them: one
 * shared folder (a sync client, a network share), or two clones of one git repository.
 */

let dirs: string[] = [];
const tempDir = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'qd-folder-'));
  dirs.push(dir);
  return dir;
};

function laptop(name: string) {
  const dbName = `${name}-${crypto.randomUUID()}`;
  const store = createFolderSyncStore(`${dbName}-sync`);
  let connection: ReturnType<typeof createFolderConnection> | null = null;
  let folder = '';
  return {
    /** Makes this laptop's database the app's (each laptop is one app). */
    use() {
      setDb(createDb(dbName));
    },
    async connect(dir: string) {
      connection = createFolderConnection({
        settingsFile: join(await tempDir(), 'workspace-folder.json'),
        onChange: () => undefined,
        watch: (() => ({ close: () => undefined, on: () => undefined })) as never,
      });
      await connection.connect(dir);
      folder = dir;
    },
    async sync() {
      this.use();
      const c = connection;
      if (!c) throw new Error('not connected');
      return syncFolder(
        { read: () => c.read(), write: (w, r) => c.write(w, r).then(() => undefined) },
        store,
        folder,
      );
    },
    store,
  };
}

const titles = async (cycleId: string) =>
  (await listKeyResults(cycleId)).map((k) => k.title).sort();

beforeEach(() => {
  dirs = [];
});
afterEach(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

describe('two laptops and one shared folder', () => {
  it('each sees the other’s edits of different key results, and files change only where data did', async () => {
    const folder = await tempDir();
    const a = laptop('a');
    const b = laptop('b');
    a.use();
    const { cycle, objective, keyResults } = await seedQuarter({
      keyResults: [keyResultInput('Cut checkout LCP'), keyResultInput('Raise conversion')],
    });
    await a.connect(folder);
    const first = await a.sync();
    expect(first.report.written).toBe(1);
    const [file] = await readdir(folder);
    expect(file).toBe('Payments-Platform-2027-Q1.okrs.json');

    await b.connect(folder);
    await b.sync();
    b.use();
    expect(await titles(cycle.id)).toEqual(['Cut checkout LCP', 'Raise conversion']);

    // A edits one key result, B another, each before seeing the other's.
    a.use();
    const [lcp, conversion] = keyResults;
    if (!lcp || !conversion) throw new Error('seeded two');
    await updateKeyResult(lcp.id, keyResultInput('Cut checkout LCP to 1.5 s'));
    b.use();
    await updateKeyResult(conversion.id, keyResultInput('Raise conversion to 4 %'));
    await createKeyResult(objective.id, keyResultInput('New from B'));

    await a.sync();
    const fromB = await b.sync();
    expect(fromB.conflicts).toEqual([]);
    await a.sync();
    const both = ['Cut checkout LCP to 1.5 s', 'New from B', 'Raise conversion to 4 %'];
    a.use();
    expect(await titles(cycle.id)).toEqual(both);
    b.use();
    expect(await titles(cycle.id)).toEqual(both);

    // Nothing changed since: a sync writes no file.
    expect((await a.sync()).report.written).toBe(0);
  });

  it('asks when both changed the same key result’s title, keeps both until then, and settles it', async () => {
    const folder = await tempDir();
    const a = laptop('a');
    const b = laptop('b');
    a.use();
    const { cycle, keyResults } = await seedQuarter();
    const [kr] = keyResults;
    if (!kr) throw new Error('seeded one');
    await a.connect(folder);
    await a.sync();
    await b.connect(folder);
    await b.sync();

    a.use();
    await updateKeyResult(kr.id, keyResultInput('A’s title'));
    await a.sync();
    b.use();
    await updateKeyResult(kr.id, keyResultInput('B’s title'));
    const outcome = await b.sync();
    expect(outcome.conflicts).toHaveLength(1);
    expect(outcome.conflicts[0]?.fields.map((f) => f.field)).toContain('title');
    // Both versions are kept: B's here, A's in the file, which B did not write over.
    expect(await titles(cycle.id)).toEqual(['B’s title']);
    const text = await readFile(join(folder, 'Payments-Platform-2027-Q1.okrs.json'), 'utf8');
    expect(text).toContain('A’s title');
    // The next sync asks again until someone chooses.
    expect((await b.sync()).conflicts).toHaveLength(1);

    const [conflict] = outcome.conflicts;
    if (!conflict) throw new Error('expected one');
    b.use();
    await resolveConflict(
      conflict,
      { kind: 'merge', choices: { title: 'theirs' } },
      'folder',
      b.store,
    );
    expect((await b.sync()).conflicts).toEqual([]);
    await a.sync();
    a.use();
    expect(await titles(cycle.id)).toEqual(['A’s title']);
    b.use();
    expect(await titles(cycle.id)).toEqual(['A’s title']);
  });

  it('reports a file with conflict markers by name, still loads the rest, and never writes over it', async () => {
    const folder = await tempDir();
    const a = laptop('a');
    a.use();
    await seedQuarter();
    await a.connect(folder);
    await a.sync();
    const name = 'Payments-Platform-2027-Q1.okrs.json';
    const broken = `<<<<<<< HEAD\n${await readFile(join(folder, name), 'utf8')}=======\n{}\n>>>>>>> theirs\n`;
    await writeFile(join(folder, name), broken);
    const b = laptop('b');
    b.use();
    const other = await seedQuarter();
    await updateTeam(other.team.id, { name: 'Data Platform', function: 'platform' });
    await b.connect(folder);
    const outcome = await b.sync();
    expect(outcome.report.problems).toEqual([
      expect.objectContaining({ name, problem: expect.stringContaining('conflict markers') }),
    ]);
    // B's own quarter is written beside it; the broken file is left for a person.
    expect(await readFile(join(folder, name), 'utf8')).toBe(broken);
    expect((await readdir(folder)).length).toBe(2);
    b.use();
    expect(await titles(other.cycle.id)).toEqual(['Cut checkout LCP']);
  });

  it('removes a key result deleted on the other laptop, with the rows to put back', async () => {
    const folder = await tempDir();
    const a = laptop('a');
    const b = laptop('b');
    a.use();
    const { cycle, objective } = await seedQuarter();
    const extra = await createKeyResult(objective.id, keyResultInput('To be deleted'));
    await a.connect(folder);
    await a.sync();
    await b.connect(folder);
    await b.sync();
    a.use();
    const { deleteKeyResult } = await import('../../../../renderer/src/db/repositories/keyResults');
    await deleteKeyResult(extra.id);
    await a.sync();
    const outcome = await b.sync();
    b.use();
    expect(await titles(cycle.id)).toEqual(['Cut checkout LCP']);
    expect(outcome.deleted.map((d) => d.row.id)).toEqual([extra.id]);
    // Undo puts it back here, and the next sync writes it to the folder again.
    await putRowsBack(outcome.deleted);
    await b.sync();
    await a.sync();
    a.use();
    expect(await titles(cycle.id)).toEqual(['Cut checkout LCP', 'To be deleted']);
  });
});

describe('choosing another folder', () => {
  it('never takes the old folder’s files for deletions: an empty or other folder deletes nothing', async () => {
    const first = await tempDir();
    const second = await tempDir();
    const a = laptop('a');
    a.use();
    const { cycle } = await seedQuarter();
    await a.connect(first);
    await a.sync();
    // The other folder already holds another team's quarter.
    const b = laptop('b');
    b.use();
    const other = await seedQuarter();
    await updateTeam(other.team.id, { name: 'Data Platform', function: 'platform' });
    await b.connect(second);
    await b.sync();

    await a.connect(second);
    const outcome = await a.sync();
    expect(outcome.deleted).toEqual([]);
    a.use();
    expect(await titles(cycle.id)).toEqual(['Cut checkout LCP']);
    expect(await titles(other.cycle.id)).toEqual(['Cut checkout LCP']);
    // The new folder gets the workspace beside what it held.
    expect((await readdir(second)).sort()).toEqual([
      'Data-Platform-2027-Q1.okrs.json',
      'Payments-Platform-2027-Q1.okrs.json',
    ]);
  });

  it('deletes nothing when every file has gone from the folder at once', async () => {
    const folder = await tempDir();
    const a = laptop('a');
    a.use();
    const { cycle } = await seedQuarter();
    await a.connect(folder);
    await a.sync();
    await rm(join(folder, 'Payments-Platform-2027-Q1.okrs.json'));
    expect((await a.sync()).deleted).toEqual([]);
    a.use();
    expect(await titles(cycle.id)).toEqual(['Cut checkout LCP']);
  });
});

describe('connecting a folder again after disconnecting it', () => {
  it('asks only about what both sides changed while apart, and deletes nothing on either side', async () => {
    const folder = await tempDir();
    const a = laptop('a');
    const b = laptop('b');
    a.use();
    const { cycle, keyResults } = await seedQuarter({
      keyResults: [
        keyResultInput('Cut checkout LCP'),
        keyResultInput('Raise conversion'),
        keyResultInput('Halve refunds'),
      ],
    });
    const [lcp, conversion, refunds] = keyResults;
    if (!lcp || !conversion || !refunds) throw new Error('seeded three');
    await a.connect(folder);
    await a.sync();
    await b.connect(folder);
    await b.sync();

    // A disconnects; meanwhile A edits one key result and deletes another, B edits a third.
    await a.store.pauseFolder();
    a.use();
    await updateKeyResult(lcp.id, keyResultInput('Cut checkout LCP to 1.5 s'));
    const { deleteKeyResult } = await import('../../../../renderer/src/db/repositories/keyResults');
    await deleteKeyResult(refunds.id);
    b.use();
    await updateKeyResult(conversion.id, keyResultInput('Raise conversion to 4 %'));
    await b.sync();

    await a.connect(folder);
    const outcome = await a.sync();
    expect(outcome.conflicts).toEqual([]);
    expect(outcome.deleted).toEqual([]);
    const all = ['Cut checkout LCP to 1.5 s', 'Halve refunds', 'Raise conversion to 4 %'];
    a.use();
    expect(await titles(cycle.id)).toEqual(all);
    await b.sync();
    b.use();
    expect(await titles(cycle.id)).toEqual(all);
    // Connected again, syncs are as before: a deletion now travels.
    a.use();
    await deleteKeyResult(refunds.id);
    await a.sync();
    await b.sync();
    b.use();
    expect(await titles(cycle.id)).toEqual([
      'Cut checkout LCP to 1.5 s',
      'Raise conversion to 4 %',
    ]);
  });

  it('starts afresh with another folder after a disconnect: nothing of the old base is used', async () => {
    const first = await tempDir();
    const second = await tempDir();
    const a = laptop('a');
    a.use();
    const { cycle } = await seedQuarter();
    await a.connect(first);
    await a.sync();
    await a.store.pauseFolder();
    await a.connect(second);
    await a.sync();
    // The first folder's base, put aside, is still there only for the first folder.
    expect((await a.store.loadPaused())?.folderKey).toBe(first);
    a.use();
    expect(await titles(cycle.id)).toEqual(['Cut checkout LCP']);
  });
});

describe('a workspace folder in a git repository', () => {
  const git = (cwd: string, ...args: string[]) =>
    execFileSync('git', args, {
      cwd,
      stdio: 'pipe',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'Test',
        GIT_AUTHOR_EMAIL: 't@example.com',
        GIT_COMMITTER_NAME: 'Test',
        GIT_COMMITTER_EMAIL: 't@example.com',
      },
    }).toString();

  it('A commits, B clones, edits and pushes, A pulls: A’s app shows B’s change and keeps its own', async () => {
    const root = await tempDir();
    const dirA = join(root, 'a');
    const remote = join(root, 'remote.git');
    const dirB = join(root, 'b');
    git(root, 'init', '--bare', '-q', '-b', 'main', remote);
    git(root, 'clone', '-q', remote, dirA);
    const a = laptop('a');
    a.use();
    const { cycle, keyResults, objective } = await seedQuarter({
      keyResults: [keyResultInput('Cut checkout LCP'), keyResultInput('Raise conversion')],
    });
    await a.connect(dirA);
    await a.sync();
    git(dirA, 'add', '-A');
    git(dirA, 'commit', '-qm', 'Q1 plan');
    git(dirA, 'push', '-q', 'origin', 'main');

    git(root, 'clone', '-q', remote, dirB);
    const b = laptop('b');
    await b.connect(dirB);
    await b.sync();
    b.use();
    const [lcp, conversion] = keyResults;
    if (!lcp || !conversion) throw new Error('seeded two');
    await updateKeyResult(conversion.id, keyResultInput('Raise conversion to 4 %'));
    await b.sync();
    git(dirB, 'commit', '-qam', 'B: conversion target');
    git(dirB, 'push', '-q', 'origin', 'main');

    // Meanwhile A adds a key result (another part of the file) and commits.
    a.use();
    await createKeyResult(objective.id, keyResultInput('A adds one'));
    await a.sync();
    git(dirA, 'commit', '-qam', 'A: one more');
    git(dirA, 'pull', '-q', '--no-rebase', '--no-edit', 'origin', 'main');

    await a.sync();
    a.use();
    expect(await titles(cycle.id)).toEqual([
      'A adds one',
      'Cut checkout LCP',
      'Raise conversion to 4 %',
    ]);
    expect(lcp.title).toBe('Cut checkout LCP');
  });
});
