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

/**
 * Parses a number a person typed: "1,200" and "1,234.5" (thousands), "3,5" (a decimal comma),
 * " 3.5 ", "80%". Null when empty, NaN when it is not a number.
 */
export function parseNumberInput(text: string): number | null {
  let cleaned = text.trim().replace(/%$/, '').trim();
  if (cleaned === '') return null;
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(cleaned)) cleaned = cleaned.replace(/,/g, '');
  else if (/^[+-]?\d*,\d+$/.test(cleaned)) cleaned = cleaned.replace(',', '.');
  else if (cleaned.includes(',')) return Number.NaN;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : Number.NaN;
}

/** The message of anything thrown, for showing to a person. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : 'Something went wrong.';
}
