import { checkInSchema, checkInValuesSchema, type CheckIn } from '@shared/domain';
import { typedNumber } from '@shared/domain/numbers';

/**
 * A check-in's answer as the repository checks it, with the value and the confidence read from
 * what was typed by the one number parser (the meeting and a correction alike).
 */
export const checkInFormSchema = checkInValuesSchema.extend({
  value: typedNumber(checkInSchema.shape.value),
  confidence: typedNumber(checkInSchema.shape.confidence),
});

/** What the answer's fields hold while typing. */
export type CheckInFormValues = {
  value: string;
  confidence: string;
  changed: string;
  blockers: string;
};

/** A recorded check-in as its form shows it. */
export function checkInToForm(checkIn: CheckIn | undefined): CheckInFormValues {
  return {
    value: checkIn?.value == null ? '' : String(checkIn.value),
    confidence: checkIn ? String(checkIn.confidence) : '',
    changed: checkIn?.changed ?? '',
    blockers: checkIn?.blockers ?? '',
  };
}
