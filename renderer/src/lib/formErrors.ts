import { z } from 'zod';
import { describeValidationError } from '@shared/domain/validationMessages';

const FALLBACK = 'Something went wrong.';
/** Longer than this is a dump (a stack, a payload), not a message. */
const MAX_MESSAGE_LENGTH = 300;

/** Errors from the browser's storage, by name, in words a person can act on. */
const STORAGE_ERRORS: Readonly<Record<string, string>> = {
  QuotaExceededError:
    'There is no room left to save on this computer. Free some disk space and try again.',
  DatabaseClosedError: 'The data store was closed. Reload the window and try again.',
  OpenFailedError: 'The data store could not be opened. Reload the window and try again.',
};

/**
 * The one formatter for anything thrown on the way to the screen: a failed save, a host call, an
 * undo. A validation error becomes sentences naming each field, a storage error says what to do,
 * and raw text (zod's JSON, a stack, an object) never reaches the screen.
 */
export function errorMessage(error: unknown): string {
  if (error instanceof z.ZodError) return describeValidationError(error);
  if (!(error instanceof Error)) return FALLBACK;
  const known = STORAGE_ERRORS[error.name] ?? STORAGE_ERRORS[inner(error)?.name ?? ''];
  if (known) return known;
  const message = error.message.trim();
  if (message === '' || /^[[{]/.test(message) || message.length > MAX_MESSAGE_LENGTH) {
    return FALLBACK;
  }
  return message;
}

/** Dexie wraps the browser's error as `inner`. */
function inner(error: Error): Error | undefined {
  const wrapped: unknown = (error as { inner?: unknown }).inner;
  return wrapped instanceof Error ? wrapped : undefined;
}
