import { ballotProblem } from '../domain/workshop/dotVote';
import {
  createRateLimit,
  describeProblem,
  EMPTY_STAGE,
  joinRequestSchema,
  normalizeJoinCode,
  participantMessageSchema,
  ROOM_LIMITS,
  stageSchema,
  type OwnSubmissions,
  type ParticipantMessage,
  type ParticipantView,
  type Refusal,
  type RoomEvent,
  type Stage,
} from './protocol';

/*
 * One open room: who joined, what the facilitator shows, and each participant's own
 * submissions. It checks every message against the current stage (a card only while the room
 * writes, dots only on the candidates shown) and queues what it accepts for the facilitator's
 * screen, which stores it. Votes go one way: no view ever carries another person's values.
 */

type Member = {
  id: string;
  name: string;
  token: string;
  limit: ReturnType<typeof createRateLimit>;
  cards: Map<string, { text: string; itemId: string }>;
  /** Dots per dot-vote item, and confidence per round. */
  dots: Map<string, { targetId: string; count: number }[]>;
  confidence: Map<string, number>;
};

export type RoomOptions = {
  code: string;
  now: () => number;
  /** A random id (cards, participants) and a random unguessable token. */
  newId: () => string;
  newToken: () => string;
};

export type Accepted<T> = { ok: true } & T;

export type Room = ReturnType<typeof createRoom>;

/** A room with the given join code, open until {@link Room.close}. */
export function createRoom({ code, now, newId, newToken }: RoomOptions) {
  const members = new Map<string, Member>();
  const byToken = new Map<string, Member>();
  const removed = new Set<string>();
  const joins = createRateLimit(ROOM_LIMITS.joinBurst, ROOM_LIMITS.joinRefillPerSecond, now);
  let events: RoomEvent[] = [];
  let stage: Stage = EMPTY_STAGE;
  let publishedAt = now();
  let isOpen = true;
  const listeners = new Set<() => void>();
  const changed = () => listeners.forEach((listener) => listener());

  const queue = (event: RoomEvent): Refusal | null => {
    if (events.length >= ROOM_LIMITS.maxPendingEvents) {
      return { ok: false, status: 429, error: 'The room is busy: try again in a moment.' };
    }
    events.push(event);
    return null;
  };

  const refuse = (status: Refusal['status'], error: string): Refusal => ({
    ok: false,
    status,
    error,
  });

  function apply(member: Member, message: ParticipantMessage): Refusal | null {
    const item = stage.item;
    switch (message.type) {
      case 'card:add': {
        if (item?.mode !== 'write') return refuse(409, 'The room is not writing cards right now.');
        if (member.cards.size >= ROOM_LIMITS.maxCardsPerParticipant) {
          return refuse(409, `You have ${ROOM_LIMITS.maxCardsPerParticipant} cards already.`);
        }
        const cardId = newId();
        const problem = queue({
          type: 'card-added',
          participantId: member.id,
          cardId,
          text: message.text,
        });
        if (!problem) member.cards.set(cardId, { text: message.text, itemId: item.id });
        return problem;
      }
      case 'card:edit':
      case 'card:withdraw': {
        const card = member.cards.get(message.cardId);
        if (!card) return refuse(404, 'That card is not yours or no longer exists.');
        if (item?.mode !== 'write' || item.id !== card.itemId) {
          return refuse(409, 'That item has ended: the card stays as it is.');
        }
        if (message.type === 'card:withdraw') {
          const problem = queue({
            type: 'card-withdrawn',
            participantId: member.id,
            cardId: message.cardId,
          });
          if (!problem) member.cards.delete(message.cardId);
          return problem;
        }
        const problem = queue({
          type: 'card-edited',
          participantId: member.id,
          cardId: message.cardId,
          text: message.text,
        });
        if (!problem) card.text = message.text;
        return problem;
      }
      case 'dots:place': {
        if (item?.mode !== 'dots' || item.id !== message.itemId || !stage.dots) {
          return refuse(409, 'That dot vote is not open.');
        }
        const ids = stage.dots.candidates.map((c) => c.id);
        const targets = new Set(message.dots.map((d) => d.targetId));
        if (targets.size !== message.dots.length) return refuse(400, 'One line per choice.');
        const wrong = ballotProblem(message.dots, stage.dots.perParticipant, ids);
        if (wrong) return refuse(400, wrong);
        const problem = queue({
          type: 'dots-placed',
          participantId: member.id,
          itemId: message.itemId,
          dots: message.dots,
        });
        if (!problem) member.dots.set(message.itemId, message.dots);
        return problem;
      }
      case 'confidence:cast': {
        if (
          item?.mode !== 'confidence' ||
          !stage.confidence?.some((r) => r.id === message.roundId)
        ) {
          return refuse(409, 'That confidence vote is not open.');
        }
        const problem = queue({
          type: 'confidence-cast',
          participantId: member.id,
          roundId: message.roundId,
          value: message.value,
        });
        if (!problem) member.confidence.set(message.roundId, message.value);
        return problem;
      }
    }
  }

  function submitted(): number {
    const item = stage.item;
    if (!item) return 0;
    let count = 0;
    for (const member of members.values()) {
      const has =
        item.mode === 'write'
          ? [...member.cards.values()].some((c) => c.itemId === item.id)
          : item.mode === 'dots'
            ? member.dots.has(item.id)
            : item.mode === 'confidence'
              ? (stage.confidence ?? []).some((r) => member.confidence.has(r.id))
              : false;
      if (has) count += 1;
    }
    return count;
  }

  function ownOf(member: Member): OwnSubmissions {
    const itemId = stage.item?.id;
    return {
      cards: [...member.cards]
        .filter(([, card]) => card.itemId === itemId)
        .map(([id, card]) => ({ id, text: card.text })),
      dots: itemId ? (member.dots.get(itemId) ?? []) : [],
      confidence: Object.fromEntries(member.confidence),
    };
  }

  return {
    code,
    get isOpen() {
      return isOpen;
    },

    /** Admits a device with the right code and a name, while there is room. */
    join(body: unknown): Accepted<{ participantId: string; token: string }> | Refusal {
      if (!isOpen) return refuse(409, 'This session is over.');
      if (!joins.take()) return refuse(429, 'Too many attempts: wait a few seconds and try again.');
      const parsed = joinRequestSchema.safeParse(body);
      if (!parsed.success) return refuse(400, describeProblem(parsed.error));
      if (normalizeJoinCode(parsed.data.code) !== code) {
        return refuse(403, 'That code is not right: check the code on the screen.');
      }
      if (members.size >= ROOM_LIMITS.maxParticipants) {
        return refuse(409, `The room is full (${ROOM_LIMITS.maxParticipants} people).`);
      }
      const member: Member = {
        id: newId(),
        name: parsed.data.name,
        token: newToken(),
        limit: createRateLimit(ROOM_LIMITS.burst, ROOM_LIMITS.refillPerSecond, now),
        cards: new Map(),
        dots: new Map(),
        confidence: new Map(),
      };
      const problem = queue({ type: 'joined', participantId: member.id, name: member.name });
      if (problem) return problem;
      members.set(member.id, member);
      byToken.set(member.token, member);
      changed();
      return { ok: true, participantId: member.id, token: member.token };
    },

    /** The participant a token belongs to, if it is still in the room. */
    participantOf(token: string): string | null {
      return byToken.get(token)?.id ?? null;
    },

    /** Whether a participant was removed by the facilitator (their page says so). */
    wasRemoved(participantId: string): boolean {
      return removed.has(participantId);
    },

    /** Handles one message from a device: rate-limited, validated, checked against the stage. */
    receive(token: string, body: unknown): Accepted<object> | Refusal {
      if (!isOpen) return refuse(409, 'This session is over.');
      const member = byToken.get(token);
      if (!member) return refuse(401, 'You are not in this room: join again with the code.');
      if (!member.limit.take()) return refuse(429, 'Slow down: too many messages at once.');
      const parsed = participantMessageSchema.safeParse(body);
      if (!parsed.success) return refuse(400, describeProblem(parsed.error));
      const problem = apply(member, parsed.data);
      if (problem) return problem;
      changed();
      return { ok: true };
    },

    /** What one participant's page shows. */
    viewFor(participantId: string): ParticipantView {
      const member = members.get(participantId);
      const status = !isOpen ? 'closed' : member ? 'open' : 'removed';
      const item = stage.item;
      const shown: Stage =
        item?.timer?.isRunning === true
          ? {
              ...stage,
              item: {
                ...item,
                timer: {
                  ...item.timer,
                  remainingMs: item.timer.remainingMs - (now() - publishedAt),
                },
              },
            }
          : stage;
      return {
        status,
        name: member?.name ?? '',
        stage: status === 'open' ? shown : EMPTY_STAGE,
        counts: { participants: members.size, submitted: submitted() },
        own: member ? ownOf(member) : { cards: [], dots: [], confidence: {} },
      };
    },

    /** The facilitator's screen sets what participants see; refused unless it is well formed. */
    publish(next: unknown): Accepted<object> | Refusal {
      const parsed = stageSchema.safeParse(next);
      if (!parsed.success) return refuse(400, describeProblem(parsed.error));
      stage = parsed.data;
      publishedAt = now();
      changed();
      return { ok: true };
    },

    /** Hands the queued submissions to the facilitator's screen, oldest first. */
    takeEvents(): RoomEvent[] {
      const taken = events;
      events = [];
      return taken;
    },

    /** Who is in the room, in joining order. */
    participants(): { id: string; name: string }[] {
      return [...members.values()].map(({ id, name }) => ({ id, name }));
    },

    /** Removes a participant: their token stops working and their page says so. */
    remove(participantId: string): boolean {
      const member = members.get(participantId);
      if (!member) return false;
      members.delete(participantId);
      byToken.delete(member.token);
      removed.add(participantId);
      changed();
      return true;
    },

    /** Ends the room: every token stops working, every page says the session is over. */
    close(): void {
      if (!isOpen) return;
      isOpen = false;
      byToken.clear();
      changed();
    },

    /** Called after every change, so the server can push fresh views. */
    onChange(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
