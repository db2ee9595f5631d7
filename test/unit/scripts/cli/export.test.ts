import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROBLEMS } from '../../../../shared/backup/problems';
import { KEY_RESULT_CSV_COLUMNS, CHECK_IN_CSV_COLUMNS } from '../../../../shared/documents/csv';
import { ROOT, run, runScript } from './helpers';

const BACKUP = join(ROOT, 'test/fixtures/backups/v1-realistic.json');
const TEAM = ['--team', 'Payments Platform', '--quarter', '2027-Q1'];
let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'quarterdeck-cli-export-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Runs `export` and expects exit 2 with exactly this one line on stderr and nothing on stdout. */
async function expectFailure(argv: string[], line: string) {
  const r = await run('export', ...argv);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toBe(`quarterdeck: ${line}\n`);
}

describe('quarterdeck export', () => {
  it('writes Markdown with the team and quarter heading', async () => {
    const out = join(dir, 'review.md');
    const r = await run('export', BACKUP, ...TEAM, '--format', 'md', '--out', out);
    expect(r).toEqual({
      code: 0,
      stdout: `Wrote Payments Platform 2027-Q1 review (md) to ${out}\n`,
      stderr: '',
    });
    const md = await readFile(out, 'utf8');
    // The backup's 2027-Q1 is still in its check-ins: a progress review, not the final one.
    expect(md.split('\n')[0]).toBe('# Payments Platform: 2027-Q1 progress review');
  });

  it('titles a quarter still being set as a plan, in a file named so', async () => {
    const sub = join(dir, 'plan');
    await mkdir(sub);
    const r = await run(
      'export',
      BACKUP,
      '--team',
      'Payments Platform',
      '--quarter',
      '2027-Q2',
      '--format',
      'md',
      '--out',
      join(sub, 'x.md'),
    );
    expect(r.code).toBe(0);
    const md = await readFile(join(sub, 'x.md'), 'utf8');
    expect(md.split('\n')[0]).toBe('# Payments Platform: 2027-Q2 plan');
    expect(md).not.toMatch(/Score|Overall score|quarterly review/);
  });

  it('writes HTML with charts, options in any order, team and quarter matched loosely', async () => {
    const out = join(dir, 'review.html');
    const ok = await run(
      'export',
      '--format=html',
      `--out=${out}`,
      '--quarter',
      ' 2027-q1 ',
      BACKUP,
      '--team',
      '  payments PLATFORM ',
    );
    expect(ok.code).toBe(0);
    const html = await readFile(out, 'utf8');
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toContain('<svg');
    expect(html).toContain('Payments Platform');
  });

  it('writes a Word document (a zip: starts with PK)', async () => {
    const out = join(dir, 'review.docx');
    const r = await run('export', BACKUP, ...TEAM, '--format', 'docx', '--out', out);
    expect(r.code).toBe(0);
    const bytes = await readFile(out);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it.each([
    ['csv', KEY_RESULT_CSV_COLUMNS, 'Cut checkout p75 LCP from 3.2 s to 1.5 s'],
    ['csv-checkins', CHECK_IN_CSV_COLUMNS, 'Cut checkout p75 LCP from 3.2 s to 1.5 s'],
  ] as const)('writes %s with its header', async (format, columns, row) => {
    const out = join(dir, `${format}.csv`);
    const r = await run('export', BACKUP, ...TEAM, '--format', format, '--out', out);
    expect(r.code).toBe(0);
    const [header, ...rows] = (await readFile(out, 'utf8')).trim().split(/\r?\n/);
    expect(header).toBe(columns.join(','));
    expect(rows.some((line) => line.includes(row))).toBe(true);
    expect(rows.every((line) => line.startsWith('Payments Platform,2027-Q1,'))).toBe(true);
  });

  it('only exports the asked-for quarter', async () => {
    const out = join(dir, 'search.csv');
    const r = await run(
      'export',
      BACKUP,
      '--team',
      'Search Relevance',
      '--quarter',
      '2027-Q1',
      '--format',
      'csv',
      '--out',
      out,
    );
    expect(r.code).toBe(0);
    const rows = (await readFile(out, 'utf8')).trim().split(/\r?\n/).slice(1);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(/^Search Relevance,2027-Q1,Shoppers find what they searched for,/);
  });

  it('replaces an existing file and leaves no temporary file', async () => {
    const sub = join(dir, 'replace');
    await mkdir(sub);
    const out = join(sub, 'review.md');
    await writeFile(out, 'old');
    expect((await run('export', BACKUP, ...TEAM, '--format', 'md', '--out', out)).code).toBe(0);
    expect(await readFile(out, 'utf8')).toContain('# Payments Platform');
    expect(await readdir(sub)).toEqual(['review.md']);
  });
});

describe('quarterdeck export failures', () => {
  it('names the teams in the backup for an unknown team', async () => {
    await expectFailure(
      [BACKUP, '--team', 'Nope', '--quarter', '2027-Q1', '--format', 'md'],
      `${BACKUP}: no team "Nope" (teams: "Payments Platform", "Search Relevance")`,
    );
  });

  it("names the team's quarters for an unknown quarter", async () => {
    await expectFailure(
      [BACKUP, '--team', 'search relevance', '--quarter', '2027-Q2', '--format', 'md'],
      `${BACKUP}: Search Relevance has no quarter "2027-Q2" (quarters: "2027-Q1")`,
    );
  });

  it("uses the backup reader's problem for an invalid backup", async () => {
    const bad = join(dir, 'not-a-backup.json');
    await writeFile(bad, '{"hello": 1}');
    await expectFailure([bad, ...TEAM, '--format', 'md'], `${bad}: ${PROBLEMS.noMarker}`);
  });

  it('says when the backup cannot be read', async () => {
    const missing = join(dir, 'missing.json');
    await expectFailure(
      [missing, ...TEAM, '--format', 'md'],
      `${missing}: Cannot read the file: no such file.`,
    );
  });

  it.each([
    [[BACKUP, '--quarter', '2027-Q1', '--format', 'md'], 'export needs --team NAME'],
    [[BACKUP, '--team', 'x', '--format', 'md'], 'export needs --quarter LABEL'],
    [[BACKUP, ...TEAM], 'export needs --format md|html|docx|csv|csv-checkins'],
    [[...TEAM, '--format', 'md'], 'export needs a backup file or folder'],
    [
      [BACKUP, ...TEAM, '--format', 'pdf'],
      'unknown format "pdf" (use md, html, docx, csv, csv-checkins)',
    ],
    [[BACKUP, ...TEAM, '--format', 'md', '--json'], 'unknown option --json'],
    [[BACKUP, ...TEAM, '--format'], '--format needs a value'],
    [[BACKUP, '--team', '--quarter', '2027-Q1', '--format', 'md'], '--team needs a value'],
    [[BACKUP, ...TEAM, '--format', 'md', '--team', 'y'], '--team is given more than once'],
    [[BACKUP, 'extra.json', ...TEAM, '--format', 'md'], 'unexpected argument "extra.json"'],
  ])('exits 2 for %j', async (argv, line) => {
    await expectFailure([...argv], line);
  });

  it('says so when the output directory does not exist', async () => {
    const out = join(dir, 'no-such-dir', 'review.md');
    await expectFailure(
      [BACKUP, ...TEAM, '--format', 'md', '--out', out],
      `cannot write ${out}: no such folder`,
    );
  });

  it('removes its temporary file when the final rename fails', async () => {
    const sub = join(dir, 'rename-fails');
    const out = join(sub, 'review.html');
    // A directory where the file should go: the temp file is written, the rename then fails.
    await mkdir(out, { recursive: true });
    await expectFailure(
      [BACKUP, ...TEAM, '--format', 'html', '--out', out],
      `cannot write ${out}: it is a folder`,
    );
    expect(await readdir(sub)).toEqual(['review.html']);
    expect(await readdir(out)).toEqual([]);
  });
});

describe('the real script', () => {
  it('writes the default file name into the current directory', async () => {
    const cwd = join(dir, 'cwd');
    await mkdir(cwd);
    const ok = runScript(['export', BACKUP, ...TEAM, '--format', 'csv'], cwd);
    expect(ok.stdout).toBe(
      'Wrote Payments Platform 2027-Q1 review (csv) to Payments-Platform-2027-Q1-key-results.csv\n',
    );
    expect(ok.status).toBe(0);
    expect(await readdir(cwd)).toEqual(['Payments-Platform-2027-Q1-key-results.csv']);

    const bad = runScript(
      ['export', BACKUP, '--team', 'Nope', '--quarter', 'x', '--format', 'md'],
      cwd,
    );
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  }, 30_000);

  it('writes what the sources write, with its code cache, without it and with a damaged one', async () => {
    const formats = ['md', 'html', 'csv-checkins'];
    const expected = new Map<string, string>();
    for (const format of formats) {
      const out = join(dir, `sources.${format}`);
      expect((await run('export', BACKUP, ...TEAM, '--format', format, '--out', out)).code).toBe(0);
      expected.set(format, await readFile(out, 'utf8'));
    }
    const cache = async (): Promise<string> => {
      const manifest = JSON.parse(
        await readFile(join(ROOT, 'node_modules/.cache/quarterdeck-cli/current.json'), 'utf8'),
      ) as { dir: string };
      return join(ROOT, 'node_modules/.cache/quarterdeck-cli', manifest.dir, 'export.v8cache');
    };
    // The first run after a build writes the cache; the next reads it; then V8 refuses a
    // damaged one, and the run compiles the bundle as the first did.
    for (const round of ['first', 'cached', 'damaged']) {
      if (round === 'damaged') await writeFile(await cache(), 'not a code cache');
      for (const format of formats) {
        const out = join(dir, `script-${round}.${format}`);
        const r = runScript(['export', BACKUP, ...TEAM, '--format', format, '--out', out]);
        expect(r.stderr).toBe('');
        expect(r.status).toBe(0);
        expect(await readFile(out, 'utf8'), `${round} run, ${format}`).toBe(expected.get(format));
      }
    }
    expect((await readFile(await cache())).length).toBeGreaterThan(1000);
  }, 60_000);
});
