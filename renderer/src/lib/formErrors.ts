import * as z from 'zod';
import { describeValidationError } from '@shared/domain/validationMessages';
import { storageErrorMessage } from './storageErrors';

const FALLBACK = 'Something went wrong.';
/** Longer than this is a dump (a stack, a payload), not a message. */
const MAX_MESSAGE_LENGTH = 300;

/**
 * The one formatter for anything thrown on the way to the screen: a failed save, a host call, an
 * undo. A validation error becomes sentences naming each field, a full disk or a store that will
 * not open is said in plain words (`db/storageErrors.ts`), and raw text (zod's JSON, a stack, an
 * object) never reaches the screen.
 */
export function errorMessage(error: unknown): string {
  if (error instanceof z.ZodError) return describeValidationError(error);
  const storage = storageErrorMessage(error);
  if (storage) return storage;
  if (!(error instanceof Error)) return FALLBACK;
  const message = error.message.trim();
  if (message === '' || /^[[{]/.test(message) || message.length > MAX_MESSAGE_LENGTH) {
    return FALLBACK;
  }
  return message;
}
