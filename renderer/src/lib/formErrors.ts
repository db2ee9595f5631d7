import type { z } from 'zod';
import { storageErrorMessage } from '../db/storageErrors';

/** First message per field from a zod error, keyed by the field's name. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? '');
    errors[key] ??= issue.message;
  }
  return errors;
}

/**
 * The message of anything thrown, for showing to a person; a full disk or a store that will not
 * open is said in plain words (`db/storageErrors.ts`), never as the browser's raw error.
 */
export function errorMessage(error: unknown): string {
  const storage = storageErrorMessage(error);
  if (storage) return storage;
  return error instanceof Error ? error.message : 'Something went wrong.';
}
