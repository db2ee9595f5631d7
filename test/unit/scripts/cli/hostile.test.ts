import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  MAX_FILE_BYTES,
  MAX_PLAN_FILE_BYTES,
  TEXT_PROBLEMS,
} from '../../../../shared/files/textFile';
import {
  gives,
  HOSTILE,
  HOSTILE_DIR,
  hostileBytes,
  type Answer,
} from '../../../support/hostileCorpus';
import { run, runScript } from './helpers';

/** A line of a stack trace: `    at readBackup (file:///…/read.ts:12:5)`. */
const STACK = /^\s+at \S.*:\d+:\d+\)?$/m;

async function digest(path: string): Promise<string> {
  return createHash('sha256')
    .update(await readFile(path))
    .digest('hex');
}

/** Runs `command` on `path` and checks its answer: exit code, one line, the reason, no stack. */
async function expectAnswer(command: 'validate' | 'lint', path: string, answer: Answer) {
  const before = await digest(path);
  const result = await run(command, path);
  const output = `${result.stdout}${result.stderr}`;
  expect(output).not.toMatch(STACK);
  if ('accept' in answer) {
    expect(result.code, result.stderr).toBeLessThan(2);
    expect(result.stderr.split('\n').filter((l) => l.startsWith('quarterdeck:'))).toEqual([]);
  } else if ('refuseRows' in answer) {
    // The cells are named, one line each, and every row that could be read is still coached.
    expect(result.code).toBe(1);
    const named = result.stderr.split('\n').filter((l) => l.startsWith('quarterdeck: '));
    expect(
      named.some((line) => gives(line, answer.refuseRows)),
      result.stderr,
    ).toBe(true);
    expect(result.stdout).toMatch(/\d+ errors?, \d+ warnings?/);
  } else {
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr.startsWith(`quarterdeck: `)).toBe(true);
    expect(gives(result.stderr, answer.refuse), result.stderr).toBe(true);
  }
  // The file a door reads is never changed.
  expect(await digest(path)).toBe(before);
  return output;
}

describe('the hostile-file corpus', () => {
  it('holds at least 30 kinds, each file exactly as its recipe makes it', async () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(30);
    for (const entry of HOSTILE) {
      expect(await hostileBytes(entry.file), entry.file).toEqual(await entry.make());
    }
  });
});

describe.each(HOSTILE.map((entry) => [entry.file, entry] as const))('the CLI on %s', (_, entry) => {
  const path = `${HOSTILE_DIR}${entry.file}`;

  it(`validate: ${'accept' in entry.backup ? 'accepts it' : 'refuses it in one line'}`, async () => {
    const output = await expectAnswer('validate', path, entry.backup);
    if (entry.mustNotPrint) expect(output).not.toContain(entry.mustNotPrint);
  });

  it(`lint: ${'accept' in entry.plan ? 'accepts it' : 'refuseRows' in entry.plan ? 'names the cells it cannot import' : 'refuses it in one line'}`, async () => {
    const output = await expectAnswer('lint', path, entry.plan);
    if (entry.mustNotPrint) expect(output).not.toContain(entry.mustNotPrint);
  });
});

describe('the CLI on a file over the size limit', () => {
  let dir: string;
  let huge: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'quarterdeck-hostile-'));
    huge = join(dir, 'huge.json');
    // A sparse file: its size is over the limit without writing 128 MB to disk.
    await writeFile(huge, '{');
    await truncate(huge, MAX_FILE_BYTES + 1);
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('refuses it before reading it, with its size and the limit, at every door', async () => {
    await expectAnswer('validate', huge, {
      refuse: TEXT_PROBLEMS.tooLarge(MAX_FILE_BYTES + 1, MAX_FILE_BYTES),
    });
    await expectAnswer('lint', huge, {
      refuse: TEXT_PROBLEMS.tooLarge(MAX_FILE_BYTES + 1, MAX_PLAN_FILE_BYTES),
    });
  });
});

describe('the real CLI process', () => {
  it('prints a hostile team name escaped, so the terminal is not cleared or retitled', () => {
    const result = runScript(['validate', `${HOSTILE_DIR}backup-escape-sequences.json`]);
    expect(result.status).toBe(0);
    expect(result.stdout).not.toContain('\u001b');
    expect(result.stdout).toContain('Payments \\u001b[2J\\u001b]0;pwned\\u0007Platform');
  });
});
