import {
  BACKUP_TABLES,
  emptyBackupData,
  type BackupData,
  type BackupTable,
} from '../backup/fileFormat';
import { checkBackupData, findHostileShape } from '../backup/read';

/**
 * A workspace folder holds the workspace as text, one file per team and quarter, so that git or
 * a sync tool can carry it, diff it line by line and merge it. Each file is the backup format's
 * `data` cut down to one team's quarter: the team row, the quarter row and every row that
 * belongs to that quarter. Each file is complete on its own (every hard link stays inside it),
 * so one damaged file never stops the others from loading.
 */

/** The marker every team-quarter file carries in its `format` field. */
export const TEAM_QUARTER_FORMAT = 'quarterdeck-team-quarter';

/**
 * The format version this build writes. Bump it when the file's shape changes, with a step
 * that upgrades the previous version. The rows themselves follow the entity schemas.
 */
export const TEAM_QUARTER_VERSION = 1;

export { TEAM_QUARTER_EXTENSION } from './fileNames';

import { LOCAL_TABLES } from './localTables';

export { LOCAL_TABLES };

/** The tables a team-quarter file holds, in the backup's order (parents before children). */
export const FOLDER_TABLES: readonly BackupTable[] = BACKUP_TABLES.filter(
  (t) => !(LOCAL_TABLES as readonly string[]).includes(t),
);

/** One team's quarter, as its file holds it. */
export interface TeamQuarterFile {
  format: typeof TEAM_QUARTER_FORMAT;
  formatVersion: number;
  data: BackupData;
}

/** A file's text read back, or the one sentence that says what is wrong and what to do. */
export type ReadTeamQuarterResult =
  { ok: true; data: BackupData; teamId: string; cycleId: string } | { ok: false; problem: string };

type Row = Record<string, unknown> & { id: string };

/** Keys in a fixed order, `id` first and the rest alphabetical, at every level of a row. */
function ordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(ordered);
  if (typeof value !== 'object' || value === null) return value;
  const keys = Object.keys(value).sort((a, b) =>
    a === 'id' ? -1 : b === 'id' ? 1 : a < b ? -1 : a > b ? 1 : 0,
  );
  return Object.fromEntries(keys.map((k) => [k, ordered((value as Record<string, unknown>)[k])]));
}

const byId = (a: Row, b: Row): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Rows in the order a diff reads best: check-ins by when they were made, so a new check-in is
 * appended at the end and never moves the others; every other table by id.
 */
function sortRows(table: BackupTable, rows: readonly Row[]): Row[] {
  if (table !== 'checkIns') return [...rows].sort(byId);
  return [...rows].sort((a, b) => {
    const at = String(a.createdAt).localeCompare(String(b.createdAt));
    return at !== 0 ? at : byId(a, b);
  });
}

/** The quarter a row belongs to: its own `cycleId`, or its workshop's. */
function quarterOfRow(
  row: Record<string, unknown>,
  workshopQuarter: Map<string, string>,
): string | undefined {
  if (typeof row.cycleId === 'string') return row.cycleId;
  if (typeof row.workshopId === 'string') return workshopQuarter.get(row.workshopId);
  return undefined;
}

/**
 * Cuts a workspace into one file per team and quarter, keyed by the quarter's id. Files are
 * pretty-printed, keys in a fixed order and rows sorted, so the same data always gives the
 * same bytes and a change shows as the lines it changed.
 */
export function splitWorkspace(data: BackupData): Map<string, string> {
  const workshopQuarter = new Map(data.workshops.map((w) => [w.id, w.cycleId]));
  const files = new Map<string, string>();
  for (const cycle of data.cycles) {
    const team = data.teams.find((t) => t.id === cycle.teamId);
    if (!team) continue;
    const cut = emptyBackupData();
    const tables = cut as unknown as Record<BackupTable, Row[]>;
    tables.teams = [team as Row];
    tables.cycles = [cycle as Row];
    // Where the team sits (organisation, group, team) travels with each of its quarters, as the
    // team row does.
    tables.levels = data.levels.filter((l) => l.teamId === team.id) as Row[];
    for (const table of FOLDER_TABLES) {
      if (table === 'teams' || table === 'cycles' || table === 'levels') continue;
      const rows = (data[table] as readonly Row[]).filter(
        (row) => quarterOfRow(row, workshopQuarter) === cycle.id,
      );
      tables[table] = sortRows(table, rows);
    }
    // Tables stay in the backup's order (parents first); the rows' keys get a fixed order.
    const rows = Object.fromEntries(FOLDER_TABLES.map((t) => [t, ordered(tables[t])]));
    const file = { format: TEAM_QUARTER_FORMAT, formatVersion: TEAM_QUARTER_VERSION, data: rows };
    files.set(cycle.id, `${JSON.stringify(file, null, 2)}\n`);
  }
  return files;
}

/** The sentences a refused file gets, after its name. */
export const FOLDER_PROBLEMS = {
  conflict:
    'has git conflict markers (<<<<<<<, =======, >>>>>>>): resolve the conflict in git, keep one version of each change, and save the file.',
  notJson:
    'is not complete JSON: it may still be being written by a sync tool, or was cut short. Wait for the sync to finish, or take it back from version control.',
  noMarker: `is not a Quarterdeck team-quarter file: it has no '${TEAM_QUARTER_FORMAT}' format marker.`,
  noVersion: "has no valid format version: 'formatVersion' must be a whole number.",
  future: (version: number) =>
    `was written by a newer Quarterdeck (team-quarter format ${version}); update the app to read it.`,
  tooOld: (version: number) =>
    `uses team-quarter format ${version}, which this version of Quarterdeck cannot read.`,
  notOneQuarter:
    'must hold exactly one team and one quarter of that team; it was edited by hand. Take it back from version control.',
  localTable: (table: string) =>
    `holds '${table}', which stays on each laptop and is never written to a workspace folder.`,
} as const;

const CONFLICT_MARKER = /^(<{7}|>{7})( |$)|^={7}$/m;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads one team-quarter file's text with the backup reader's checks (shape, schemas, ranges,
 * links) and the folder's own: conflict markers, a half-written file, a newer format. Never
 * throws; the problem is a sentence to put after the file's name.
 */
export function readTeamQuarterFile(text: string): ReadTeamQuarterResult {
  if (CONFLICT_MARKER.test(text)) return { ok: false, problem: FOLDER_PROBLEMS.conflict };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: FOLDER_PROBLEMS.notJson };
  }
  if (!isRecord(json) || json.format !== TEAM_QUARTER_FORMAT) {
    return { ok: false, problem: FOLDER_PROBLEMS.noMarker };
  }
  const version = json.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return { ok: false, problem: FOLDER_PROBLEMS.noVersion };
  }
  if (version > TEAM_QUARTER_VERSION)
    return { ok: false, problem: FOLDER_PROBLEMS.future(version) };
  if (version < 1) return { ok: false, problem: FOLDER_PROBLEMS.tooOld(version) };
  const hostile = findHostileShape(json);
  if (hostile) return { ok: false, problem: hostile };
  if (!isRecord(json.data)) return { ok: false, problem: FOLDER_PROBLEMS.noMarker };
  const local = LOCAL_TABLES.find((t) => t in (json.data as Record<string, unknown>));
  if (local) return { ok: false, problem: FOLDER_PROBLEMS.localTable(local) };

  const checked = checkBackupData({ ...json.data, templates: [], wizardDrafts: [] });
  if (!checked.ok) return { ok: false, problem: unusableRow(checked.problem) };
  const { data } = checked;
  const [team, ...otherTeams] = data.teams;
  const [cycle, ...otherCycles] = data.cycles;
  if (
    !team ||
    !cycle ||
    otherTeams.length > 0 ||
    otherCycles.length > 0 ||
    cycle.teamId !== team.id
  ) {
    return { ok: false, problem: FOLDER_PROBLEMS.notOneQuarter };
  }
  return { ok: true, data, teamId: team.id, cycleId: cycle.id };
}

// The backup reader's sentences stand alone; here they follow the file's name.
const unusableRow = (problem: string): string => `holds a row Quarterdeck cannot use: ${problem}`;
