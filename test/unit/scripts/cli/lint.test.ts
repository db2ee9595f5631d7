import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, run, runScript } from './helpers';

const FIXTURES = join(ROOT, 'test/fixtures/plans');
let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'quarterdeck-cli-'));
  for (const name of [
    'team-plan.csv',
    'needs-work.csv',
    'warnings-only.csv',
    'broken-quote.csv',
    'bad-number.csv',
  ]) {
    await copyFile(join(FIXTURES, name), join(dir, name));
  }
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('quarterdeck lint', () => {
  it('exits 0 and says so for a clean plan', async () => {
    const r = await run('lint', join(dir, 'team-plan.csv'));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('2 objectives, 3 key results');
    expect(r.stdout).toContain('0 errors, 0 warnings');
    expect(r.stderr).toBe('');
  });

  it('prints findings grouped by objective and exits 1 on an error', async () => {
    const r = await run('lint', join(dir, 'needs-work.csv'));
    expect(r.code).toBe(1);
    const quicker = r.stdout.indexOf('Snappy search');
    // A person reads the rules' labels; the ids are for --json only.
    expect(r.stdout.indexOf('Gameable metric')).toBeLessThan(quicker);
    expect(r.stdout.indexOf('Direction mismatch')).toBeGreaterThan(quicker);
    expect(r.stdout).toMatch(/✖ error\s+Output, not outcome/);
    expect(r.stdout).toMatch(/⚠ warning\s+Not aligned/);
    expect(r.stdout).not.toMatch(/gameable-metric|direction-mismatch|output-not-outcome/);
    expect(r.stdout).toContain('→ Make the wording and direction match');
  });

  it('prints exactly the documented JSON with --json', async () => {
    const r = await run('lint', '--json', join(dir, 'needs-work.csv'));
    expect(r.code).toBe(1);
    const parsed: unknown = JSON.parse(r.stdout);
    expect(Object.keys(parsed as object)).toEqual(['findings', 'rowErrors']);
    const { findings } = parsed as { findings: Array<Record<string, unknown>> };
    for (const f of findings) {
      expect(Object.keys(f)).toEqual([
        'objective',
        'keyResult',
        'rule',
        'severity',
        'message',
        'suggestion',
      ]);
    }
    expect(findings).toContainEqual(
      expect.objectContaining({
        objective: 'Snappy search',
        keyResult: null,
        rule: 'unaligned',
        severity: 'warning',
      }),
    );
    expect(findings).toContainEqual(
      expect.objectContaining({
        objective: 'Sturdier web code',
        keyResult: 'Increase test coverage to 80%',
        rule: 'gameable-metric',
      }),
    );
  });

  it('exits 0 when there are only warnings', async () => {
    const r = await run('lint', join(dir, 'warnings-only.csv'), '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      findings: [
        expect.objectContaining({
          rule: 'gameable-metric',
          severity: 'warning',
          suggestion: expect.any(String),
        }),
      ],
      rowErrors: [],
    });
  });

  it('reports numbers written only in the title, and a title that disagrees with its fields', async () => {
    const file = join(dir, 'title-numbers.csv');
    await writeFile(
      file,
      [
        'objective,key_result,unit,baseline,target,direction',
        'Payments never fail,Cut P1 payment incidents from 8 per quarter to 2,,,,decrease',
        'Ship faster,Reduce time from merge to production from 48 hours to 4 hours,min,25,8,decrease',
        'Ship faster,Reduce build time from 48 hours to 4 hours,min,2880,240,decrease',
      ].join('\n'),
    );
    const r = await run('lint', '--json', file);
    expect(r.code).toBe(1);
    const { findings } = JSON.parse(r.stdout) as { findings: Array<Record<string, unknown>> };
    expect(findings).toEqual([
      {
        objective: 'Payments never fail',
        keyResult: 'Cut P1 payment incidents from 8 per quarter to 2',
        rule: 'numbers-only-in-text',
        severity: 'error',
        message:
          'The baseline and target are only in the title: the Baseline and Target fields are empty, so this key result cannot be scored.',
        suggestion: 'Fill the fields from the title: baseline 8, target 2.',
      },
      expect.objectContaining({
        keyResult: 'Reduce time from merge to production from 48 hours to 4 hours',
        rule: 'text-disagrees-with-fields',
        severity: 'warning',
      }),
    ]);
  });

  it('warns on stderr about unknown columns but still lints', async () => {
    const file = join(dir, 'extra-column.csv');
    await writeFile(
      file,
      'objective,key_result,baseline,target,notes\nFast,Cut build time from 25 min to 8 min,25,8,hi\n',
    );
    const r = await run('lint', file);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('warning: row 1, notes: unknown column "notes" is ignored\n');
  });

  it.each([
    ['missing.csv', /missing\.csv: Cannot read the file: no such file\./],
    ['broken-quote.csv', /cannot parse .*: row 2: a quoted field opened on line 2 is never closed/],
  ])('exits 2 with a one-line reason for %s', async (name, reason) => {
    const r = await run('lint', join(dir, name));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(reason);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('names a cell it cannot import and exits 1, still checking every row it could read', async () => {
    const r = await run('lint', '--json', join(dir, 'bad-number.csv'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^quarterdeck: .*bad-number\.csv: row 2, baseline: "12abc" is not a number/,
    );
    const { findings, rowErrors } = JSON.parse(r.stdout) as {
      findings: Array<{ rule: string; keyResult: string | null }>;
      rowErrors: unknown[];
    };
    expect(rowErrors).toEqual([
      {
        row: 2,
        column: 'baseline',
        message: '"12abc" is not a number (write the unit in the unit column)',
      },
    ]);
    // The unreadable baseline reads as missing, as the import preview shows it.
    expect(findings).toContainEqual(
      expect.objectContaining({ rule: 'missing-baseline', keyResult: 'Reduce P1 incidents' }),
    );
  });

  it('names the row and column of malformed quoting, instead of linting joined text', async () => {
    const file = join(dir, 'stray-quote.csv');
    await writeFile(
      file,
      'objective,key_result\nFast,"Cut build time"s from 25 to 8 min\nFast,Cut p95 from 900 ms to 300 ms\n',
    );
    const r = await run('lint', file);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/row 2, key_result: text after a closing quote/);
    expect(r.stdout).not.toContain('Cut build time"s');
    expect(r.stdout).toContain('Fast');
  });

  it.each([[[]], [['frobnicate', 'x.csv']], [['lint']], [['lint', 'a.csv', '--fast']]])(
    'exits 2 with usage for %j',
    async (argv) => {
      const r = await run(...argv);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('usage: quarterdeck lint PLAN.csv|DIR [--json]');
    },
  );

  it('prints usage with --help and exits 0', async () => {
    const r = await run('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('usage:');
  });
});

describe('the real script', () => {
  it('exits 0, 1 and 2 as documented', () => {
    const code = (...argv: string[]) => runScript(argv);
    expect(code('lint', join(dir, 'team-plan.csv')).status).toBe(0);
    expect(code('lint', join(dir, 'needs-work.csv'), '--json').status).toBe(1);
    const broken = code('lint', join(dir, 'nope.csv'));
    expect(broken.status).toBe(2);
    expect(broken.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  }, 30_000);
});
