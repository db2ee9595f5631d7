import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BACKUP_VERSION } from '../../../../shared/backup/fileFormat';
import { ROOT, run } from './helpers';

const FIXTURES = join(ROOT, 'test/fixtures/backups/');

describe('quarterdeck validate', () => {
  it('prints what a valid backup holds and exits 0', async () => {
    const r = await run('validate', `${FIXTURES}v1-realistic.json`);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Quarterdeck backup, format 1');
    expect(r.stdout).toContain('made by Quarterdeck 0.1.0 at 2027-02-01T10:00:00.000Z');
    expect(r.stdout).toContain('  Payments Platform: 2027-Q1, 2027-Q2');
    expect(r.stdout).toContain('  4 key results');
    expect(r.stdout).toContain('  1 wizard draft\n');
    expect(r.stdout).toContain('  1 dependency\n');
    expect(r.stdout).toContain('  3 check-ins\n');
    expect(r.stdout).toContain('  1 quarter retro\n');
    expect(r.stdout).not.toMatch(/ys\n/);
  });

  it('says when an older format will be upgraded', async () => {
    const r = await run('validate', `${FIXTURES}v0-minimal.json`);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`format 0 (upgraded to ${BACKUP_VERSION} when restored)`);
  });

  it('prints the summary as JSON with --json', async () => {
    const r = await run('validate', '--json', `${FIXTURES}v1-realistic.json`);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ formatVersion: 1, counts: { teams: 2 } });
  });

  it.each([
    ['hostile/tampered.json', "The backup's checksum does not match its contents"],
    ['hostile/future-version.json', 'made by a newer Quarterdeck (format 99)'],
    ['hostile/kr-target-abc.json', 'Key result 3 (data.keyResults[2].target): expected a number.'],
    ['hostile/truncated.txt', 'the file is not JSON (it may be truncated)'],
    ['no-such-backup.json', 'Cannot read the file: no such file.'],
    ['hostile', 'Cannot read the file: it is a folder.'],
  ])('rejects %s with one line and exits 2', async (name, reason) => {
    const r = await run('validate', `${FIXTURES}${name}`);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(reason);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\bat .+:\d+/);
  });

  it('asks for a file', async () => {
    const r = await run('validate');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('validate needs a backup file');
  });
});
