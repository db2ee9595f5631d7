import { digestData, type BackupDigests, type RowDigest } from './digest';
import { BACKUP_TABLES, type BackupData, type BackupTable } from './fileFormat';
import { UNIQUE_FIELDS } from './fileLayout';

/** Replace: the database becomes exactly the backup. Merge: backup rows win by id, others stay. */
export type RestoreMode = 'replace' | 'merge';

/** Rows of one table a restore would add, overwrite, leave as they are, or delete. */
export interface TableChange {
  added: number;
  updated: number;
  unchanged: number;
  removed: number;
}

/** `kept`: a team only this computer has, which a merge leaves alone. */
export type TeamChange = 'added' | 'updated' | 'unchanged' | 'removed' | 'kept';

/** What a restore would do, for the preview a person confirms. */
export interface RestorePlan {
  mode: RestoreMode;
  tables: Record<BackupTable, TableChange>;
  /** Every team in the backup or the database, by name. */
  teams: { id: string; name: string; change: TeamChange }[];
  hasChanges: boolean;
}

type Row = Record<string, unknown>;

function rowsOf(data: BackupData, table: BackupTable): readonly Row[] {
  return data[table];
}

const idOf = (row: Row): string => String(row.id);

/** The ids of `current` rows whose unique key `incoming` gives to a row with another id. */
function collidingIds<R>(
  current: readonly R[],
  incoming: readonly R[],
  keyOf: (row: R) => unknown,
  idOfRow: (row: R) => string,
): string[] {
  const owner = new Map(incoming.map((r) => [keyOf(r), idOfRow(r)]));
  return current
    .filter((r) => owner.has(keyOf(r)) && owner.get(keyOf(r)) !== idOfRow(r))
    .map(idOfRow);
}

/**
 * Local rows a merge must delete first: ones holding a unique key (a KR's retro, a quarter's
 * retro) that the backup gives to a row with another id, which would otherwise abort the write.
 */
export function mergeCollisions(
  current: BackupData,
  incoming: BackupData,
): Partial<Record<BackupTable, string[]>> {
  const result: Partial<Record<BackupTable, string[]>> = {};
  for (const table of BACKUP_TABLES) {
    const field = UNIQUE_FIELDS[table];
    if (!field) continue;
    const ids = collidingIds(
      rowsOf(current, table),
      rowsOf(incoming, table),
      (r) => r[field],
      idOf,
    );
    if (ids.length > 0) result[table] = ids;
  }
  return result;
}

/** Compares the backup with the database row by row; pure, so the preview is testable. */
export function diffBackup(
  current: BackupData,
  incoming: BackupData,
  mode: RestoreMode,
): RestorePlan {
  return diffDigests(digestData(current), digestData(incoming), mode);
}

/** The ids of rows that hold a unique key the other side gives to a row with another id. */
function digestCollisions(
  current: BackupDigests,
  incoming: BackupDigests,
): Partial<Record<BackupTable, string[]>> {
  const result: Partial<Record<BackupTable, string[]>> = {};
  for (const table of BACKUP_TABLES) {
    if (!UNIQUE_FIELDS[table]) continue;
    const ids = collidingIds(
      current[table],
      incoming[table],
      (r) => r.unique,
      (r) => r.id,
    );
    if (ids.length > 0) result[table] = ids;
  }
  return result;
}

/**
 * {@link diffBackup} on the rows' digests (see `digest.ts`): what the preview runs, with the
 * database's digests taken by the backup worker as it reads the data for the safety backup
 * and the file's by the worker that reads it, so neither side's rows are compared here.
 */
export function diffDigests(
  current: BackupDigests,
  incoming: BackupDigests,
  mode: RestoreMode,
): RestorePlan {
  const cycleTeam = new Map<string, string | undefined>();
  for (const c of [...current.cycles, ...incoming.cycles]) cycleTeam.set(c.id, c.teamId);
  // Workshop rows know their workshop, and the workshop its quarter.
  const workshopCycle = new Map<string, string | undefined>();
  for (const w of [...current.workshops, ...incoming.workshops]) workshopCycle.set(w.id, w.cycleId);
  const teamOf = (table: BackupTable, row: RowDigest): string | undefined => {
    if (table === 'teams') return row.id;
    if (table === 'cycles' || table === 'levels') return String(row.teamId);
    const cycleId =
      row.cycleId !== undefined
        ? row.cycleId
        : row.workshopId !== undefined
          ? workshopCycle.get(row.workshopId)
          : undefined;
    return cycleId === undefined ? undefined : cycleTeam.get(cycleId);
  };
  const collisions = digestCollisions(current, incoming);
  const touchedTeams = new Set<string>();
  const tables = {} as Record<BackupTable, TableChange>;

  for (const table of BACKUP_TABLES) {
    const change: TableChange = { added: 0, updated: 0, unchanged: 0, removed: 0 };
    const local = new Map(current[table].map((r) => [r.id, r]));
    const incomingIds = new Set<string>();
    const touch = (row: RowDigest) => {
      const team = teamOf(table, row);
      if (team !== undefined) touchedTeams.add(team);
    };
    for (const row of incoming[table]) {
      incomingIds.add(row.id);
      const before = local.get(row.id);
      if (!before) change.added += 1;
      else if (before.digest === row.digest) {
        change.unchanged += 1;
        continue;
      } else change.updated += 1;
      touch(row);
    }
    const deleted = new Set(mode === 'replace' ? local.keys() : (collisions[table] ?? []));
    for (const id of deleted) {
      const row = local.get(id);
      if (incomingIds.has(id) || !row) continue;
      change.removed += 1;
      touch(row);
    }
    tables[table] = change;
  }

  const incomingTeams = new Set(incoming.teams.map((t) => t.id));
  const currentTeams = new Set(current.teams.map((t) => t.id));
  const named = new Map([...current.teams, ...incoming.teams].map((t) => [t.id, t.name ?? '']));
  const teams = [...named]
    .map(([id, name]) => {
      let change: TeamChange;
      if (!currentTeams.has(id)) change = 'added';
      else if (!incomingTeams.has(id)) change = mode === 'replace' ? 'removed' : 'kept';
      else change = touchedTeams.has(id) ? 'updated' : 'unchanged';
      if (change === 'kept' && touchedTeams.has(id)) change = 'updated';
      return { id, name, change };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
  const hasChanges = BACKUP_TABLES.some(
    (t) => tables[t].added + tables[t].updated + tables[t].removed > 0,
  );
  return { mode, tables, teams, hasChanges };
}
