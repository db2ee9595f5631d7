import { spawn } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, realpath, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProjectWithoutElectronBinary } from './projectCopy';

/*
 * `npm start` on a fresh machine: a copy of the project whose `electron` package has not fetched
 * its binary. These run with or without a real Electron: the binary is a stand-in script, or is
 * made impossible to get. The stand-in is a shell script, so Windows skips them.
 */
const isWindows = process.platform === 'win32';
if (isWindows) console.warn('The npm start tests use a shell-script stand-in: skipped on Windows.');

type Outcome = { code: number | null; stdout: string; stderr: string };

/** Runs `npm start` in `cwd` the way a person would, with `env` on top of a clean environment. */
function npmStart(cwd: string, env: Record<string, string>): Promise<Outcome> {
  const base: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    // Whatever the outer test run was told about Electron must not leak into the fresh copy.
    if (value === undefined || /^ELECTRON_|^QUARTERDECK_|^npm_config_electron_/i.test(key))
      continue;
    base[key] = value;
  }
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['start'], { cwd, env: { ...base, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** What the launcher itself printed to stderr: npm's own banner and error report left out. */
function launcherLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '' && !/^npm (error|warn|notice)\b/.test(line))
    .filter((line) => !line.startsWith('> '));
}

/** A local port nothing listens on, so a download from it fails at once. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (!address || typeof address === 'string') throw new Error('No port');
  return address.port;
}

/** Checks the one-line refusal: says why, offers `npm run web`, no stack, no electron-vite noise. */
function expectOneLineRefusal(outcome: Outcome, why: RegExp): void {
  expect(outcome.code).not.toBe(0);
  const lines = launcherLines(outcome.stderr);
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(why);
  expect(lines[0]).toContain('npm run web');
  const all = `${outcome.stdout}\n${outcome.stderr}`;
  expect(all).not.toMatch(/^\s+at /m);
  expect(all).not.toContain('Electron uninstall');
}

describe.skipIf(isWindows)('npm start on a fresh machine', () => {
  let project: Awaited<ReturnType<typeof copyProjectWithoutElectronBinary>>;
  let scratch = '';
  const pathTxt = () => join(project.dir, 'node_modules', 'electron', 'path.txt');

  beforeAll(async () => {
    project = await copyProjectWithoutElectronBinary();
    scratch = await mkdtemp(join(tmpdir(), 'quarterdeck-standin-'));
  });

  afterAll(async () => {
    await project?.remove();
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });

  it('says in one line that the binary could not be had, before building anything', async () => {
    const mirror = `http://127.0.0.1:${await closedPort()}/`;
    const cache = join(scratch, 'empty-electron-cache');
    await mkdir(cache);
    const outcome = await npmStart(project.dir, {
      ELECTRON_MIRROR: mirror,
      npm_config_electron_mirror: mirror,
      electron_config_cache: cache,
    });
    const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
    // Electron's downloader declares Node 22.12; on an older Node the launcher says so instead.
    const canDownload = major > 22 || (major === 22 && minor >= 12);
    expectOneLineRefusal(
      outcome,
      canDownload
        ? /Electron binary could not be downloaded/
        : /downloading the Electron binary needs Node\.js 22\.12\.0 or later/,
    );
    expect(existsSync(join(project.dir, 'out'))).toBe(false);
    expect(existsSync(pathTxt())).toBe(false);
  });

  it('names the folder when ELECTRON_OVERRIDE_DIST_PATH holds no executable', async () => {
    const empty = join(scratch, 'no-electron-here');
    await mkdir(empty);
    const outcome = await npmStart(project.dir, { ELECTRON_OVERRIDE_DIST_PATH: empty });
    expectOneLineRefusal(outcome, new RegExp(`no Electron executable at ${empty}`));
    expect(existsSync(join(project.dir, 'out'))).toBe(false);
  });

  it('builds the app and launches the executable ELECTRON_OVERRIDE_DIST_PATH points at', async () => {
    const standIn = join(scratch, 'electron-dist');
    const record = join(scratch, 'launched.txt');
    await mkdir(standIn);
    // Records how it was started, and whether the built app was there for it to load.
    await writeFile(
      join(standIn, 'electron'),
      [
        '#!/bin/sh',
        '{',
        '  printf "cwd=%s\\n" "$(pwd -P)"',
        '  for arg in "$@"; do printf "arg=%s\\n" "$arg"; done',
        '  for f in out/main/index.js out/preload/index.cjs out/renderer/index.html; do',
        '    [ -f "$f" ] && printf "built=%s\\n" "$f"',
        '  done',
        '} > "$QUARTERDECK_STANDIN_RECORD"',
        '',
      ].join('\n'),
    );
    await chmod(join(standIn, 'electron'), 0o755);

    const outcome = await npmStart(project.dir, {
      ELECTRON_OVERRIDE_DIST_PATH: standIn,
      QUARTERDECK_STANDIN_RECORD: record,
    });
    expect(outcome.stderr).not.toContain('Electron uninstall');
    expect(outcome.code, outcome.stderr).toBe(0);
    const lines = (await readFile(record, 'utf8')).trim().split('\n');
    expect(lines).toEqual([
      `cwd=${await realpath(project.dir)}`,
      // electron-vite starts Electron on the project folder, whose package.json names out/main.
      'arg=.',
      'built=out/main/index.js',
      'built=out/preload/index.cjs',
      'built=out/renderer/index.html',
    ]);
    expect(existsSync(pathTxt())).toBe(false);
  });
});
