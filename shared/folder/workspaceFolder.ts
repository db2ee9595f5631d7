import { findIntegrityProblem } from '../backup/integrity';
import { emptyBackupData, type BackupData, type BackupTable } from '../backup/fileFormat';
import { fileNamePart } from '../files/fileNames';
import { TEAM_QUARTER_EXTENSION } from './fileNames';
import { FOLDER_TABLES, readTeamQuarterFile, splitWorkspace } from './teamQuarterFile';

/** One file of a workspace folder: its name in the folder and its text. */
export interface FolderEntry {
  name: string;
  text: string;
}

/** A file that was not read (or not written), with the sentence to put after its name. */
export interface FolderProblem {
  name: string;
  problem: string;
}

/** Which team and quarter a file holds. */
export interface FolderQuarter {
  name: string;
  teamId: string;
  cycleId: string;
}

/** A whole folder read: the data of every file that could be read, and why the others were not. */
export interface ReadFolderResult {
  data: BackupData;
  quarters: FolderQuarter[];
  problems: FolderProblem[];
}

export { isTeamQuarterFileName, teamQuarterNameProblem } from './fileNames';

type Row = Record<string, unknown> & { id: string };

/**
 * Joins a folder's files into one workspace. A file that cannot be read is reported by name
 * and left out; the others still load. Two files holding the same quarter are a problem for
 * the second (by name); a team written in several files takes its most recently changed row.
 */
export function joinFolder(entries: readonly FolderEntry[]): ReadFolderResult {
  const data = emptyBackupData();
  const tables = data as unknown as Record<BackupTable, Row[]>;
  const quarters: FolderQuarter[] = [];
  const problems: FolderProblem[] = [];
  const teamRows = new Map<string, Row>();
  const levelRows = new Map<string, Row>();
  const sorted = [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const { name, text } of sorted) {
    const read = readFolderFile(text);
    if (!read.ok) {
      problems.push({ name, problem: read.problem });
      continue;
    }
    const twin = quarters.find((q) => q.cycleId === read.cycleId);
    if (twin) {
      problems.push({
        name,
        problem: `holds the same quarter as ${twin.name}: keep one of the two files.`,
      });
      continue;
    }
    const seenIds = new Set(FOLDER_TABLES.flatMap((t) => tables[t].map((r) => r.id)));
    const shared = FOLDER_TABLES.filter((t) => t !== 'teams' && t !== 'levels')
      .flatMap((t) => (read.data[t] as readonly Row[]).map((r) => r.id))
      .find((id) => seenIds.has(id));
    if (shared) {
      problems.push({
        name,
        problem: `holds a row (id '${shared}') that another file holds too: it was copied by hand. Keep the row in one file.`,
      });
      continue;
    }
    quarters.push({ name, teamId: read.teamId, cycleId: read.cycleId });
    for (const table of FOLDER_TABLES) {
      if (table === 'teams' || table === 'levels') continue;
      tables[table].push(...(read.data[table] as readonly Row[]));
    }
    for (const team of read.data.teams as readonly Row[]) {
      const known = teamRows.get(team.id);
      if (!known || String(team.updatedAt) > String(known.updatedAt)) teamRows.set(team.id, team);
    }
    // A team's level is in each of its files, like the team: the latest change wins.
    for (const level of read.data.levels as readonly Row[]) {
      const known = levelRows.get(level.id);
      if (!known || String(level.updatedAt) > String(known.updatedAt)) {
        levelRows.set(level.id, level);
      }
    }
  }
  tables.teams = [...teamRows.values()];
  tables.levels = [...levelRows.values()];
  // Every file was checked alone (schemas, links); the whole is checked for links across files
  // (an id in two files, a row whose parent sits in another quarter), so the app never holds less.
  const problem = findIntegrityProblem(data);
  if (problem) {
    return {
      data: emptyBackupData(),
      quarters: [],
      problems: [...problems, { name: '.', problem }],
    };
  }
  return { data, quarters, problems };
}

/*
 * A sync reads the whole folder each time, and most files have not changed since the last time:
 * each file's text is read (parsed and checked) once, and its result kept while the text is the
 * same. Results are shared, never changed by their readers.
 */
const readCache = new Map<string, ReturnType<typeof readTeamQuarterFile>>();
const READ_CACHE_FILES = 1_000;

function readFolderFile(text: string): ReturnType<typeof readTeamQuarterFile> {
  const known = readCache.get(text);
  if (known) return known;
  if (readCache.size >= READ_CACHE_FILES) readCache.clear();
  const read = readTeamQuarterFile(text);
  readCache.set(text, read);
  return read;
}

/** `Payments-Platform-2027-Q1.okrs.json`: only letters, digits, `-` and `_` from the names. */
export function teamQuarterFileName(teamName: string, quarterLabel: string): string {
  return `${fileNamePart(teamName) || 'Team'}-${fileNamePart(quarterLabel) || 'quarter'}${TEAM_QUARTER_EXTENSION}`;
}

/** What writing a workspace into a folder changes: files to (re)write and files to remove. */
export interface FolderWritePlan {
  writes: FolderEntry[];
  removes: string[];
  /** Files whose content is already what it would be. */
  unchanged: number;
  /** Quarters not written because their file is there but unreadable: never overwritten blindly. */
  blocked: FolderProblem[];
}

/** What a sync adds to a plain write. */
export interface FolderWriteOptions {
  /**
   * Quarters whose file must stay as it is for now (a conflict waits for a person), each with
   * the sentence that says why.
   */
  hold?: ReadonlyMap<string, string>;
  /** Quarters deleted here since the last sync: their files are removed. */
  removeQuarters?: ReadonlySet<string>;
}

/**
 * Plans writing `data` into a folder that holds `existing`: only files whose text changes are
 * written, a quarter whose team was renamed moves to its new name, and files of quarters that
 * `data` does not hold are left as they are (unless `removeQuarters` names them). A quarter whose
 * current file cannot be read (a conflict, a half-written file) is not written over: it is
 * reported, for a person to resolve.
 */
export function planFolderWrite(
  data: BackupData,
  existing: readonly FolderEntry[],
  options: FolderWriteOptions = {},
): FolderWritePlan {
  const byQuarter = new Map<string, FolderEntry>();
  const unreadable = new Map<string, string>();
  for (const entry of existing) {
    const read = readFolderFile(entry.text);
    if (read.ok) byQuarter.set(read.cycleId, entry);
    else unreadable.set(entry.name, read.problem);
  }
  const texts = splitWorkspace(data);
  const names = quarterFileNames(data, [...texts.keys()]);
  const plan: FolderWritePlan = { writes: [], removes: [], unchanged: 0, blocked: [] };
  for (const [cycleId, entry] of byQuarter) {
    if (options.removeQuarters?.has(cycleId) && !texts.has(cycleId)) plan.removes.push(entry.name);
  }
  for (const [cycleId, text] of texts) {
    const name = names.get(cycleId) ?? `${cycleId}${TEAM_QUARTER_EXTENSION}`;
    const held = options.hold?.get(cycleId);
    if (held !== undefined) {
      plan.blocked.push({ name: byQuarter.get(cycleId)?.name ?? name, problem: held });
      continue;
    }
    const problem = unreadable.get(name);
    if (problem !== undefined) {
      plan.blocked.push({ name, problem });
      continue;
    }
    // Another quarter's file (one this data does not hold) has the name: both stay, apart.
    const owner = [...byQuarter].find(([id, e]) => e.name === name && id !== cycleId);
    const target = owner ? withId(name, cycleId) : name;
    const current = byQuarter.get(cycleId);
    if (current && current.name !== target) plan.removes.push(current.name);
    if (current?.name === target && current.text === text) plan.unchanged += 1;
    else plan.writes.push({ name: target, text });
  }
  return plan;
}

const withId = (name: string, cycleId: string): string =>
  name.replace(TEAM_QUARTER_EXTENSION, `-${cycleId.slice(0, 8)}${TEAM_QUARTER_EXTENSION}`);

/** Each quarter's file name; quarters whose names collide get their id added, in id order. */
function quarterFileNames(data: BackupData, cycleIds: readonly string[]): Map<string, string> {
  const names = new Map<string, string>();
  const used = new Set<string>();
  for (const id of [...cycleIds].sort()) {
    const cycle = data.cycles.find((c) => c.id === id);
    const team = data.teams.find((t) => t.id === cycle?.teamId);
    if (!cycle || !team) continue;
    let name = teamQuarterFileName(team.name, cycle.label);
    if (used.has(name.toLowerCase())) name = withId(name, id);
    used.add(name.toLowerCase());
    names.set(id, name);
  }
  return names;
}
