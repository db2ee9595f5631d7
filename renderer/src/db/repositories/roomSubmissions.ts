import type { RoomEvent } from '@shared/room/protocol';
import { db } from './common';
import { addCard, deleteCard, editCard } from './workshopBoard';
import { addParticipant } from './workshopParticipants';
import { castBallot, castConfidence } from './workshopVotes';

/*
 * Submissions from participants' devices, stored through the same repository functions as the
 * laptop's own (source `device`), so every rule of the board and the votes applies to them too.
 */

/** Why one submission could not be stored, for the facilitator's log. */
export type SkippedSubmission = { event: RoomEvent; reason: string };

/** Stores the room's submissions in order; one that no longer fits is skipped and named. */
export async function applyRoomEvents(
  workshopId: string,
  events: readonly RoomEvent[],
): Promise<SkippedSubmission[]> {
  const skipped: SkippedSubmission[] = [];
  for (const event of events) {
    try {
      await applyOne(workshopId, event);
    } catch (error) {
      skipped.push({ event, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  return skipped;
}

async function ownCard(cardId: string, participantId: string): Promise<boolean> {
  const card = await db().workshopCards.get(cardId);
  return card?.participantId === participantId && card.source === 'device';
}

async function applyOne(workshopId: string, event: RoomEvent): Promise<void> {
  switch (event.type) {
    case 'joined':
      await addParticipant(workshopId, event.name, 'device', event.participantId);
      return;
    case 'card-added':
      await addCard(workshopId, event.text, event.participantId, 'device', event.cardId);
      return;
    case 'card-edited':
      if (!(await ownCard(event.cardId, event.participantId))) {
        throw new Error('That card is no longer on the board.');
      }
      await editCard(event.cardId, event.text);
      return;
    case 'card-withdrawn':
      if (!(await ownCard(event.cardId, event.participantId))) {
        throw new Error('That card is no longer on the board.');
      }
      await deleteCard(event.cardId);
      return;
    case 'dots-placed':
      await castBallot(workshopId, event.itemId, event.participantId, event.dots, 'device');
      return;
    case 'confidence-cast':
      await castConfidence(event.roundId, event.participantId, event.value, 'device');
      return;
  }
}
