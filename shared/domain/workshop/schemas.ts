import * as z from 'zod';
import { phaseSchema } from '../enums';
import {
  confidenceSchema,
  idSchema,
  isoDateSchema,
  textSchema,
  timestampSchema,
  titleSchema,
} from '../primitives';
import { revisionSchema } from '../revisions';
import { lazySchema } from '../lazySchema';

/*
 * The workshop kit's stored shapes (Dexie schema version 2). Everything a participant adds —
 * a card, a dot ballot, a confidence vote — is its own row with an author and a `source`, so a
 * participant's own device (the room) can later add rows of the same shape beside the laptop's.
 */

/** When a row was created and last written, and how many writes it has had (its revision). */
const audit = { createdAt: timestampSchema, updatedAt: timestampSchema, revision: revisionSchema };

/** Which meeting of the cycle a workshop runs: same kit, other agendas. */
export const workshopKindSchema = lazySchema(() =>
  z.enum(['planning', 'check-in-review', 'retro']),
);
export type WorkshopKind = z.infer<typeof workshopKindSchema>;

/** What an agenda item is for; it decides the tool on screen and the step the app moves to. */
export const agendaItemKindSchema = lazySchema(() =>
  z.enum([
    'context',
    'silent-writing',
    'cluster',
    'dot-vote',
    'key-results',
    'dependencies',
    'confidence-vote',
    'check-in',
    'scoring',
    'retro',
    'wrap-up',
    'discussion',
  ]),
);
export type AgendaItemKind = z.infer<typeof agendaItemKindSchema>;

export const agendaItemStatusSchema = lazySchema(() =>
  z.enum(['pending', 'active', 'done', 'skipped']),
);
export type AgendaItemStatus = z.infer<typeof agendaItemStatusSchema>;

/** Longest timebox an item may have, and most time added to one. */
export const MAX_ITEM_MINUTES = 480;
const MAX_ITEM_MS = 2 * MAX_ITEM_MINUTES * 60_000;

/**
 * A timer as stored: what ran before the current stretch plus when the current stretch started
 * (epoch ms), never a ticking counter, so it survives a restart. The planned length is the
 * item's `minutes`.
 */
export const storedTimerSchema = lazySchema(() =>
  z.object({
    addedMs: z.number().int().min(0).max(MAX_ITEM_MS),
    elapsedMs: z.number().int().min(0),
    runningSince: z.number().int().nonnegative().nullable(),
  }),
);
export type StoredTimer = z.infer<typeof storedTimerSchema>;

/** Most dots one participant may place in a dot vote. */
export const MAX_DOTS = 20;

export const agendaItemSchema = lazySchema(() =>
  z.object({
    id: idSchema,
    kind: agendaItemKindSchema,
    title: titleSchema('Agenda item title', 120),
    /** The facilitator's notes for the item; shown on the laptop, never on the projector. */
    notes: textSchema(1000),
    minutes: z.number().int().min(1).max(MAX_ITEM_MINUTES),
    status: agendaItemStatusSchema,
    timer: storedTimerSchema,
    /** Dot votes: how many dots each participant places, and when the results were revealed. */
    dotsPerParticipant: z.number().int().min(1).max(MAX_DOTS),
    revealedAt: timestampSchema.nullable(),
    /**
     * An item is edited in a form of its own, so it carries its own version (see
     * `shared/domain/revisions`): a count of the facilitator's edits and when the last was saved.
     * Items written before revisions existed have neither; {@link agendaItemVersion} reads them.
     */
    revision: revisionSchema,
    updatedAt: timestampSchema.optional(),
  }),
);
export type AgendaItem = z.infer<typeof agendaItemSchema>;

export const workshopStatusSchema = lazySchema(() => z.enum(['preparing', 'running', 'ended']));
export type WorkshopStatus = z.infer<typeof workshopStatusSchema>;

export const presentationThemeSchema = lazySchema(() => z.enum(['light', 'dark']));
export type PresentationTheme = z.infer<typeof presentationThemeSchema>;

/** Who does what after the workshop: the hand-out's "who owns what". */
export const workshopActionSchema = lazySchema(() =>
  z.object({
    id: idSchema,
    text: titleSchema('Action', 300),
    owner: textSchema(120),
  }),
);
export type WorkshopAction = z.infer<typeof workshopActionSchema>;

export const workshopSchema = lazySchema(() =>
  z.object({
    id: idSchema,
    cycleId: idSchema,
    teamId: idSchema,
    kind: workshopKindSchema,
    title: titleSchema('Workshop title', 120),
    status: workshopStatusSchema,
    agenda: z.array(agendaItemSchema).max(40),
    currentItemId: idSchema.nullable(),
    theme: presentationThemeSchema,
    /** A soft chime at two minutes left and when time is up. */
    isChimeOn: z.boolean(),
    decisions: z.array(titleSchema('Decision', 500)).max(100),
    openQuestions: z.array(titleSchema('Open question', 500)).max(100),
    actions: z.array(workshopActionSchema).max(100),
    startedAt: timestampSchema.nullable(),
    endedAt: timestampSchema.nullable(),
    ...audit,
  }),
);
export type Workshop = z.infer<typeof workshopSchema>;

/** Where a row came from: typed on the facilitator's laptop, or sent from a participant's device. */
export const submissionSourceSchema = lazySchema(() => z.enum(['laptop', 'device']));
export type SubmissionSource = z.infer<typeof submissionSourceSchema>;

export const participantSchema = lazySchema(() =>
  z.object({
    id: idSchema,
    workshopId: idSchema,
    name: titleSchema('Participant name', 60),
    order: z.number().int().nonnegative(),
    source: submissionSourceSchema,
    ...audit,
  }),
);
export type Participant = z.infer<typeof participantSchema>;

/** What a chosen idea became: an objective, or a key result under one. */
export const promotionSchema = lazySchema(() =>
  z.object({
    kind: z.enum(['objective', 'keyResult']),
    id: idSchema,
  }),
);
export type Promotion = z.infer<typeof promotionSchema>;

/** Longest idea card: it may become an objective title. */
export const MAX_CARD_LENGTH = 200;

export const cardSchema = lazySchema(() =>
  z.object({
    id: idSchema,
    workshopId: idSchema,
    text: titleSchema('Idea', MAX_CARD_LENGTH),
    /** Who wrote it; null when the facilitator transcribed an unsigned sticky note. */
    participantId: idSchema.nullable(),
    source: submissionSourceSchema,
    clusterId: idSchema.nullable(),
    /** A duplicate merged into another card: kept as an origin, shown under the card it joined. */
    mergedIntoId: idSchema.nullable(),
    order: z.number().int().nonnegative(),
    promotedTo: promotionSchema.nullable(),
    ...audit,
  }),
);
export type Card = z.infer<typeof cardSchema>;

export const clusterSchema = lazySchema(() =>
  z.object({
    id: idSchema,
    workshopId: idSchema,
    title: titleSchema('Cluster name', MAX_CARD_LENGTH),
    order: z.number().int().nonnegative(),
    promotedTo: promotionSchema.nullable(),
    ...audit,
  }),
);
export type Cluster = z.infer<typeof clusterSchema>;

/** One participant's dots in one dot vote (an agenda item): never merged until revealed. */
export const ballotSchema = lazySchema(() =>
  z.object({
    id: idSchema,
    workshopId: idSchema,
    itemId: idSchema,
    participantId: idSchema,
    dots: z
      .array(z.object({ targetId: idSchema, count: z.number().int().min(1).max(MAX_DOTS) }))
      .max(MAX_DOTS),
    source: submissionSourceSchema,
    ...audit,
  }),
);
export type Ballot = z.infer<typeof ballotSchema>;

/** One key result's confidence vote in a workshop: revealed together, then agreed. */
export const confidenceRoundSchema = lazySchema(() =>
  z.object({
    id: idSchema,
    workshopId: idSchema,
    keyResultId: idSchema,
    revealedAt: timestampSchema.nullable(),
    /** The value the team agreed on: the key result's starting confidence. */
    agreedValue: confidenceSchema.nullable(),
    agreedAt: timestampSchema.nullable(),
    ...audit,
  }),
);
export type ConfidenceRound = z.infer<typeof confidenceRoundSchema>;

export const confidenceVoteSchema = lazySchema(() =>
  z.object({
    id: idSchema,
    roundId: idSchema,
    workshopId: idSchema,
    participantId: idSchema,
    value: confidenceSchema,
    source: submissionSourceSchema,
    ...audit,
  }),
);
export type ConfidenceVote = z.infer<typeof confidenceVoteSchema>;

/** The phases effort is counted against (a closed quarter has none). */
export const effortPhaseSchema = lazySchema(() => phaseSchema.exclude(['closed']));
export type EffortPhase = z.infer<typeof effortPhaseSchema>;

export const effortActivitySchema = lazySchema(() =>
  z.enum(['workshop', 'check-in-meeting', 'scoring', 'retro', 'other']),
);
export type EffortActivity = z.infer<typeof effortActivitySchema>;

/** Time a meeting of the cycle took: its length and how many people were in it. */
export const effortEntrySchema = lazySchema(() =>
  z.object({
    id: idSchema,
    cycleId: idSchema,
    phase: effortPhaseSchema,
    activity: effortActivitySchema,
    label: titleSchema('What it was', 120),
    date: isoDateSchema,
    minutes: z
      .number()
      .int()
      .min(1)
      .max(24 * 60),
    attendees: z.number().int().min(1).max(500),
    /** The workshop that recorded it, if any; a soft link (the workshop may be deleted later). */
    workshopId: idSchema.nullable(),
    ...audit,
  }),
);
export type EffortEntry = z.infer<typeof effortEntrySchema>;

/** What a person types to record effort. */
export const effortInputSchema = lazySchema(() =>
  effortEntrySchema.pick({
    phase: true,
    activity: true,
    label: true,
    date: true,
    minutes: true,
    attendees: true,
  }),
);
export type EffortInput = z.infer<typeof effortInputSchema>;
