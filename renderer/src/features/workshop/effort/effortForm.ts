import * as z from 'zod';
import { localDayOf } from '@shared/domain/calendar';
import { typedNumber } from '@shared/domain/numbers';
import { effortEntrySchema, effortPhaseSchema, type EffortPhase } from '@shared/domain/workshop';

/**
 * One meeting's time as its form takes it, by the effort record's own rules: minutes and people
 * typed as text and read by the one number parser; a blank "what" takes the activity's name.
 */
export const effortFormSchema = z.object({
  phase: effortPhaseSchema,
  label: z.string().trim().max(120, 'What it was must be at most 120 characters'),
  date: effortEntrySchema.shape.date,
  minutes: typedNumber(effortEntrySchema.shape.minutes),
  attendees: typedNumber(effortEntrySchema.shape.attendees),
});

/** An empty form for a meeting of `phase`, today. */
export function emptyEffortForm(phase: EffortPhase) {
  return { phase, label: '', date: localDayOf(new Date()), minutes: '', attendees: '' };
}
