import { z } from 'zod';

/** Entity ids are random UUIDs so records merge across machines without clashes. */
export const idSchema = z.string().min(1).max(64);

/** ISO timestamp written by the app. */
export const timestampSchema = z.iso.datetime({ offset: true });

/** A calendar date, YYYY-MM-DD, with no time zone: quarters start and end on days. */
export const isoDateSchema = z.iso.date();

/** Free text a person typed: trimmed, bounded so a paste accident cannot bloat the database. */
export const textSchema = (max = 2000) => z.string().trim().max(max);

/** A required one-line name or title. */
export const titleSchema = (label: string, max = 200) =>
  z
    .string()
    .trim()
    .min(1, `${label} is required`)
    .max(max, `${label} must be at most ${max} characters`);

/** How confident a team is that a key result will be met: a whole percentage, 0 to 100. */
export const confidenceSchema = z.number().int().min(0).max(100);

/** A finite number or null when not known yet (a KR without a baseline is a coach finding, not an error). */
export const optionalNumberSchema = z.number().nullable();
