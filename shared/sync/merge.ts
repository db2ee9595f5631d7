/*
 * Three-way merge of one record's fields: what the record was (base), one side's version (mine)
 * and the other side's (theirs). A form uses it when a save meets a newer version saved in
 * another window; the workspace folder will use it when a file changed on disk and in the app.
 *
 * Fields are compared whole (an array or an object is one value): a field changed on one side
 * only is taken from that side; a field both sides changed, to different values, is a conflict
 * a person resolves. Pure and framework-free.
 */

/** A record's fields by name. Values are JSON-like: primitives, arrays and plain objects. */
export type Fields = Readonly<Record<string, unknown>>;

/** Which side's value a person chose for a conflicting field. */
export type MergeSide = 'mine' | 'theirs';

/** A field both sides changed, to different values. */
export type FieldConflict<T extends Fields> = {
  field: keyof T & string;
  base: unknown;
  mine: unknown;
  theirs: unknown;
};

/** The outcome of {@link mergeFields}. */
export type FieldMerge<T extends Fields> = {
  /**
   * Base with both sides' changes: a field changed on one side has that side's value; a
   * conflicting field keeps mine until {@link resolveFields} says otherwise.
   */
  merged: T;
  /** Fields mine changed from base (conflicting ones included), in field order. */
  changedInMine: (keyof T & string)[];
  /** Fields theirs changed from base (conflicting ones included), in field order. */
  changedInTheirs: (keyof T & string)[];
  /** Fields both changed to different values, in field order. */
  conflicts: FieldConflict<T>[];
};

/**
 * Equality of JSON-like values by structure: arrays item by item, plain objects key by key (a
 * missing key equals `undefined`), everything else by `Object.is`.
 */
export function isSameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => isSameValue(item, b[i]));
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    return unionOfKeys(a, b).every((key) => isSameValue(a[key], b[key]));
  }
  return false;
}

/**
 * Merges two versions of a record that both started from `base`, field by field. The result's
 * fields are the union of all three versions' fields; a field missing from a version counts as
 * `undefined` there, and a field `undefined` in the result is left out.
 *
 * Properties (tested with fast-check): merging a side with itself or with an unchanged side is
 * a no-op; merging again with the same other side changes nothing; conflicts are exactly the
 * fields both sides changed to different values.
 */
export function mergeFields<T extends Fields>(base: T, mine: T, theirs: T): FieldMerge<T> {
  const merged: Record<string, unknown> = {};
  const changedInMine: (keyof T & string)[] = [];
  const changedInTheirs: (keyof T & string)[] = [];
  const conflicts: FieldConflict<T>[] = [];
  for (const field of unionOfKeys(base, mine, theirs) as (keyof T & string)[]) {
    const b = base[field];
    const m = mine[field];
    const t = theirs[field];
    const isMineChanged = !isSameValue(m, b);
    const isTheirsChanged = !isSameValue(t, b);
    if (isMineChanged) changedInMine.push(field);
    if (isTheirsChanged) changedInTheirs.push(field);
    if (isMineChanged && isTheirsChanged && !isSameValue(m, t)) {
      conflicts.push({ field, base: b, mine: m, theirs: t });
    }
    const value = isMineChanged || !isTheirsChanged ? m : t;
    if (value !== undefined) merged[field] = value;
  }
  return { merged: merged as T, changedInMine, changedInTheirs, conflicts };
}

/** The merged record with each conflict settled: theirs where chosen, mine otherwise. */
export function resolveFields<T extends Fields>(
  merge: FieldMerge<T>,
  choices: Readonly<Partial<Record<keyof T & string, MergeSide>>>,
): T {
  const resolved: Record<string, unknown> = { ...merge.merged };
  for (const conflict of merge.conflicts) {
    const value = choices[conflict.field] === 'theirs' ? conflict.theirs : conflict.mine;
    if (value === undefined) delete resolved[conflict.field];
    else resolved[conflict.field] = value;
  }
  return resolved as T;
}

/** Fields whose values differ between two versions, in field order. */
export function changedFields<T extends Fields>(from: T, to: T): (keyof T & string)[] {
  return unionOfKeys(from, to).filter((key) => !isSameValue(from[key], to[key])) as (keyof T &
    string)[];
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** Every own key of the records, first-seen order. */
function unionOfKeys(...records: Readonly<Record<string, unknown>>[]): string[] {
  const keys = new Set<string>();
  for (const record of records) for (const key of Object.keys(record)) keys.add(key);
  return [...keys];
}
