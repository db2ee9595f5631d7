import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackup, serializeBackup } from '../../../../shared/backup/fileFormat';
import { departmentFromBackup } from '../../../../shared/documents/department/fromBackup';
import { acmeWorkspace } from '../../../support/organisation';
import { run } from './helpers';

let dir = '';
let backup = '';
const NOW = new Date('2027-02-01T10:00:00.000Z');

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'quarterdeck-cli-department-'));
  backup = join(dir, 'acme.json');
  await writeFile(backup, serializeBackup(await createBackup(acmeWorkspace().data, 'test')));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the department review', () => {
  it('carries the tree’s roll-ups, each team’s line and the failed dependencies', () => {
    const acme = acmeWorkspace();
    // The refund events were needed by 15 Feb and never came.
    const found = departmentFromBackup(acme.data, '2027-q1', new Date('2027-03-01T10:00:00Z'));
    if (!found.ok) throw new Error(found.reason);
    const { review } = found;
    const rely = review.tree.find((l) => l.title === 'Customers can rely on us');
    // The same figures as the app's tree: (0.4 + 0.8 + 0.0) / 3 and (0.6 + 0.9 + 0.3) / 3.
    expect(rely?.rollUp).toBe('Roll-up of 4 aligned objectives: Progress 40% · Confidence 60%');
    expect(
      review.tree.filter((l) => l.kind === 'objective').map((l) => [l.depth, l.title]),
    ).toEqual([
      [0, 'Customers can rely on us'],
      [1, 'Payments never fail'],
      [2, 'Checkout always works'],
      [2, 'Search is always up'],
      [1, 'Refunds are quick'],
      [0, 'Decisions run on fresh data'],
      [1, 'Dashboards are fresh'],
    ]);
    expect(review.unaligned.map((l) => l.title)).toEqual([
      'Pipelines are cheap',
      'Cost per pipeline run',
    ]);
    expect(review.teams.map((t) => [t.ownerLabel, t.reviewFiles.html])).toEqual([
      ['Organisation: Acme Engineering', 'Acme-Engineering-2027-Q1-review.html'],
      ['Group: Core Platform', 'Core-Platform-2027-Q1-review.html'],
      ['Team: Data', 'Data-2027-Q1-review.html'],
      ['Team: Payments', 'Payments-2027-Q1-review.html'],
      ['Team: Search', 'Search-2027-Q1-review.html'],
    ]);
    expect(review.failedDependencies).toEqual([
      {
        from: 'Payments',
        to: 'Data',
        need: 'Refund events in the warehouse',
        byDate: '15 Feb 2027',
        label: 'Failed: not resolved by 15 Feb 2027',
      },
    ]);
    expect(departmentFromBackup(acme.data, '2031-Q4', NOW)).toEqual({
      ok: false,
      reason: 'no team has a quarter "2031-Q4" (quarters: "2027-Q1")',
    });
  });

  it('is written by the CLI as Markdown and HTML, with links to each team’s review', async () => {
    const md = join(dir, 'department.md');
    const r = await run(
      'export',
      backup,
      '--organisation',
      '--quarter',
      '2027-Q1',
      '--format',
      'md',
      '--out',
      md,
    );
    expect(r).toEqual({
      code: 0,
      stdout: `Wrote the 2027-Q1 department review (md) to ${md}\n`,
      stderr: '',
    });
    const text = await readFile(md, 'utf8');
    expect(text.split('\n')[0]).toBe('# Department review · 2027-Q1');
    expect(text).toContain('Roll-up of 4 aligned objectives: Progress 40% · Confidence 60%');
    expect(text).toContain('[Payments-2027-Q1-review.md](Payments-2027-Q1-review.md)');

    const html = join(dir, 'department.html');
    const h = await run(
      'export',
      backup,
      '--organisation',
      '--quarter=2027-Q1',
      '--format=html',
      '--out',
      html,
    );
    expect(h.code).toBe(0);
    const page = await readFile(html, 'utf8');
    expect(page).toContain('<a href="Search-2027-Q1-review.html">');
    expect(page).toContain("default-src 'none'");

    const bad = await run(
      'export',
      backup,
      '--organisation',
      '--team',
      'Data',
      '--quarter',
      '2027-Q1',
      '--format',
      'md',
    );
    expect(bad).toMatchObject({
      code: 2,
      stderr: 'quarterdeck: --organisation covers every team: leave out --team\n',
    });
  });
});
