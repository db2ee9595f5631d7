/*
 * The one place that turns the browser's storage failures into words a person can act on.
 * IndexedDB reports a full disk or quota as `QuotaExceededError`, often wrapped: Dexie's
 * `AbortError` (the transaction was aborted) or `BulkError` with the quota error inside, and a
 * store it cannot open at all as `UnknownError: Internal error opening backing store`. Every
 * write is one transaction, so when one fails nothing of it was written and nothing was lost.
 */

/** What to say when the disk or the storage quota is full. */
export const STORAGE_FULL_MESSAGE =
  'There is no room left to save: the disk, or the space this browser gives Quarterdeck, is full. ' +
  'Nothing was lost: this change was not saved, and everything saved before it is still there. ' +
  'Free some disk space, or back up all data to a file (Back up or restore…), then try again.';

/** What to say when the data store cannot be opened or read at all. */
export const STORAGE_UNAVAILABLE_MESSAGE =
  'Quarterdeck could not open its data store (the disk may be full or the profile damaged). ' +
  'Nothing was deleted. Free some disk space and restart Quarterdeck; if this keeps happening, ' +
  'restore your latest backup file.';

/** The kind of storage failure an error is, or null when it is something else. */
export type StorageFailure = 'full' | 'unavailable';

type ErrorLike = { name?: unknown; message?: unknown; inner?: unknown; cause?: unknown };

const isObject = (value: unknown): value is ErrorLike & Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/** The error and every error wrapped inside it (Dexie's `inner`, `cause`, a bulk write's failures). */
function* causes(error: unknown, depth = 0): Generator<ErrorLike> {
  if (!isObject(error) || depth > 8) return;
  yield error;
  yield* causes(error.inner, depth + 1);
  yield* causes(error.cause, depth + 1);
  const failures = error.failures;
  if (Array.isArray(failures)) for (const f of failures) yield* causes(f, depth + 1);
}

/** Which storage failure `error` is: `full` (quota or disk), `unavailable` (cannot open), or null. */
export function storageFailureOf(error: unknown): StorageFailure | null {
  for (const e of causes(error)) {
    const name = typeof e.name === 'string' ? e.name : '';
    const message = typeof e.message === 'string' ? e.message : '';
    if (name === 'QuotaExceededError' || /quota/i.test(message)) return 'full';
  }
  for (const e of causes(error)) {
    const message = typeof e.message === 'string' ? e.message : '';
    if (/backing store/i.test(message)) return 'unavailable';
  }
  return null;
}

/** The plain-words message for a storage failure, or null when `error` is not one. */
export function storageErrorMessage(error: unknown): string | null {
  switch (storageFailureOf(error)) {
    case 'full':
      return STORAGE_FULL_MESSAGE;
    case 'unavailable':
      return STORAGE_UNAVAILABLE_MESSAGE;
    default:
      return null;
  }
}
