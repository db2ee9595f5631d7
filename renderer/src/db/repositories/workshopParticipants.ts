import {
  participantSchema,
  type Participant,
  type SubmissionSource,
} from '@shared/domain/workshop';
import { assertExpectedVersion, type ExpectedVersion } from '@shared/domain/revisions';
import { type DeletionSnapshot, db, newId, nowIso } from './common';
import { next, nextOrder, requireWorkshop } from './workshopRows';

/*
 * The workshop's people: added on the laptop or joined from a device in the room, renamed (if
 * still the version the name was typed over), and removed with their votes.
 */

export async function listParticipants(workshopId: string): Promise<Participant[]> {
  const rows = await db().workshopParticipants.where('workshopId').equals(workshopId).toArray();
  return rows.sort((a, b) => a.order - b.order);
}

/**
 * Adds a participant; without a name they are "Participant N". A device in the room brings the
 * id the room gave it, so its later submissions find their author.
 */
export async function addParticipant(
  workshopId: string,
  name: string,
  source: SubmissionSource = 'laptop',
  id: string = newId(),
): Promise<Participant> {
  const d = db();
  return d.transaction('rw', d.workshops, d.workshopParticipants, async () => {
    await requireWorkshop(workshopId);
    const others = await d.workshopParticipants.where('workshopId').equals(workshopId).toArray();
    const at = nowIso();
    const participant = participantSchema.parse({
      id,
      workshopId,
      name: name.trim() || `Participant ${others.length + 1}`,
      order: nextOrder(others),
      source,
      createdAt: at,
      updatedAt: at,
      revision: 0,
    } satisfies Participant);
    await d.workshopParticipants.add(participant);
    return participant;
  });
}

/** Renames a participant, if they are still the version the name was typed over (`expected`). */
export async function renameParticipant(
  id: string,
  name: string,
  expected?: ExpectedVersion,
): Promise<Participant> {
  const d = db();
  return d.transaction('rw', d.workshopParticipants, async () => {
    const existing = await d.workshopParticipants.get(id);
    if (!existing) throw new Error('That participant is no longer in the workshop.');
    assertExpectedVersion('participant', existing, expected);
    const renamed = participantSchema.parse(next({ ...existing, name }, nowIso()));
    await d.workshopParticipants.put(renamed);
    return renamed;
  });
}

/** Removes a participant with their votes; their cards stay, unsigned. Returns what Undo needs. */
export async function removeParticipant(id: string): Promise<DeletionSnapshot> {
  const d = db();
  return d.transaction(
    'rw',
    [d.workshopParticipants, d.workshopCards, d.workshopBallots, d.confidenceVotes],
    async () => {
      const participant = await d.workshopParticipants.get(id);
      if (!participant) throw new Error('That participant is no longer in the workshop.');
      const byThem = <T extends { participantId: string | null }>(rows: T[]) =>
        rows.filter((r) => r.participantId === id);
      const inWorkshop = participant.workshopId;
      const cards = byThem(await d.workshopCards.where('workshopId').equals(inWorkshop).toArray());
      const ballots = byThem(
        await d.workshopBallots.where('workshopId').equals(inWorkshop).toArray(),
      );
      const votes = byThem(
        await d.confidenceVotes.where('workshopId').equals(inWorkshop).toArray(),
      );
      await d.workshopParticipants.delete(id);
      await d.workshopBallots.bulkDelete(ballots.map((b) => b.id));
      await d.confidenceVotes.bulkDelete(votes.map((v) => v.id));
      const at = nowIso();
      await d.workshopCards.bulkPut(cards.map((c) => next({ ...c, participantId: null }, at)));
      return {
        label: `Participant “${participant.name}”`,
        rows: {
          workshopParticipants: [participant],
          workshopCards: cards,
          workshopBallots: ballots,
          confidenceVotes: votes,
        },
      };
    },
  );
}
