import type { z } from 'zod';

/** First message per field from a zod error, keyed by the field's name. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? '');
    errors[key] ??= issue.message;
  }
  return errors;
}

/** Parses a number a person typed ("1,200", " 3.5 ", "80%"); null when empty, NaN when not a number. */
export function parseNumberInput(text: string): number | null {
  const cleaned = text.trim().replace(/,/g, '').replace(/%$/, '').trim();
  if (cleaned === '') return null;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : Number.NaN;
}

/** The message of anything thrown, for showing to a person. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : 'Something went wrong.';
}
