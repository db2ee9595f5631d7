import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { BackupData } from '../../shared/backup/fileFormat';
import { MAX_PLAN_FILE_BYTES } from '../../shared/files/textFile';
import {
  isTeamQuarterFileName,
  planFolderWrite,
  type FolderEntry,
  type FolderProblem,
  type FolderWritePlan,
} from '../../shared/folder/workspaceFolder';
import { writeFileAtomic } from './atomicWrite';
import { describeFsError, readTextFile } from './textFile';

/*
 * A workspace folder on disk, for main and the command line alike: plain Node, no Electron.
 * What the files mean lives in shared/folder; this module only lists, reads and writes them.
 */

/** The folder's team-quarter files that could be read as text, and the ones that could not. */
export interface FolderFiles {
  entries: FolderEntry[];
  problems: FolderProblem[];
}

/**
 * Reads every team-quarter file of a folder (other files are left alone). A file that cannot
 * be read is reported by name; the others are still read. Throws only when the folder itself
 * cannot be listed, with a message that says why.
 */
export async function readFolderFiles(dir: string): Promise<FolderFiles> {
  let names: string[];
  try {
    names = (await readdir(dir, { withFileTypes: true }))
      .filter((d) => d.isFile() && isTeamQuarterFileName(d.name))
      .map((d) => d.name)
      .sort();
  } catch (error) {
    throw new Error(`cannot read the folder ${dir}: ${describeFsError(error, 'no such folder')}`);
  }
  const entries: FolderEntry[] = [];
  const problems: FolderProblem[] = [];
  for (const name of names) {
    // One quarter's file is far smaller than a plan CSV's limit; the same limit keeps reads quick.
    const read = await readTextFile(join(dir, name), MAX_PLAN_FILE_BYTES);
    if (read.ok) entries.push({ name, text: read.text });
    else problems.push({ name, problem: read.problem });
  }
  return { entries, problems };
}

/**
 * Writes a workspace into a folder (created if missing): only files whose text changes, each
 * atomically, so a sync tool or git never sees half a file. Returns what it did.
 */
export async function writeWorkspaceFolder(
  dir: string,
  data: BackupData,
): Promise<FolderWritePlan> {
  await mkdir(dir, { recursive: true });
  const { entries, problems } = await readFolderFiles(dir);
  const plan = planFolderWrite(data, entries);
  // A file that could not even be read as text is not written over either.
  const unreadable = problems.filter((p) => plan.writes.some((w) => w.name === p.name));
  const writes = plan.writes.filter((w) => !unreadable.some((p) => p.name === w.name));
  for (const { name, text } of writes) await writeFileAtomic(join(dir, name), text);
  for (const name of plan.removes) await rm(join(dir, name), { force: true });
  return { ...plan, writes, blocked: [...plan.blocked, ...unreadable] };
}
