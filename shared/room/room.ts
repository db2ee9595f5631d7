import {
  createRateLimit,
  describeProblem,
  EMPTY_STAGE,
  joinRequestSchema,
  normalizeJoinCode,
  participantMessageSchema,
  ROOM_LIMITS,
  stageSchema,
  type ParticipantView,
  type Refusal,
  type RoomEvent,
  type Stage,
} from './protocol';
import { applyMessage, countSubmitted, type Member, ownSubmissions, refuse } from './submissions';

/*
 * One open room: who joined, what the facilitator shows, and each participant's own
 * submissions. It checks every message against the current stage (a card only while the room
 * writes, dots only on the candidates shown) and queues what it accepts for the facilitator's
 * screen, which stores it. Votes go one way: no view ever carries another person's values.
 */

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
      const problem = applyMessage(member, parsed.data, { stage, queue, newId });
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
        counts: { participants: members.size, submitted: countSubmitted(members.values(), stage) },
        own: member ? ownSubmissions(member, stage) : { cards: [], dots: [], confidence: {} },
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
