import { describeFieldValue, fieldLabel } from '@shared/domain/fieldLabels';
import {
  ENTITY_NOUNS,
  isLaterVersion,
  type EntityKind,
  type Versioned,
} from '@shared/domain/revisions';
import { type FieldMerge, type Fields, type MergeSide, isSameValue } from '@shared/sync/merge';

/*
 * What a record form needs to know about versions, apart from React: whether a record it shows
 * has moved on, and how a save that met a newer version is put to the person.
 */

/** A record as stored: an id and a version. */
export type StoredRecord = Versioned & { id: string };

/** Whether a value is a stored record (forms that create records have none). */
export function isStoredRecord(value: unknown): value is StoredRecord {
  if (typeof value !== 'object' || value === null) return false;
  const row = value as Record<string, unknown>;
  return typeof row.id === 'string' && typeof row.updatedAt === 'string';
}

/**
 * Whether `live` (the record as the database has it now) is newer than `base` (the one a form is
 * based on): another record in its place (a check-in's correction), a later version, or a record
 * where the form had none (answers first saved in another window).
 */
export function hasMovedOn(live: unknown, base: unknown): live is StoredRecord {
  if (!isStoredRecord(live)) return false;
  if (!isStoredRecord(base)) return true;
  return live.id !== base.id || isLaterVersion(live, base);
}

/** Who changed a field since the form opened: only here, only there, or both (differently). */
export type ChangedBy = 'mine' | 'theirs' | 'both';

/** One field that differs between the person's version and the one saved elsewhere. */
export type ConflictField = {
  field: string;
  /** The field's name in a sentence, e.g. "measured by". */
  label: string;
  yours: string;
  theirs: string;
  changedBy: ChangedBy;
};

/** What a save that met a newer version shows: the record's noun and the fields that differ. */
export type ConflictSummary = { noun: string; fields: ConflictField[] };

/** What a record is called in a sentence; "record" for a form that did not say. */
export function nounOf(entity: EntityKind | undefined): string {
  return entity ? ENTITY_NOUNS[entity] : 'record';
}

/**
 * The fields where the person's version and the other window's differ, each with who changed it:
 * a field changed to the same value on both sides is no difference.
 */
export function summarizeConflict<T extends Fields>(
  entity: EntityKind | undefined,
  merge: FieldMerge<T>,
  mine: T,
  theirs: T,
): ConflictSummary {
  const fields: ConflictField[] = [];
  for (const field of Object.keys(merge.merged).concat(Object.keys(theirs))) {
    if (fields.some((f) => f.field === field) || isSameValue(mine[field], theirs[field])) continue;
    const isMine = merge.changedInMine.includes(field);
    const isTheirs = merge.changedInTheirs.includes(field);
    if (!isMine && !isTheirs) continue;
    fields.push({
      field,
      label: entity ? fieldLabel(entity, field) : field,
      yours: describeFieldValue(mine[field]),
      theirs: describeFieldValue(theirs[field]),
      changedBy: isMine && isTheirs ? 'both' : isMine ? 'mine' : 'theirs',
    });
  }
  return { noun: nounOf(entity), fields };
}

/** Whether the other side changed anything the person would see differently in the form. */
export function hasNewsFromTheirs<T extends Fields>(merge: FieldMerge<T>, mine: T, theirs: T) {
  return merge.changedInTheirs.some((field) => !isSameValue(mine[field], theirs[field]));
}

/** The default choice for each conflicting field: the person's own edit is kept. */
export function defaultChoices(summary: ConflictSummary): Record<string, MergeSide> {
  return Object.fromEntries(
    summary.fields.filter((f) => f.changedBy === 'both').map((f) => [f.field, 'mine' as const]),
  );
}

/** The record changed in another window while the form is open. */
export type ChangedElsewhere = {
  /** What the record is called: "key result". */
  noun: string;
  entity: EntityKind | undefined;
  /** The fields of this form that changed there. */
  fields: string[];
  /**
   * What the form did: kept the person's edits (saving will ask), showed the new version (nothing
   * had been typed), or took the other window's version when asked to.
   */
  outcome: 'kept' | 'refreshed' | 'taken';
};

/** A save that met a newer version: what differs, and the person's ways out. */
export type RecordConflict = ConflictSummary & {
  /** Saves the person's version of every field. */
  keepMine: () => void;
  /** Drops the person's edits and shows the version saved elsewhere. */
  takeTheirs: () => void;
  /** Saves both sides' changes, with the chosen side for each field both changed. */
  merge: (choices: Readonly<Record<string, MergeSide>>) => void;
  /** Back to the form, nothing saved; the next save asks again. */
  dismiss: () => void;
};
