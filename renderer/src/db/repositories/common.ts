import type { DeletedPart } from '@shared/domain/deletion';
import { nextVersion, type Versioned } from '@shared/domain/revisions';
import type { QuarterdeckDb } from '../schema';
import { getDb } from '../database';

/** A fresh random id for a new record. */
export function newId(): string {
  return crypto.randomUUID();
}

/** The current time as the ISO timestamp stored in `createdAt`/`updatedAt`. */
export function nowIso(): string {
  return new Date().toISOString();
}

export function db(): QuarterdeckDb {
  return getDb();
}

/** Table names a deletion may touch; the snapshot it returns lists rows per table. */
export type SnapshotTable =
  | 'teams'
  | 'levels'
  | 'cycles'
  | 'objectives'
  | 'keyResults'
  | 'checkIns'
  | 'keyResultRetros'
  | 'cycleRetros'
  | 'dependencies'
  | 'wizardDrafts'
  | WorkshopTable;

/** The workshop kit's tables (schema version 2). */
export type WorkshopTable =
  | 'workshops'
  | 'workshopParticipants'
  | 'workshopClusters'
  | 'workshopCards'
  | 'workshopBallots'
  | 'confidenceRounds'
  | 'confidenceVotes'
  | 'effortEntries';

/** Everything one deletion removed, so "Undo" can put it back exactly as it was. */
export type DeletionSnapshot = {
  label: string;
  /** What went with the parent, named in its toast (deletedWhat); the parent alone when absent. */
  went?: DeletedPart[];
  rows: Partial<Record<SnapshotTable, unknown[]>>;
};

/** What of a quarter's plan a deletion's rows hold, for its toast: objectives down to workshops. */
export function planParts(rows: DeletionSnapshot['rows']): DeletedPart[] {
  return [
    { count: rows.objectives?.length ?? 0, singular: 'objective' },
    { count: rows.keyResults?.length ?? 0, singular: 'key result' },
    { count: rows.checkIns?.length ?? 0, singular: 'check-in' },
    { count: rows.workshops?.length ?? 0, singular: 'workshop' },
  ];
}

/** Restores a deletion's rows in one transaction: all of them come back or none do. */
export async function restoreSnapshot(snapshot: DeletionSnapshot): Promise<void> {
  const d = db();
  const tables = Object.keys(snapshot.rows) as SnapshotTable[];
  await d.transaction(
    'rw',
    tables.map((t) => d.table(t)),
    async () => {
      for (const t of tables) {
        const rows = snapshot.rows[t];
        if (rows && rows.length > 0) await d.table(t).bulkPut(rows);
      }
    },
  );
}

/** Swaps a record with its neighbour in `order`; returns false at either end of the list. */
export function swapOrder<T extends { id: string; order: number }>(
  sorted: T[],
  id: string,
  delta: -1 | 1,
): [T, T] | null {
  const index = sorted.findIndex((r) => r.id === id);
  const other = sorted[index + delta];
  const self = sorted[index];
  if (index < 0 || !other || !self) return null;
  return [self, other];
}

/**
 * Rows after a reordering, each one whose place changed (`before[i]` was its old `order`) with
 * its next revision: a move is a write like any other.
 */
export function renumbered<T extends Versioned & { order: number }>(
  rows: T[],
  before: readonly number[],
): T[] {
  const at = nowIso();
  return rows.map((row, i) =>
    row.order === before[i] ? row : { ...row, ...nextVersion(row, at) },
  );
}

/** The tables holding a quarter's own rows, each keyed by its `cycleId`. */
export function quarterTables(d: QuarterdeckDb) {
  return [
    d.objectives,
    d.keyResults,
    d.checkIns,
    d.keyResultRetros,
    d.cycleRetros,
    d.dependencies,
  ] as const;
}
