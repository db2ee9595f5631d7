import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBackup } from '../../../../shared/backup/read';
import { FOLDER_PROBLEMS } from '../../../../shared/folder/teamQuarterFile';
import { ROOT, run } from './helpers';

const BACKUP = join(ROOT, 'test/fixtures/backups/v1-realistic.json');
const Q1 = 'Payments-Platform-2027-Q1.okrs.json';
let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'quarterdeck-cli-folder-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A fresh folder written from the realistic backup. */
async function folder(name: string): Promise<string> {
  const target = join(dir, name);
  const r = await run('to-folder', BACKUP, target);
  expect(r).toMatchObject({ code: 0, stderr: '' });
  return target;
}

/** Changes one key result's title in a team-quarter file, as a colleague's edit would. */
async function editTitle(file: string, from: string, to: string): Promise<void> {
  const text = await readFile(file, 'utf8');
  expect(text).toContain(from);
  await writeFile(file, text.replace(from, to));
}

describe('quarterdeck to-folder and from-folder', () => {
  it('writes one file per team and quarter, and only changed files the second time', async () => {
    const target = await folder('roundtrip');
    expect((await readdir(target)).sort()).toEqual([
      Q1,
      'Payments-Platform-2027-Q2.okrs.json',
      'Search-Relevance-2027-Q1.okrs.json',
    ]);
    expect((await run('to-folder', BACKUP, target)).stdout).toBe(
      `${target}: 0 files written, 3 unchanged\n`,
    );

    const out = join(dir, 'back.json');
    const r = await run('from-folder', target, out);
    expect(r).toEqual({
      code: 0,
      stdout: `Wrote 3 team quarters from ${target} to ${out}\n`,
      stderr: '',
    });
    const read = await readBackup(await readFile(out, 'utf8'));
    const original = await readBackup(await readFile(BACKUP, 'utf8'));
    if (!read.ok || !original.ok) throw new Error('unreadable');
    // Everything but what stays on the laptop: templates and unsaved wizard drafts.
    expect(read.summary.counts).toEqual({
      ...original.summary.counts,
      templates: 0,
      wizardDrafts: 0,
    });
    expect(original.summary.counts.templates).toBeGreaterThan(0);
  });
});

describe('quarterdeck lint DIR', () => {
  it('coaches every file under its name and exits 1 for one bad key result', async () => {
    const target = await folder('lint');
    const r = await run('lint', target);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${Q1}: 2 objectives, 3 key results`);
    expect(r.stdout).toContain('Search-Relevance-2027-Q1.okrs.json: 1 objective, 1 key result');
    expect(r.stdout).toMatch(/✖ error\s+Output, not outcome\s+"Run a full peak-load game day"/);
    const json = JSON.parse((await run('lint', target, '--json')).stdout);
    const bad = json.files.filter((f: { findings: { severity: string }[] }) =>
      f.findings.some((x) => x.severity === 'error'),
    );
    expect(bad.map((f: { file: string }) => f.file)).toEqual([Q1]);
    expect(json.fileErrors).toEqual([]);
  });

  it('exits 0 once the key result is an outcome', async () => {
    const target = await folder('fixed');
    await editTitle(
      join(target, Q1),
      'Run a full peak-load game day',
      'Checkout error rate stays under 0.5% at 3× peak load',
    );
    const file = JSON.parse(await readFile(join(target, Q1), 'utf8'));
    const kr = file.data.keyResults.find((k: { title: string }) =>
      k.title.startsWith('Checkout error'),
    );
    Object.assign(kr, {
      isMilestone: false,
      metric: 'Checkout error rate at 3× peak load',
      unit: '%',
      baseline: 2,
      target: 0.5,
      direction: 'decrease',
    });
    await writeFile(join(target, Q1), JSON.stringify(file, null, 2));
    const r = await run('lint', target);
    expect(r.stderr).toBe('');
    expect(r.stdout).not.toContain('✖');
    expect(r.code).toBe(0);
  });

  it('names a file with conflict markers, exits 2 and still coaches the others', async () => {
    const target = await folder('conflict');
    const q2 = join(target, 'Payments-Platform-2027-Q2.okrs.json');
    await writeFile(q2, `<<<<<<< HEAD\n${await readFile(q2, 'utf8')}=======\n>>>>>>> theirs\n`);
    const r = await run('lint', target);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`quarterdeck: ${q2}: ${FOLDER_PROBLEMS.conflict}\n`);
    expect(r.stdout).toContain(`${Q1}: 2 objectives`);
  });

  it('says so for a folder with no team-quarter files', async () => {
    const r = await run('lint', dir.replace(/$/, '/'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/holds no team-quarter files \(\*\.okrs\.json\)/);
  });
});

describe('quarterdeck export DIR', () => {
  it('writes the review from a folder as from a backup', async () => {
    const target = await folder('export');
    const out = join(dir, 'from-folder.md');
    const r = await run(
      'export',
      target,
      '--team',
      'Payments Platform',
      '--quarter',
      '2027-Q1',
      '--format',
      'md',
      '--out',
      out,
    );
    expect(r).toEqual({
      code: 0,
      stdout: `Wrote Payments Platform 2027-Q1 review (md) to ${out}\n`,
      stderr: '',
    });
    expect((await readFile(out, 'utf8')).split('\n')[0]).toBe(
      '# Payments Platform: 2027-Q1 progress review',
    );
  });
});

describe('a workspace folder in git', () => {
  const git = (cwd: string, ...args: string[]) =>
    execFileSync(
      'git',
      [
        '-c',
        'user.name=Test',
        '-c',
        'user.email=test@example.com',
        '-c',
        'init.defaultBranch=main',
        ...args,
      ],
      { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );

  it('carries laptop B’s change to laptop A and keeps A’s own change', async () => {
    const a = await folder('laptop-a');
    git(a, 'init', '-q');
    git(a, 'add', '.');
    git(a, 'commit', '-qm', 'Q1 plan');
    const b = join(dir, 'laptop-b');
    git(dir, 'clone', '-q', a, b);

    // B renames a key result in Search Relevance's file and commits.
    await editTitle(
      join(b, 'Search-Relevance-2027-Q1.okrs.json'),
      '"title": "Cut zero-result searches',
      '"title": "Halve zero-result searches',
    );
    git(b, 'commit', '-qam', 'B: clearer KR title');
    git(b, 'push', '-q', 'origin', 'HEAD:refs/heads/from-b');

    // A changed another team's quarter meanwhile, committed, then merges B's branch.
    await editTitle(
      join(a, Q1),
      '"title": "Cut checkout p75 LCP',
      '"title": "Cut mobile checkout p75 LCP',
    );
    git(a, 'commit', '-qam', 'A: say which payments');
    git(a, 'merge', '-q', '--no-edit', 'from-b');

    const out = join(dir, 'merged.json');
    expect((await run('from-folder', a, out)).code).toBe(0);
    const read = await readBackup(await readFile(out, 'utf8'));
    if (!read.ok) throw new Error(read.problem);
    const titles = read.file.data.keyResults.map((kr) => kr.title);
    expect(titles.some((t) => t.startsWith('Halve zero-result searches'))).toBe(true);
    expect(titles.some((t) => t.startsWith('Cut mobile checkout p75 LCP'))).toBe(true);
  });
});
