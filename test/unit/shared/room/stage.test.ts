import { describe, expect, it } from 'vitest';
import type { Card, ConfidenceRound, Workshop } from '@shared/domain/workshop';
import { stageSchema } from '@shared/room/protocol';
import { stageFor } from '@shared/room/stage';

const at = '2027-01-11T09:00:00.000Z';
const item = (
  id: string,
  kind: Workshop['agenda'][number]['kind'],
  status: 'active' | 'pending',
) => ({
  id,
  kind,
  title: id,
  notes: 'facilitator only',
  minutes: 10,
  status,
  timer: { addedMs: 0, elapsedMs: 0, runningSince: status === 'active' ? 0 : null },
  dotsPerParticipant: 3,
  revealedAt: null,
});
const workshop = (current: string): Workshop => ({
  id: 'w',
  cycleId: 'c',
  teamId: 't',
  kind: 'planning',
  title: 'Planning',
  status: 'running',
  agenda: (
    [
      ['write', 'silent-writing'],
      ['vote', 'dot-vote'],
      ['conf', 'confidence-vote'],
    ] as const
  ).map(([id, kind]) => item(id, kind, id === current ? 'active' : 'pending')),
  currentItemId: current,
  theme: 'light',
  isChimeOn: false,
  decisions: [],
  openQuestions: [],
  actions: [],
  startedAt: at,
  endedAt: null,
  createdAt: at,
  updatedAt: at,
});
const card: Card = {
  id: 'card-1',
  workshopId: 'w',
  text: 'Faster CI',
  participantId: null,
  source: 'laptop',
  clusterId: null,
  mergedIntoId: null,
  order: 0,
  promotedTo: null,
  createdAt: at,
  updatedAt: at,
};
const round: ConfidenceRound = {
  id: 'r1',
  workshopId: 'w',
  keyResultId: 'kr1',
  revealedAt: null,
  agreedValue: null,
  agreedAt: null,
  createdAt: at,
  updatedAt: at,
};
const base = { cards: [card], clusters: [], rounds: [round], keyResults: [], now: 60_000 };

describe('what participants see', () => {
  it('asks for cards while the room writes, with the timer', () => {
    const stage = stageFor({ ...base, workshop: workshop('write') });
    expect(stage.item).toMatchObject({
      mode: 'write',
      timer: { remainingMs: 540_000, isRunning: true },
    });
    expect(stage.dots).toBeNull();
    expect(JSON.stringify(stage)).not.toContain('facilitator only');
    expect(stageSchema.safeParse(stage).success).toBe(true);
  });

  it('offers the dot vote’s candidates until it is revealed', () => {
    const open = stageFor({ ...base, workshop: workshop('vote') });
    expect(open.dots).toEqual({
      perParticipant: 3,
      candidates: [{ id: 'card-1', title: 'Faster CI' }],
    });
    const revealed = workshop('vote');
    revealed.agenda[1] = { ...revealed.agenda[1]!, revealedAt: at };
    expect(stageFor({ ...base, workshop: revealed })).toMatchObject({
      item: { mode: 'watch' },
      dots: null,
    });
  });

  it('shows nothing once the workshop has ended', () => {
    const ended = { ...workshop('write'), status: 'ended' as const };
    expect(stageFor({ ...base, workshop: ended }).item).toBeNull();
  });
});
