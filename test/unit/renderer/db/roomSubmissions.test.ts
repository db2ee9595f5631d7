import { beforeEach, describe, expect, it } from 'vitest';
import { applyRoomEvents } from '../../../../renderer/src/db/repositories/roomSubmissions';
import { addCard, listCards } from '../../../../renderer/src/db/repositories/workshopBoard';
import { listParticipants } from '../../../../renderer/src/db/repositories/workshopParticipants';
import { listBallots } from '../../../../renderer/src/db/repositories/workshopVotes';
import { openFreshDb, seedWorkshop } from './builders';

beforeEach(() => {
  openFreshDb();
});

describe('submissions from the room', () => {
  it('adds devices as participants and their cards and dots with the room’s ids', async () => {
    const { workshop: w } = await seedWorkshop();
    const vote = w.agenda.find((i) => i.kind === 'dot-vote')!;
    const skipped = await applyRoomEvents(w.id, [
      { type: 'joined', participantId: 'p-ana', name: 'Ana' },
      { type: 'card-added', participantId: 'p-ana', cardId: 'c-1', text: 'Faster CI' },
      { type: 'card-edited', participantId: 'p-ana', cardId: 'c-1', text: 'CI under 15 min' },
      {
        type: 'dots-placed',
        participantId: 'p-ana',
        itemId: vote.id,
        dots: [{ targetId: 'c-1', count: 2 }],
      },
    ]);
    expect(skipped).toEqual([]);
    expect(await listParticipants(w.id)).toMatchObject([
      { id: 'p-ana', name: 'Ana', source: 'device' },
    ]);
    expect(await listCards(w.id)).toMatchObject([
      { id: 'c-1', text: 'CI under 15 min', participantId: 'p-ana', source: 'device' },
    ]);
    expect(await listBallots(w.id)).toMatchObject([{ participantId: 'p-ana', source: 'device' }]);
  });

  it('never lets a device change a card that is not its own, and names what it skipped', async () => {
    const { workshop: w } = await seedWorkshop();
    const laptopCard = await addCard(w.id, 'Typed on the laptop', null);
    const skipped = await applyRoomEvents(w.id, [
      { type: 'joined', participantId: 'p-ben', name: 'Ben' },
      { type: 'card-withdrawn', participantId: 'p-ben', cardId: laptopCard.id },
      { type: 'card-added', participantId: 'p-ben', cardId: 'c-2', text: 'Real idea' },
    ]);
    expect(skipped.map((s) => s.reason)).toEqual(['That card is no longer on the board.']);
    expect((await listCards(w.id)).map((c) => c.text)).toEqual([
      'Typed on the laptop',
      'Real idea',
    ]);
  });
});
