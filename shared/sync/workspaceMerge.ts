import { emptyBackupData, type BackupData, type BackupTable } from '../backup/fileFormat';
import { UNIQUE_FIELDS } from '../backup/fileLayout';
import { REFERENCES } from '../backup/integrity';
import { FOLDER_TABLES } from '../folder/teamQuarterFile';
import { isSameValue, mergeFields, type FieldConflict, type Fields } from './merge';

/*
 * Merges a replica (a workspace folder, a colleague's file) into the database, row by row, from
 * three versions of the workspace: what both last agreed on (base), the database (mine) and the
 * replica (theirs). Added on one side → added; changed on one side → taken; changed on both, to
 * different values → a conflict a person resolves, both versions kept until then; deleted on one
 * side and unchanged on the other → deleted. Nothing is overwritten silently. Pure.
 */

export type Row = Fields & { id: string };

/** A row both sides changed (or, with no base, both added) to different values. */
export interface RowConflict {
  table: BackupTable;
  /** The database's row (its id is the one a resolution writes). */
  mine: Row;
  /**
   * The replica's row. Usually the same id; another id when both sides added a row that may exist
   * once (a key result's retrospective answer, a team's level).
   */
  theirs: Row;
  /** What both last agreed on; undefined when the row is new on both sides. */
  base: Row | undefined;
  /** The fields that differ and that both sides changed (with no base: every differing field). */
  fields: FieldConflict<Row>[];
}

/** One row with its table. */
export interface TableRow {
  table: BackupTable;
  row: Row;
}

/** What to do to the database, and what a person must decide. */
export interface WorkspaceMerge {
  /** Rows to write: added or changed in the replica, merged with this side's own changes. */
  puts: TableRow[];
  /** Rows deleted in the replica and unchanged here: removed (the caller offers undo). */
  deletes: TableRow[];
  conflicts: RowConflict[];
  /** Rows deleted in the replica but changed here since: kept, and written back. */
  keptHere: TableRow[];
  /** Rows deleted here but changed in the replica since: put back (they are in `puts` too). */
  restored: TableRow[];
}

export interface WorkspaceMergeOptions {
  /**
   * Whether a row missing from the replica may count as deleted there. False when part of the
   * replica could not be read (a file with conflict markers): its rows are missing, not deleted.
   */
  allowDeletions: boolean;
  /**
   * Whether a row deleted here since the base, and unchanged in the replica, comes back instead
   * of being deleted there. True when a folder is connected again after a pause: what was deleted
   * while the two were apart is not known to be meant for the other side, so nothing is lost.
   */
  restoreDeletedHere?: boolean;
}

/**
 * Fields every write stamps (they say when and how often, not what, so they never conflict),
 * and the id, which says which row, not what it holds.
 */
const BOOKKEEPING = ['id', 'revision', 'updatedAt'] as const;

/** A row's content: every field but the id and the bookkeeping ones. */
function contentOf(row: Row): Fields {
  const content: Record<string, unknown> = { ...row };
  for (const field of BOOKKEEPING) delete content[field];
  return content;
}

/** Whether two versions of a row say the same thing (bookkeeping aside). */
export function isSameContent(a: Row, b: Row): boolean {
  return isSameValue(contentOf(a), contentOf(b));
}

const revisionOf = (row: Row): number => (typeof row.revision === 'number' ? row.revision : 0);
const later = (a: unknown, b: unknown): string => (String(a) > String(b) ? String(a) : String(b));

/**
 * A row written over `mine` in the database: a new revision (so open forms notice) and the later
 * of the two sides' times.
 */
export function stampOver(content: Fields, mine: Row, theirs: Row): Row {
  return {
    ...(content as Row),
    id: mine.id,
    revision: Math.max(revisionOf(mine), revisionOf(theirs)) + 1,
    updatedAt: later(mine.updatedAt, theirs.updatedAt),
  };
}

function byId(data: BackupData, table: BackupTable): Map<string, Row> {
  return new Map((data[table] as readonly Row[]).map((row) => [row.id, row]));
}

/** Merges `theirs` into `mine` from `base`, table by table, in the backup's (parent-first) order. */
export function mergeWorkspace(
  base: BackupData,
  mine: BackupData,
  theirs: BackupData,
  options: WorkspaceMergeOptions,
): WorkspaceMerge {
  const result: WorkspaceMerge = {
    puts: [],
    deletes: [],
    conflicts: [],
    keptHere: [],
    restored: [],
  };
  for (const table of FOLDER_TABLES) {
    const b = byId(base, table);
    const m = byId(mine, table);
    const t = byId(theirs, table);
    const unique = UNIQUE_FIELDS[table];
    const mineByUnique = unique ? new Map([...m.values()].map((r) => [r[unique], r])) : undefined;
    for (const id of new Set([...b.keys(), ...m.keys(), ...t.keys()])) {
      const [bRow, mRow, tRow] = [b.get(id), m.get(id), t.get(id)];
      if (tRow && !mRow) {
        // Deleted here, unchanged there: deleted, unless deletions here are not to travel.
        if (bRow && isSameContent(bRow, tRow) && !options.restoreDeletedHere) continue;
        // Another row here may hold what this one holds once (both answered the same retro).
        const twin = unique ? mineByUnique?.get(tRow[unique]) : undefined;
        if (twin) {
          const fields = mergeFields({}, contentOf(twin), contentOf(tRow));
          result.conflicts.push({
            table,
            mine: twin,
            theirs: tRow,
            base: undefined,
            fields: fields.conflicts,
          });
          continue;
        }
        result.puts.push({ table, row: tRow });
        if (bRow) result.restored.push({ table, row: tRow });
        continue;
      }
      if (!tRow) {
        if (!mRow || !bRow || !options.allowDeletions) continue; // only here, or gone on both
        if (isSameContent(bRow, mRow)) result.deletes.push({ table, row: mRow });
        else result.keptHere.push({ table, row: mRow });
        continue;
      }
      if (!mRow) continue;
      if (isSameContent(mRow, tRow)) continue;
      // With no base (new on both sides, or a colleague's file), every difference is a conflict.
      const merge = mergeFields(bRow ? contentOf(bRow) : {}, contentOf(mRow), contentOf(tRow));
      if (merge.conflicts.length > 0) {
        result.conflicts.push({
          table,
          mine: mRow,
          theirs: tRow,
          base: bRow,
          fields: merge.conflicts,
        });
        continue;
      }
      if (!isSameValue(merge.merged, contentOf(mRow))) {
        result.puts.push({ table, row: stampOver(merge.merged, mRow, tRow) });
      }
    }
  }
  keepLinksWhole(result, mine, theirs);
  return result;
}

/**
 * A merge must leave no row without a row it cannot live without (a key result without its
 * objective). Where one side deleted a parent and the other gave it a new or changed child, the
 * parent stays (a deletion is kept back) or comes back (from the replica): the child is work
 * someone did, and the parent can still be deleted again on purpose.
 */
function keepLinksWhole(result: WorkspaceMerge, mine: BackupData, theirs: BackupData): void {
  for (let changed = true; changed;) {
    changed = false;
    const after = new Map<BackupTable, Map<string, Row>>();
    for (const table of FOLDER_TABLES) after.set(table, byId(mine, table));
    for (const { table, row } of result.deletes) after.get(table)?.delete(row.id);
    for (const { table, row } of result.puts) after.get(table)?.set(row.id, row);
    for (const { table, field, target } of REFERENCES) {
      const targets = after.get(target);
      for (const row of after.get(table)?.values() ?? []) {
        const parentId = row[field];
        if (typeof parentId !== 'string' || !targets || targets.has(parentId)) continue;
        const deletion = result.deletes.findIndex(
          (d) => d.table === target && d.row.id === parentId,
        );
        if (deletion >= 0) {
          const [kept] = result.deletes.splice(deletion, 1);
          if (kept) result.keptHere.push(kept);
        } else {
          const parent = (theirs[target] as readonly Row[]).find((r) => r.id === parentId);
          if (!parent) continue; // dangling on both sides already: not the merge's to mend
          result.puts.push({ table: target, row: parent });
          result.restored.push({ table: target, row: parent });
        }
        targets.set(parentId, row);
        changed = true;
      }
    }
  }
}

/**
 * The base to keep after a sync: what the replica holds now, except that each unresolved
 * conflict keeps its old base, so the next sync finds the same conflict until a person resolves
 * it (resolving sets that row's base to theirs: see {@link baseAfterResolving}).
 */
export function baseAfterSync(
  replicaNow: BackupData,
  oldBase: BackupData,
  conflicts: readonly RowConflict[],
): BackupData {
  const next = cloneTables(replicaNow);
  for (const { table, theirs } of conflicts) {
    const rows = next[table] as Row[];
    const old = (oldBase[table] as readonly Row[]).find((r) => r.id === theirs.id);
    const at = rows.findIndex((r) => r.id === theirs.id);
    if (at >= 0 && old) rows[at] = old;
    else if (at >= 0) rows.splice(at, 1);
    else if (old) rows.push(old);
  }
  return next;
}

/**
 * The base once a person resolved a conflict: their row becomes what both agreed on, so the
 * resolved row (now in the database) counts as changed here only, and is written to the replica.
 */
export function baseAfterResolving(base: BackupData, conflict: RowConflict): BackupData {
  const next = cloneTables(base);
  const rows = next[conflict.table] as Row[];
  const at = rows.findIndex((r) => r.id === conflict.theirs.id);
  if (at >= 0) rows[at] = conflict.theirs;
  else rows.push(conflict.theirs);
  return next;
}

/** A copy whose table arrays (not rows) may be changed. */
function cloneTables(data: BackupData): BackupData {
  const copy = emptyBackupData() as unknown as Record<BackupTable, Row[]>;
  for (const table of Object.keys(copy) as BackupTable[]) {
    copy[table] = [...((data[table] as readonly Row[] | undefined) ?? [])];
  }
  return copy as unknown as BackupData;
}

/** Whether a merge changes nothing and asks nothing. */
export function isEmptyMerge(merge: WorkspaceMerge): boolean {
  return merge.puts.length + merge.deletes.length + merge.conflicts.length === 0;
}
