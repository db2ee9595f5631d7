import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFolderConnection, WATCH_QUIET_MS } from '../../../electron/main/folderConnection';
import { folderChannels } from '../../../shared/ipc/folderChannels';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'qd-connection-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const settingsFile = () => join(root, 'workspace-folder.json');

describe('the connected workspace folder in main', () => {
  it('remembers the folder across restarts and says when it is gone', async () => {
    const folder = join(root, 'okrs');
    await mkdir(folder);
    const first = createFolderConnection({
      settingsFile: settingsFile(),
      onChange: () => undefined,
    });
    expect((await first.connect(folder)).state).toBe('connected');
    first.close();

    const again = createFolderConnection({
      settingsFile: settingsFile(),
      onChange: () => undefined,
    });
    expect(await again.status()).toEqual({ state: 'connected', name: 'okrs', location: folder });
    await rm(folder, { recursive: true });
    expect((await again.status()).state).toBe('missing');
    await expect(again.read()).rejects.toThrow(/is gone/);
    again.close();
  });

  it('writes and removes only team-quarter files by plain name, atomically', async () => {
    const connection = createFolderConnection({
      settingsFile: settingsFile(),
      onChange: () => undefined,
    });
    await connection.connect(root);
    await connection.write([{ name: 'Payments-2027-Q1.okrs.json', text: '{}\n' }], []);
    expect(await readFile(join(root, 'Payments-2027-Q1.okrs.json'), 'utf8')).toBe('{}\n');
    for (const name of ['../escape.okrs.json', 'notes.txt', 'sub/x.okrs.json', '.okrs.json']) {
      await expect(connection.write([{ name, text: 'x' }], [])).rejects.toThrow();
      await expect(connection.write([], [name])).rejects.toThrow();
    }
    await connection.write([], ['Payments-2027-Q1.okrs.json']);
    expect((await readdir(root)).filter((n) => n.endsWith('.okrs.json'))).toEqual([]);
    connection.close();
  });

  it('refuses a path in a write request before main sees it', () => {
    const request = folderChannels['folder:write'].request;
    expect(
      request.safeParse({ writes: [{ name: '../../.bashrc', text: '' }], removes: [] }).success,
    ).toBe(false);
    expect(request.safeParse({ writes: [], removes: ['C:\\Users\\x.okrs.json'] }).success).toBe(
      false,
    );
    expect(
      request.safeParse({ writes: [{ name: 'T-2027-Q1.okrs.json', text: '{}' }], removes: [] })
        .success,
    ).toBe(true);
  });

  it('reports a change in the folder once it has been quiet, and ignores temporary files', async () => {
    vi.useFakeTimers();
    try {
      const onChange = vi.fn();
      let listener: ((event: string, name: string | null) => void) | undefined;
      const watch = ((_dir: string, l: typeof listener) => {
        listener = l;
        return { close: () => undefined, on: () => undefined };
      }) as never;
      const connection = createFolderConnection({ settingsFile: settingsFile(), onChange, watch });
      vi.useRealTimers();
      await connection.connect(root);
      vi.useFakeTimers();
      listener?.('rename', '.Payments-2027-Q1.okrs.json.1234.tmp');
      vi.advanceTimersByTime(WATCH_QUIET_MS * 2);
      expect(onChange).not.toHaveBeenCalled();
      // A pull writes several files in a burst: one report after it.
      listener?.('change', 'Payments-2027-Q1.okrs.json');
      vi.advanceTimersByTime(WATCH_QUIET_MS / 2);
      listener?.('change', 'Data-2027-Q1.okrs.json');
      vi.advanceTimersByTime(WATCH_QUIET_MS / 2);
      expect(onChange).not.toHaveBeenCalled();
      vi.advanceTimersByTime(WATCH_QUIET_MS);
      expect(onChange).toHaveBeenCalledTimes(1);
      connection.close();
    } finally {
      vi.useRealTimers();
    }
  });

  it('says why a chosen path cannot be the folder', async () => {
    const file = join(root, 'plain.txt');
    await writeFile(file, 'x');
    const connection = createFolderConnection({
      settingsFile: settingsFile(),
      onChange: () => undefined,
    });
    await expect(connection.connect(file)).rejects.toThrow('is a file, not a folder');
    await expect(connection.connect(join(root, 'nope'))).rejects.toThrow('no such folder');
    expect((await connection.status()).state).toBe('none');
  });
});
