import * as z from 'zod';
import { typedNumber } from '@shared/domain/numbers';
import {
  AGENDA_KINDS,
  DEFAULT_DOTS,
  agendaItemKindSchema,
  agendaItemSchema,
  type AgendaItem,
} from '@shared/domain/workshop';

/**
 * An agenda item as its form takes it, checked by the same rules as the stored item: the
 * timebox and the dots typed as text and read by the one number parser; a blank title takes the
 * kind's name.
 */
export const agendaItemFormSchema = z.object({
  kind: agendaItemKindSchema,
  title: z.string().trim().max(120, 'The title must be at most 120 characters'),
  minutes: typedNumber(agendaItemSchema.shape.minutes),
  notes: agendaItemSchema.shape.notes,
  dotsPerParticipant: typedNumber(agendaItemSchema.shape.dotsPerParticipant),
});

/** An item as its form shows it; an empty form proposes a ten-minute discussion. */
export function agendaItemToForm(item: AgendaItem | undefined) {
  return {
    kind: item?.kind ?? ('discussion' as const),
    title: item?.title ?? '',
    minutes: String(item?.minutes ?? AGENDA_KINDS.discussion.defaultMinutes),
    notes: item?.notes ?? '',
    dotsPerParticipant: String(item?.dotsPerParticipant ?? DEFAULT_DOTS),
  };
}
