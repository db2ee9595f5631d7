import { describe, expect, it } from 'vitest';
import {
  JOIN_CODE_ALPHABET,
  newJoinCode,
  newRoomSecret,
  ROOM_LIMITS,
  ROOM_SECRET_PATTERN,
  type Stage,
} from '@shared/room/protocol';
import { createRoom } from '@shared/room/room';

function fixture() {
  let clock = 1_000_000;
  let seq = 0;
  const room = createRoom({
    code: 'ABC234',
    now: () => clock,
    newId: () => `id-${++seq}`,
    newToken: () => `token-${++seq}`,
  });
  const join = (name: string) => {
    const joined = room.join({ code: 'abc 234', name });
    if (!joined.ok) throw new Error(joined.error);
    return joined;
  };
  return { room, join, tick: (ms: number) => (clock += ms) };
}

const writing: Stage = {
  workshopTitle: 'Q3 planning',
  item: {
    id: 'item-1',
    title: 'Write ideas',
    mode: 'write',
    timer: { remainingMs: 60_000, isRunning: true },
  },
  dots: null,
  confidence: null,
};
const voting: Stage = {
  workshopTitle: 'Q3 planning',
  item: { id: 'item-2', title: 'Vote', mode: 'dots', timer: null },
  dots: {
    perParticipant: 3,
    candidates: [
      { id: 'c1', title: 'A' },
      { id: 'c2', title: 'B' },
    ],
  },
  confidence: null,
};
const confidence: Stage = {
  workshopTitle: 'Q3 planning',
  item: { id: 'item-3', title: 'Confidence', mode: 'confidence', timer: null },
  dots: null,
  confidence: [{ id: 'round-1', label: 'Checkout success 94 % → 98 %' }],
};

describe('codes and secrets', () => {
  it('makes six-character codes from the unambiguous alphabet, without modulo bias', () => {
    let i = 0;
    const bytes = (n: number) => Uint8Array.from({ length: n }, () => (i++ * 37) % 256);
    const code = newJoinCode(bytes);
    expect(code).toHaveLength(6);
    for (const ch of code) expect(JOIN_CODE_ALPHABET).toContain(ch);
    // Bytes at or above the last whole multiple of the alphabet are never used.
    const high = newJoinCode((n) => Uint8Array.from({ length: n }, (_, k) => (k % 2 ? 255 : 0)));
    expect(high).toBe('AAAAAA');
  });

  it('makes 128-bit URL-safe secrets', () => {
    const secret = newRoomSecret((n) => Uint8Array.from({ length: n }, (_, k) => 250 - k));
    expect(secret).toMatch(ROOM_SECRET_PATTERN);
  });
});

describe('joining', () => {
  it('needs the right code and a name, and forgives case and spaces', () => {
    const { room } = fixture();
    expect(room.join({ code: 'ABC235', name: 'Ana' })).toMatchObject({ ok: false, status: 403 });
    expect(room.join({ code: 'ABC234', name: '  ' })).toMatchObject({ ok: false, status: 400 });
    expect(room.join({ code: 'ABC234', name: 'Ana', admin: true })).toMatchObject({
      ok: false,
      status: 400,
    });
    expect(room.join({ code: 'abc-234', name: 'Ana' })).toMatchObject({ ok: true });
    expect(room.participants()).toEqual([{ id: expect.any(String), name: 'Ana' }]);
  });

  it(`admits at most ${ROOM_LIMITS.maxParticipants} people`, () => {
    const { room, tick } = fixture();
    for (let i = 0; i < ROOM_LIMITS.maxParticipants; i++) {
      tick(1000);
      expect(room.join({ code: 'ABC234', name: `P${i}` }).ok).toBe(true);
    }
    tick(1000);
    expect(room.join({ code: 'ABC234', name: 'One more' })).toMatchObject({ status: 409 });
  });

  it('slows down guessing: wrong codes use up the join allowance', () => {
    const { room, tick } = fixture();
    for (let i = 0; i < ROOM_LIMITS.joinBurst; i++) room.join({ code: 'ZZZZZZ', name: 'x' });
    expect(room.join({ code: 'ABC234', name: 'Ana' })).toMatchObject({ status: 429 });
    tick(2000);
    expect(room.join({ code: 'ABC234', name: 'Ana' }).ok).toBe(true);
  });
});

describe('messages', () => {
  it('takes cards only while the room writes, and lets the author edit or withdraw them', () => {
    const { room, join } = fixture();
    const ana = join('Ana');
    const ben = join('Ben');
    expect(room.receive(ana.token, { type: 'card:add', text: 'Faster CI' })).toMatchObject({
      status: 409,
    });
    room.publish(writing);
    expect(room.receive(ana.token, { type: 'card:add', text: 'Faster CI' }).ok).toBe(true);
    const [cardId] = room.viewFor(ana.participantId).own.cards.map((c) => c.id);
    expect(room.receive(ben.token, { type: 'card:withdraw', cardId })).toMatchObject({
      status: 404,
    });
    expect(room.receive(ana.token, { type: 'card:edit', cardId, text: 'CI under 15 min' }).ok).toBe(
      true,
    );
    expect(room.viewFor(ana.participantId).own.cards).toEqual([
      { id: cardId, text: 'CI under 15 min' },
    ]);
    expect(room.takeEvents().map((e) => e.type)).toEqual([
      'joined',
      'joined',
      'card-added',
      'card-edited',
    ]);
    room.publish(voting);
    expect(room.receive(ana.token, { type: 'card:withdraw', cardId })).toMatchObject({
      status: 409,
    });
  });

  it('refuses an oversized card, unknown types and extra fields', () => {
    const { room, join } = fixture();
    const ana = join('Ana');
    room.publish(writing);
    expect(room.receive(ana.token, { type: 'card:add', text: 'x'.repeat(201) })).toMatchObject({
      status: 400,
      error: 'Your card must be at most 200 characters',
    });
    expect(room.receive(ana.token, { type: 'export:backup' })).toMatchObject({ status: 400 });
    expect(
      room.receive(ana.token, { type: 'card:add', text: 'ok', workshopId: 'w' }),
    ).toMatchObject({
      status: 400,
    });
    expect(room.receive('forged', { type: 'card:add', text: 'ok' })).toMatchObject({ status: 401 });
  });

  it('holds back a flood from one participant without slowing the others', () => {
    const { room, join, tick } = fixture();
    const ana = join('Ana');
    const ben = join('Ben');
    room.publish(writing);
    room.takeEvents();
    const results = Array.from({ length: 1000 }, (_, i) =>
      room.receive(ana.token, { type: 'card:add', text: `spam ${i}` }),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(ROOM_LIMITS.burst);
    expect(results.at(-1)).toMatchObject({ status: 429 });
    expect(room.receive(ben.token, { type: 'card:add', text: 'Real idea' }).ok).toBe(true);
    expect(room.takeEvents()).toHaveLength(ROOM_LIMITS.burst + 1);
    tick(1000);
    expect(room.receive(ana.token, { type: 'card:add', text: 'After a pause' }).ok).toBe(true);
  });

  it('caps how many cards one person keeps on the board', () => {
    const { room, join, tick } = fixture();
    const ana = join('Ana');
    room.publish(writing);
    for (let i = 0; i < ROOM_LIMITS.maxCardsPerParticipant; i++) {
      tick(1000);
      expect(room.receive(ana.token, { type: 'card:add', text: `idea ${i}` }).ok).toBe(true);
    }
    tick(1000);
    expect(room.receive(ana.token, { type: 'card:add', text: 'one more' })).toMatchObject({
      status: 409,
    });
  });

  it('checks dots against the shown choices and the allowance', () => {
    const { room, join, tick } = fixture();
    const ana = join('Ana');
    room.publish(voting);
    const place = (dots: { targetId: string; count: number }[], itemId = 'item-2') => {
      tick(1000);
      return room.receive(ana.token, { type: 'dots:place', itemId, dots });
    };
    expect(place([{ targetId: 'c1', count: 4 }])).toMatchObject({ status: 400 });
    expect(place([{ targetId: 'secret-card', count: 1 }])).toMatchObject({ status: 400 });
    expect(
      place([
        { targetId: 'c1', count: 2 },
        { targetId: 'c1', count: 1 },
      ]),
    ).toMatchObject({
      status: 400,
    });
    expect(place([{ targetId: 'c1', count: 1 }], 'item-1')).toMatchObject({ status: 409 });
    expect(
      place([
        { targetId: 'c1', count: 2 },
        { targetId: 'c2', count: 1 },
      ]).ok,
    ).toBe(true);
    expect(room.viewFor(ana.participantId).counts).toEqual({ participants: 1, submitted: 1 });
  });

  it('never shows one person’s votes to another', () => {
    const { room, join } = fixture();
    const ana = join('Ana');
    const ben = join('Ben');
    room.publish(confidence);
    expect(
      room.receive(ana.token, { type: 'confidence:cast', roundId: 'round-1', value: 35 }).ok,
    ).toBe(true);
    expect(
      room.receive(ana.token, { type: 'confidence:cast', roundId: 'other', value: 35 }),
    ).toMatchObject({ status: 409 });
    const benView = room.viewFor(ben.participantId);
    expect(JSON.stringify(benView)).not.toContain('35');
    expect(benView.counts.submitted).toBe(1);
    expect(room.viewFor(ana.participantId).own.confidence).toEqual({ 'round-1': 35 });
  });
});

describe('the facilitator', () => {
  it('publishes only well-formed stages', () => {
    const { room } = fixture();
    expect(room.publish({ ...writing, backup: 'x' })).toMatchObject({ status: 400 });
    expect(room.publish(writing).ok).toBe(true);
  });

  it('counts the timer down between publications', () => {
    const { room, join, tick } = fixture();
    const ana = join('Ana');
    room.publish(writing);
    tick(10_000);
    expect(room.viewFor(ana.participantId).stage.item?.timer?.remainingMs).toBe(50_000);
  });

  it('removes a participant and closes the room for everyone', () => {
    const { room, join } = fixture();
    const ana = join('Ana');
    const ben = join('Ben');
    room.publish(writing);
    expect(room.remove(ana.participantId)).toBe(true);
    expect(room.viewFor(ana.participantId).status).toBe('removed');
    expect(room.receive(ana.token, { type: 'card:add', text: 'x' })).toMatchObject({ status: 401 });
    room.close();
    expect(room.viewFor(ben.participantId)).toMatchObject({
      status: 'closed',
      stage: { item: null },
    });
    expect(room.receive(ben.token, { type: 'card:add', text: 'replayed' })).toMatchObject({
      status: 409,
    });
    expect(room.join({ code: 'ABC234', name: 'Late' })).toMatchObject({ status: 409 });
  });
});
