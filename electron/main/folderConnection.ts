import { watch as fsWatch, type FSWatcher } from 'node:fs';
import { readFile, rm, stat } from 'node:fs/promises';
import { basename, isAbsolute, join } from 'node:path';
import * as z from 'zod';
import {
  isTeamQuarterFileName,
  teamQuarterNameProblem,
  type FolderEntry,
} from '../../shared/folder/workspaceFolder';
import type { FolderStatus } from '../../shared/ipc/folderChannels';
import { writeFileAtomic } from './atomicWrite';
import { describeFsError } from './textFile';
import { readFolderFiles, type FolderFiles } from './workspaceFolder';

/*
 * The connected workspace folder, in plain Node (main wires it to IPC in `folderHandlers.ts`):
 * which folder it is (kept in a small settings file), reading and writing its team-quarter files
 * by plain name, and watching it so that a `git pull` or a sync client is noticed.
 */

const settingsSchema = z.object({ path: z.string().min(1).max(4096).refine(isAbsolute) });

/** How long the folder must be quiet before a change is reported: a pull writes many files. */
export const WATCH_QUIET_MS = 400;

export interface FolderConnectionOptions {
  /** The settings file that remembers the folder (in the app's data folder). */
  settingsFile: string;
  /** Called once the folder has been quiet for {@link WATCH_QUIET_MS} after a change. */
  onChange: () => void;
  watch?: typeof fsWatch;
}

export function createFolderConnection({
  settingsFile,
  onChange,
  watch = fsWatch,
}: FolderConnectionOptions) {
  let folder: string | null | undefined;
  let watcher: FSWatcher | null = null;
  let quiet: ReturnType<typeof setTimeout> | undefined;

  const remembered = async (): Promise<string | null> => {
    if (folder !== undefined) return folder;
    try {
      const parsed = settingsSchema.safeParse(JSON.parse(await readFile(settingsFile, 'utf8')));
      folder = parsed.success ? parsed.data.path : null;
    } catch {
      folder = null; // none chosen yet, or an unreadable settings file: choose again
    }
    return folder;
  };

  const stopWatching = () => {
    watcher?.close();
    watcher = null;
    clearTimeout(quiet);
  };

  const startWatching = (dir: string) => {
    stopWatching();
    try {
      watcher = watch(dir, (_event, name) => {
        // Temporary files of an atomic write come and go; only the folder's own files matter.
        if (name && !isTeamQuarterFileName(String(name))) return;
        clearTimeout(quiet);
        quiet = setTimeout(onChange, WATCH_QUIET_MS);
      });
      // A folder that disappears while watched: the next read says so.
      watcher.on('error', stopWatching);
    } catch {
      watcher = null; // cannot watch (a network share): focus and "Sync now" still read it
    }
  };

  const status = async (): Promise<FolderStatus> => {
    const dir = await remembered();
    if (!dir) return { state: 'none', name: null, location: null };
    const isFolder = await stat(dir).then(
      (s) => s.isDirectory(),
      () => false,
    );
    if (isFolder && !watcher) startWatching(dir);
    return { state: isFolder ? 'connected' : 'missing', name: basename(dir), location: dir };
  };

  const connectedFolder = async (): Promise<string> => {
    const current = await status();
    if (current.state === 'none' || !current.location) {
      throw new Error('No workspace folder is connected.');
    }
    if (current.state === 'missing') {
      throw new Error(
        `The folder ${current.location} is gone (deleted, moved or on a drive that is not connected).`,
      );
    }
    return current.location;
  };

  return {
    status,
    /** Connects `dir` (an absolute path the person chose), remembered across restarts. */
    async connect(dir: string): Promise<FolderStatus> {
      const info = await stat(dir).catch((error: unknown) => {
        throw new Error(`Cannot use ${dir}: ${describeFsError(error, 'no such folder')}.`);
      });
      if (!info.isDirectory()) throw new Error(`${dir} is a file, not a folder.`);
      await writeFileAtomic(settingsFile, `${JSON.stringify({ path: dir })}\n`);
      folder = dir;
      startWatching(dir);
      return status();
    },
    async disconnect(): Promise<FolderStatus> {
      stopWatching();
      folder = null;
      await rm(settingsFile, { force: true });
      return { state: 'none', name: null, location: null };
    },
    async read(): Promise<FolderFiles> {
      return readFolderFiles(await connectedFolder());
    },
    /** Writes each file atomically and removes others; every name is checked again here. */
    async write(writes: readonly FolderEntry[], removes: readonly string[]) {
      const dir = await connectedFolder();
      for (const name of [...writes.map((w) => w.name), ...removes]) {
        const problem = teamQuarterNameProblem(name);
        if (problem) throw new Error(`${name}: ${problem}.`);
      }
      try {
        for (const { name, text } of writes) await writeFileAtomic(join(dir, name), text);
        for (const name of removes) await rm(join(dir, name), { force: true });
      } catch (error) {
        throw new Error(`Could not write to the folder ${dir}: ${describeFsError(error)}.`);
      }
      return { written: writes.length, removed: removes.length };
    },
    close: stopWatching,
  };
}
export type FolderConnection = ReturnType<typeof createFolderConnection>;
