import * as z from 'zod';
import {
  DATE_RANGE_MESSAGE,
  FIRST_YEAR,
  isDayInRange,
  isYearInRange,
  LAST_YEAR,
} from './calendar/days';
import { isNumberInRange, NUMBER_RANGE_MESSAGE } from './numbers';
import { lazySchema } from './lazySchema';

/*
 * The ranges every stored value keeps, for every door: forms, plan files, backups and IPC all
 * parse with these schemas, so a value one door refuses no other door lets in. A message names
 * the rule; the door adds the field and the row (see `shared/backup/problems.ts`, `planImport.ts`).
 */

/** Runs a range check only on a value that passed its format: one problem per value, not two. */
export const whenWellFormed = {
  when: (payload: { issues: readonly unknown[] }) => payload.issues.length === 0,
};

/** Entity ids are random UUIDs so records merge across machines without clashes. */
export const idSchema = lazySchema(() => z.string().min(1).max(64));

/** ISO timestamp written by the app, in the years every date keeps to. */
export const timestampSchema = lazySchema(() =>
  z.iso
    .datetime({ offset: true, message: 'Use a time written like 2027-01-04T09:00:00Z' })
    .refine((text) => isYearInRange(new Date(text).getUTCFullYear()), {
      message: `The time must be between ${FIRST_YEAR} and ${LAST_YEAR}`,
      ...whenWellFormed,
    }),
);

/**
 * A calendar date, YYYY-MM-DD, with no time zone: quarters start and end on days. A real day
 * (no 30 February) from 1970 to 2200: a year-0000 date would pass a pattern and then break every
 * chart and document of its quarter.
 */
export const isoDateSchema = lazySchema(() =>
  z.iso
    .date('Use a real date, written like 2027-01-04')
    .refine(isDayInRange, { message: DATE_RANGE_MESSAGE, ...whenWellFormed }),
);

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
export const confidenceSchema = lazySchema(() => z.number().int().min(0).max(100));

/** A measured or planned quantity: finite and within what a key result can mean. */
export const measureSchema = lazySchema(() =>
  z.number().refine(isNumberInRange, NUMBER_RANGE_MESSAGE),
);

/** A quantity or null when not known yet (a KR without a baseline is a coach finding, not an error). */
export const optionalNumberSchema = lazySchema(() => measureSchema.nullable());
