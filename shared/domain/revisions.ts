import * as z from 'zod';
import { lazySchema } from './lazySchema';

/*
 * Every editable record carries a revision: a count of its writes, beside its `updatedAt`. A save
 * names the version it was based on; the repository compares it inside the write transaction and
 * refuses a stale one with a {@link RevisionConflictError}, so no edit overwrites another unseen.
 */

/**
 * How many times a record has been changed: 0 when created, one more with every write. A row
 * written before revisions existed has none: parsing (a backup, a file) reads it as 0, and a row
 * read straight from the database may still lack it, so the type keeps it optional and code reads
 * it through {@link revisionOf}. (Optional in the type also keeps records built in code, fixtures
 * and benchmarks valid without one.)
 */
export const revisionSchema = lazySchema(() =>
  z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER).default(0).optional(),
);

/** The version of a record a save was based on: its revision and the time of that write. */
export type RecordVersion = { revision: number; updatedAt: string };

/** A stored record as read from the database: older rows may lack a revision. */
export type Versioned = { revision?: number | undefined; updatedAt: string };

/**
 * What a write expects to find: a version (an edit of that version), `null` (a new record: none
 * may exist yet) or `undefined` (no expectation: the write is not based on a copy a person saw).
 */
export type ExpectedVersion = RecordVersion | null | undefined;

/** A record's revision; 0 for a row written before revisions existed. */
export function revisionOf(row: Versioned): number {
  return row.revision ?? 0;
}

/** The version of a record as stored. */
export function versionOf(row: Versioned): RecordVersion {
  return { revision: revisionOf(row), updatedAt: row.updatedAt };
}

/**
 * The version a write gives a record, stamped `at`: the next revision of `previous`, or 0 for a
 * new record. Both parts are compared, so a row put back by a restore or an older app (same
 * revision, another time) still counts as changed.
 */
export function nextVersion(previous: Versioned | undefined, at: string): RecordVersion {
  return { revision: previous ? revisionOf(previous) + 1 : 0, updatedAt: at };
}

/** Whether `current` (undefined: no such record) is still what a write expected to find. */
export function isExpectedVersion(
  current: Versioned | undefined,
  expected: ExpectedVersion,
): boolean {
  if (expected === undefined) return true;
  if (expected === null || current === undefined) return expected === null && !current;
  return revisionOf(current) === expected.revision && current.updatedAt === expected.updatedAt;
}

/**
 * Whether `candidate` is a later version than `known`: a higher revision, or the same revision
 * written at another time (a restore). A lower revision is an older copy, not news.
 */
export function isLaterVersion(candidate: Versioned, known: Versioned): boolean {
  const a = revisionOf(candidate);
  const b = revisionOf(known);
  return a > b || (a === b && candidate.updatedAt !== known.updatedAt);
}

/** The kinds of record a person edits, for messages that name them. */
export type EntityKind =
  | 'team'
  | 'cycle'
  | 'objective'
  | 'keyResult'
  | 'checkIn'
  | 'keyResultRetro'
  | 'cycleRetro'
  | 'dependency'
  | 'workshop'
  | 'agendaItem'
  | 'participant'
  | 'card'
  | 'cluster'
  | 'confidenceRound';

/** What a person calls each kind of record, in a sentence: "This key result was changed…". */
export const ENTITY_NOUNS: Readonly<Record<EntityKind, string>> = {
  team: 'team',
  cycle: 'quarter',
  objective: 'objective',
  keyResult: 'key result',
  checkIn: 'check-in',
  keyResultRetro: 'retrospective answer',
  cycleRetro: 'quarter retrospective',
  dependency: 'dependency',
  workshop: 'workshop',
  agendaItem: 'agenda item',
  participant: 'participant',
  card: 'card',
  cluster: 'cluster',
  confidenceRound: 'confidence vote',
};

/**
 * A write based on a version that is no longer the stored one. Carries the record as it is now
 * (undefined when it was deleted), so the person can see what changed and choose.
 */
export class RevisionConflictError<T = unknown> extends Error {
  override readonly name = 'RevisionConflictError';

  constructor(
    readonly entity: EntityKind,
    readonly current: T | undefined,
  ) {
    super(
      current === undefined
        ? `This ${ENTITY_NOUNS[entity]} was deleted in another window; nothing was saved.`
        : `This ${ENTITY_NOUNS[entity]} was changed in another window after it was opened; nothing was overwritten.`,
    );
  }
}

export function isRevisionConflict(error: unknown): error is RevisionConflictError {
  return error instanceof RevisionConflictError;
}

/**
 * Throws a {@link RevisionConflictError} unless `current` is what the write expected. Called by
 * repositories inside their write transaction, so nothing can slip in between check and write.
 */
export function assertExpectedVersion<T extends Versioned>(
  entity: EntityKind,
  current: T | undefined,
  expected: ExpectedVersion,
): void {
  if (!isExpectedVersion(current, expected)) throw new RevisionConflictError(entity, current);
}
