import * as z from 'zod';
import { confidenceSchema, idSchema, titleSchema } from '../domain/primitives';
import { MAX_CARD_LENGTH, MAX_DOTS } from '../domain/workshop/schemas';
import { lazySchema } from '../domain/lazySchema';

/*
 * The room's wire protocol: what a participant's device may send, what it is shown, and the
 * limits that keep a server on a shared network small. Pure: no Node, no DOM, so the server,
 * the participant page and the facilitator's screen all read the same rules.
 */

/** Every limit of the room, in one place. */
export const ROOM_LIMITS = {
  /** Most devices in one room. */
  maxParticipants: 50,
  /** Largest request body the server reads, in bytes; anything longer is refused unread. */
  maxBodyBytes: 4096,
  /** Messages one participant may send at once before the rate limit holds them back... */
  burst: 10,
  /** ...and how many more each second after that. */
  refillPerSecond: 1,
  /** Join attempts the whole room accepts at once (a wrong code costs one)... */
  joinBurst: 30,
  /** ...and how many more each second. */
  joinRefillPerSecond: 1,
  /** Cards one participant may have on the board in one room. */
  maxCardsPerParticipant: 30,
  /** Submissions waiting for the facilitator's screen to take them. */
  maxPendingEvents: 5000,
  /** Open event streams (pages) one participant may hold. */
  maxStreamsPerParticipant: 3,
} as const;

/** Join-code letters: no 0/O, 1/I/L, so a code read off a projector is typed right. */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 6;

/**
 * A fresh join code from random bytes (`randomBytes(n)` gives n bytes). Bytes that would bias
 * the choice (256 is not a multiple of the alphabet) are thrown away and drawn again.
 */
export function newJoinCode(randomBytes: (n: number) => Uint8Array): string {
  const size = JOIN_CODE_ALPHABET.length;
  const ceiling = 256 - (256 % size);
  let code = '';
  while (code.length < JOIN_CODE_LENGTH) {
    for (const byte of randomBytes(16)) {
      if (byte < ceiling && code.length < JOIN_CODE_LENGTH) code += JOIN_CODE_ALPHABET[byte % size];
    }
  }
  return code;
}

/** The per-room secret in the URL: 128 random bits, URL-safe. */
export function newRoomSecret(randomBytes: (n: number) => Uint8Array): string {
  let binary = '';
  for (const byte of randomBytes(16)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A room secret as it appears in a path: exactly what {@link newRoomSecret} makes. */
export const ROOM_SECRET_PATTERN = /^[A-Za-z0-9_-]{22}$/;

/** What a person types for the code: spaces and case forgiven. */
export function normalizeJoinCode(typed: string): string {
  return typed.replace(/[\s-]/g, '').toUpperCase();
}

export const MAX_NAME_LENGTH = 60;

/** Joining: the code from the projector and the name the room will see. */
export const joinRequestSchema = lazySchema(() =>
  z.strictObject({
    code: z.string().max(20),
    name: titleSchema('Your name', MAX_NAME_LENGTH),
  }),
);
export type JoinRequest = z.infer<typeof joinRequestSchema>;

const dotsSchema = lazySchema(() =>
  z
    .array(z.strictObject({ targetId: idSchema, count: z.number().int().min(1).max(MAX_DOTS) }))
    .max(MAX_DOTS),
);

const cardTextSchema = lazySchema(() => titleSchema('Your card', MAX_CARD_LENGTH));

/** Everything a participant's device can ask of the room; nothing else exists. */
export const participantMessageSchema = lazySchema(() =>
  z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('card:add'), text: cardTextSchema }),
    z.strictObject({ type: z.literal('card:edit'), cardId: idSchema, text: cardTextSchema }),
    z.strictObject({ type: z.literal('card:withdraw'), cardId: idSchema }),
    z.strictObject({
      type: z.literal('dots:place'),
      itemId: idSchema,
      dots: z
        .array(z.strictObject({ targetId: idSchema, count: z.number().int().min(1).max(MAX_DOTS) }))
        .max(MAX_DOTS),
    }),
    z.strictObject({
      type: z.literal('confidence:cast'),
      roundId: idSchema,
      value: confidenceSchema,
    }),
  ]),
);
export type ParticipantMessage = z.infer<typeof participantMessageSchema>;

/** What a participant is asked to do now: the current agenda item's tool, or nothing. */
export const stageModeSchema = lazySchema(() => z.enum(['write', 'dots', 'confidence', 'watch']));
export type StageMode = z.infer<typeof stageModeSchema>;

const shortText = (max: number) => z.string().max(max);

/**
 * What the facilitator's screen publishes to the room: only the current item, its timer, and
 * the choices a participant needs. Never votes, names or anything else of the workspace.
 */
export const stageSchema = lazySchema(() =>
  z.strictObject({
    workshopTitle: shortText(120),
    item: z
      .strictObject({
        id: idSchema,
        title: shortText(120),
        mode: stageModeSchema,
        timer: z
          .strictObject({
            remainingMs: z.number().int(),
            isRunning: z.boolean(),
          })
          .nullable(),
      })
      .nullable(),
    /** A dot vote's choices; only while the current item is an unrevealed dot vote. */
    dots: z
      .strictObject({
        perParticipant: z.number().int().min(1).max(MAX_DOTS),
        candidates: z
          .array(z.strictObject({ id: idSchema, title: shortText(MAX_CARD_LENGTH) }))
          .max(500),
      })
      .nullable(),
    /** Key results open for a confidence vote (not yet revealed). */
    confidence: z
      .array(z.strictObject({ id: idSchema, label: shortText(300) }))
      .max(50)
      .nullable(),
  }),
);
export type Stage = z.infer<typeof stageSchema>;

export const EMPTY_STAGE: Stage = { workshopTitle: '', item: null, dots: null, confidence: null };

/** The participant's own submissions, shown back to them (and only to them). */
export type OwnSubmissions = {
  cards: { id: string; text: string }[];
  dots: { targetId: string; count: number }[];
  confidence: Record<string, number>;
};

/** What one participant's page is shown: the stage, counts, and their own submissions. */
export type ParticipantView = {
  status: 'open' | 'closed' | 'removed';
  name: string;
  stage: Stage;
  counts: { participants: number; submitted: number };
  own: OwnSubmissions;
};

/** A participant's submission, as the facilitator's screen receives it to store. */
export const roomEventSchema = lazySchema(() =>
  z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('joined'), participantId: idSchema, name: z.string() }),
    z.strictObject({
      type: z.literal('card-added'),
      participantId: idSchema,
      cardId: idSchema,
      text: z.string(),
    }),
    z.strictObject({
      type: z.literal('card-edited'),
      participantId: idSchema,
      cardId: idSchema,
      text: z.string(),
    }),
    z.strictObject({
      type: z.literal('card-withdrawn'),
      participantId: idSchema,
      cardId: idSchema,
    }),
    z.strictObject({
      type: z.literal('dots-placed'),
      participantId: idSchema,
      itemId: idSchema,
      dots: dotsSchema,
    }),
    z.strictObject({
      type: z.literal('confidence-cast'),
      participantId: idSchema,
      roundId: idSchema,
      value: confidenceSchema,
    }),
  ]),
);
export type RoomEvent = z.infer<typeof roomEventSchema>;

/** What the projector shows to let people in; the secret is inside the URL. */
export const roomInviteSchema = lazySchema(() =>
  z.strictObject({
    workshopId: idSchema,
    url: z.string().max(300),
    code: z.string().max(20),
    address: z.string().max(64),
    /** The URL as a QR code, an SVG drawn by the `qrcode` library. */
    qrSvg: z.string().max(200_000),
    participants: z.array(z.strictObject({ id: idSchema, name: z.string() })).max(500),
  }),
);
export type RoomInvite = z.infer<typeof roomInviteSchema>;

/** A network address the room can listen on. */
export const roomAddressSchema = lazySchema(() =>
  z.strictObject({
    name: z.string().max(100),
    address: z.string().max(64),
    isPrivate: z.boolean(),
  }),
);
export type RoomAddress = z.infer<typeof roomAddressSchema>;

/** A refusal the server turns into an HTTP status and a message a person can read. */
export type Refusal = { ok: false; status: 400 | 401 | 403 | 404 | 409 | 413 | 429; error: string };

/**
 * A token bucket: `burst` at once, then `refillPerSecond`. Pure over an injected clock so a test
 * can flood it without waiting.
 */
export function createRateLimit(burst: number, refillPerSecond: number, now: () => number) {
  let tokens = burst;
  let last = now();
  return {
    /** Takes one token; false when the bucket is empty. */
    take(): boolean {
      const at = now();
      tokens = Math.min(burst, tokens + ((at - last) / 1000) * refillPerSecond);
      last = at;
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
  };
}

/** One line a person can read from a zod error. */
export function describeProblem(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'That message is not one the room understands.';
  if (issue.code === 'invalid_union' || issue.path[0] === 'type') {
    return 'That message is not one the room understands.';
  }
  return issue.message;
}
