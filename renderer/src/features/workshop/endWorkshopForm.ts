import * as z from 'zod';
import { typedNumber } from '@shared/domain/numbers';
import { effortEntrySchema, workshopMinutes, type Workshop } from '@shared/domain/workshop';

/** The workshop's time and attendees as its form takes them: the effort record's own rules. */
export const endWorkshopFormSchema = z.object({
  minutes: typedNumber(effortEntrySchema.shape.minutes),
  attendees: typedNumber(effortEntrySchema.shape.attendees),
});

/** The form's start: the time the agenda items ran, and everyone who took part. */
export function endWorkshopToForm(
  workshop: Workshop | undefined,
  participants: number,
  now: number,
) {
  return {
    minutes: workshop ? String(workshopMinutes(workshop, now)) : '',
    attendees: String(Math.max(1, participants)),
  };
}
