import * as z from 'zod';
import type { FormSchema } from './useSchemaForm';

/** The longest text each field of a form's schema accepts, by field name. */
export function textLimits(schema: FormSchema): Readonly<Record<string, number>> {
  const limits: Record<string, number> = {};
  for (const [name, field] of Object.entries(schema.shape)) {
    const limit = maxLengthOf(field);
    if (limit !== null) limits[name] = limit;
  }
  return limits;
}

/** A string schema's maximum length, looking through optional, nullable and default wrappers. */
function maxLengthOf(schema: z.core.$ZodType): number | null {
  if (schema instanceof z.ZodString) return schema.maxLength;
  if (
    schema instanceof z.ZodOptional ||
    schema instanceof z.ZodNullable ||
    schema instanceof z.ZodDefault
  ) {
    return maxLengthOf(schema.unwrap());
  }
  return null;
}
