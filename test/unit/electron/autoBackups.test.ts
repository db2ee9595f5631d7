import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  autoBackupFolder,
  pruneAutoBackups,
  registerAutoBackupHandlers,
} from '../../../electron/main/autoBackups';
import { app, invokeHandler, resetElectronMock } from '../../support/electronMock';

vi.mock('electron', () => import('../../support/electronMock'));

let dir: string;

beforeEach(async () => {
  resetElectronMock();
  dir = await mkdtemp(join(tmpdir(), 'quarterdeck-auto-backups-'));
  app.setPath('userData', dir);
  registerAutoBackupHandlers();
});

afterEach(async () => {
  vi.useRealTimers();
  await rm(dir, { recursive: true, force: true });
});

const CONTENT = '{"format":"quarterdeck-backup"}\n';

/** Saves a backup with main's clock at `at`. */
function save(at: string, reason = 'scheduled', content: string | Uint8Array | Blob = CONTENT) {
  vi.setSystemTime(new Date(at));
  return invokeHandler('backup:save-auto', { content, reason });
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
});

describe('backup:save-auto', () => {
  it('writes the backup into the backups folder of the app data, named by time and reason', async () => {
    const result = await save('2027-01-04T09:00:00.000Z', 'before-import');
    expect(result).toEqual({
      ok: true,
      data: { id: 'auto-2027-01-04T09-00-00Z-before-import.json' },
    });
    expect(autoBackupFolder()).toBe(join(dir, 'backups'));
    expect(await readdir(join(dir, 'backups'))).toEqual([
      'auto-2027-01-04T09-00-00Z-before-import.json',
    ]);
    expect(
      await readFile(join(dir, 'backups', 'auto-2027-01-04T09-00-00Z-before-import.json'), 'utf8'),
    ).toBe(CONTENT);
  });

  it('writes a backup handed over as UTF-8 bytes byte for byte, and refuses empty bytes', async () => {
    const text = '{"format":"quarterdeck-backup","team":"Zürich"}\n';
    const result = await save(
      '2027-01-04T09:00:00.000Z',
      'scheduled',
      new TextEncoder().encode(text),
    );
    expect(result).toEqual({ ok: true, data: { id: 'auto-2027-01-04T09-00-00Z-scheduled.json' } });
    expect(
      await readFile(join(dir, 'backups', 'auto-2027-01-04T09-00-00Z-scheduled.json'), 'utf8'),
    ).toBe(text);
    const empty = await save('2027-01-04T10:00:00.000Z', 'scheduled', new Uint8Array());
    expect(empty).toMatchObject({ ok: false });
  });

  it('writes a backup handed over as a Blob whole, and refuses an empty one', async () => {
    const text = '{"format":"quarterdeck-backup","note":"née"}';
    const result = await save('2027-01-04T09:00:00.000Z', 'scheduled', new Blob([text]));
    expect(result).toEqual({ ok: true, data: { id: 'auto-2027-01-04T09-00-00Z-scheduled.json' } });
    expect(
      await readFile(join(dir, 'backups', 'auto-2027-01-04T09-00-00Z-scheduled.json'), 'utf8'),
    ).toBe(text);
    expect(await save('2027-01-04T10:00:00.000Z', 'scheduled', new Blob([]))).toMatchObject({
      ok: false,
    });
  });

  it('names and dates the backup by its own clock, whatever time the page sends', async () => {
    vi.setSystemTime(new Date('2027-01-04T09:00:00.000Z'));
    const result = await invokeHandler('backup:save-auto', {
      content: CONTENT,
      reason: 'scheduled',
      createdAt: '2099-12-31T00:00:00.000Z',
    });
    expect(result).toEqual({ ok: true, data: { id: 'auto-2027-01-04T09-00-00Z-scheduled.json' } });
  });

  it('never overwrites a backup: two saves in the same second keep both', async () => {
    const first = await save('2027-01-04T09:00:00.100Z', 'before-restore', 'first');
    const second = await save('2027-01-04T09:00:00.900Z', 'before-restore', 'second');
    expect([first, second]).toEqual([
      { ok: true, data: { id: 'auto-2027-01-04T09-00-00Z-before-restore.json' } },
      { ok: true, data: { id: 'auto-2027-01-04T09-00-00Z-before-restore-2.json' } },
    ]);
    const folder = join(dir, 'backups');
    expect(
      await readFile(join(folder, 'auto-2027-01-04T09-00-00Z-before-restore.json'), 'utf8'),
    ).toBe('first');
    expect(
      await readFile(join(folder, 'auto-2027-01-04T09-00-00Z-before-restore-2.json'), 'utf8'),
    ).toBe('second');
    // Listed newest first: the second of the same second is the newer one.
    const list = await invokeHandler('backup:list-auto');
    expect(list).toMatchObject({
      ok: true,
      data: [
        { id: 'auto-2027-01-04T09-00-00Z-before-restore-2.json' },
        { id: 'auto-2027-01-04T09-00-00Z-before-restore.json' },
      ],
    });
  });

  it('saves at the same time from two calls without losing either', async () => {
    vi.setSystemTime(new Date('2027-01-04T09:00:00.000Z'));
    const results = await Promise.all(
      ['a', 'b', 'c'].map((content) =>
        invokeHandler('backup:save-auto', { content, reason: 'before-import' }),
      ),
    );
    expect(new Set(results.map((r) => JSON.stringify(r))).size).toBe(3);
    expect(await readdir(join(dir, 'backups'))).toHaveLength(3);
  });

  it('prunes backups a clock that ran ahead left behind, and keeps backing up', async () => {
    // The clock was a year ahead for a week, then put right.
    for (let day = 1; day <= 7; day += 1) await save(`2028-01-0${day}T09:00:00.000Z`);
    await save('2027-01-04T09:00:00.000Z');
    await save('2027-01-05T09:00:00.000Z');
    const list = (await invokeHandler('backup:list-auto')) as { data: { id: string }[] };
    const ids = list.data.map((b) => b.id);
    // Backups dated after main's clock count as taken today: the first backup really taken
    // today replaces them, instead of their holding the newest days forever.
    expect(ids).toEqual([
      'auto-2027-01-05T09-00-00Z-scheduled.json',
      'auto-2027-01-04T09-00-00Z-scheduled.json',
    ]);
  });

  it('prunes by the rotation after every save', async () => {
    await save('2027-01-04T08:00:00.000Z');
    await save('2027-01-04T09:00:00.000Z');
    vi.setSystemTime(new Date('2027-01-04T12:00:00Z'));
    expect((await invokeHandler('backup:list-auto')) as unknown).toEqual({
      ok: true,
      data: [
        {
          id: 'auto-2027-01-04T09-00-00Z-scheduled.json',
          createdAt: '2027-01-04T09:00:00.000Z',
          reason: 'scheduled',
          bytes: Buffer.byteLength(CONTENT),
        },
      ],
    });
  });

  it.each([
    ['a reason it does not know', { content: CONTENT, reason: 'hourly' }],
    ['no content', { content: '', reason: 'scheduled' }],
  ])('refuses %s', async (_, request) => {
    const result = await invokeHandler('backup:save-auto', request);
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining('Invalid request') });
  });
});

describe('backup:list-auto', () => {
  it('is empty before the first backup', async () => {
    expect(await invokeHandler('backup:list-auto')).toEqual({ ok: true, data: [] });
  });

  it('lists backups newest first with their size, ignoring other files', async () => {
    await save('2027-01-03T09:00:00.000Z');
    await save('2027-01-04T09:00:00.000Z', 'before-restore', `${CONTENT}  `);
    await writeFile(join(dir, 'backups', 'notes.txt'), 'mine');
    await writeFile(join(dir, 'backups', '.auto-2027-01-05T09-00-00Z-scheduled.json.1-ab.tmp'), '');
    await mkdir(join(dir, 'backups', 'auto-2027-01-06T09-00-00Z-scheduled.json'));
    const result = await invokeHandler('backup:list-auto');
    expect(result).toEqual({
      ok: true,
      data: [
        {
          id: 'auto-2027-01-04T09-00-00Z-before-restore.json',
          createdAt: '2027-01-04T09:00:00.000Z',
          reason: 'before-restore',
          bytes: Buffer.byteLength(CONTENT) + 2,
        },
        {
          id: 'auto-2027-01-03T09-00-00Z-scheduled.json',
          createdAt: '2027-01-03T09:00:00.000Z',
          reason: 'scheduled',
          bytes: Buffer.byteLength(CONTENT),
        },
      ],
    });
  });
});

describe('backup:read-auto', () => {
  it('returns the text of a backup', async () => {
    await save('2027-01-04T09:00:00.000Z');
    expect(
      await invokeHandler('backup:read-auto', { id: 'auto-2027-01-04T09-00-00Z-scheduled.json' }),
    ).toEqual({ ok: true, data: { content: CONTENT } });
  });

  it('says so when the backup is gone', async () => {
    const result = await invokeHandler('backup:read-auto', {
      id: 'auto-2027-01-04T09-00-00Z-scheduled.json',
    });
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining('no such file') });
  });

  it.each([
    '../secrets.json',
    '../../auto-2027-01-04T09-00-00Z-scheduled.json',
    'auto-2027-01-04T09-00-00Z-scheduled.json/../../x',
    join(tmpdir(), 'auto-2027-01-04T09-00-00Z-scheduled.json'),
  ])('refuses the id %s before touching the disk', async (id) => {
    const result = await invokeHandler('backup:read-auto', { id });
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining('Invalid request') });
  });
});

describe('pruneAutoBackups', () => {
  it('deletes what the rotation does not keep and leaves other files alone', async () => {
    await save('2027-01-01T08:00:00.000Z', 'before-import');
    await save('2027-01-01T09:00:00.000Z', 'before-import');
    await save('2027-01-01T10:00:00.000Z');
    await writeFile(join(dir, 'backups', 'notes.txt'), 'mine');
    const pruned = await pruneAutoBackups(new Date('2027-01-20T12:00:00Z'));
    // The newest safety backup of each kind stays, however old.
    expect(pruned).toEqual(['auto-2027-01-01T08-00-00Z-before-import.json']);
    expect((await readdir(join(dir, 'backups'))).sort()).toEqual([
      'auto-2027-01-01T09-00-00Z-before-import.json',
      'auto-2027-01-01T10-00-00Z-scheduled.json',
      'notes.txt',
    ]);
  });
});
