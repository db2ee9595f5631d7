import * as z from 'zod';
import { FIRST_YEAR, isYearInRange, LAST_YEAR } from './calendar/days';
import { parseQuarterLabel, QUARTER_LABEL_PATTERN } from './calendar/quarters';
import {
  cadenceSchema,
  calibrationVerdictSchema,
  dependencyStatusSchema,
  directionSchema,
  keyResultStatusSchema,
  levelKindSchema,
  objectiveKindSchema,
  phaseSchema,
  reflectionAnswerSchema,
  teamFunctionSchema,
  templateFamilySchema,
} from './enums';
import {
  confidenceSchema,
  idSchema,
  isoDateSchema,
  optionalNumberSchema,
  textSchema,
  timestampSchema,
  titleSchema,
  whenWellFormed,
} from './primitives';
import { revisionSchema } from './revisions';
import { weightSchema } from './weight';
import { lazySchema } from './lazySchema';

/** When a record was created and last written, and how many writes it has had (its revision). */
const audit = {
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  revision: revisionSchema,
};

/** A quarter label such as 2027-Q1, in the years every date keeps to. */
export const quarterLabelSchema = lazySchema(() =>
  z
    .string()
    .trim()
    .regex(QUARTER_LABEL_PATTERN, 'Use a label like 2027-Q1')
    .refine((label) => isYearInRange(parseQuarterLabel(label)?.year ?? Number.NaN), {
      message: `The quarter must be between ${FIRST_YEAR} and ${LAST_YEAR}`,
      ...whenWellFormed,
    }),
);

export const teamSchema = lazySchema(() =>
  z.object({
    id: idSchema,
    name: titleSchema('Team name', 120),
    function: teamFunctionSchema,
    ...audit,
  }),
);
export type Team = z.infer<typeof teamSchema>;

/** Cycle fields without the date-order rule, so inputs can pick from it. */
export const cycleObjectSchema = lazySchema(() =>
  z.object({
    id: idSchema,
    teamId: idSchema,
    label: quarterLabelSchema,
    startDate: isoDateSchema,
    endDate: isoDateSchema,
    cadence: cadenceSchema,
    phase: phaseSchema,
    /** The chain's first two links for the whole quarter (setting step 1). */
    businessNeed: textSchema(),
    engineeringLever: textSchema(),
    /** The quarter this one was started from, for carry-forward lineage. */
    previousCycleId: idSchema.nullable(),
    closedAt: timestampSchema.nullable(),
    ...audit,
  }),
);

/** A quarter must end after it starts (asked only of two well-formed dates in range). */
export const endsAfterStart = {
  check: (c: { startDate: string; endDate: string }) => c.endDate > c.startDate,
  params: {
    message: 'The quarter must end after it starts',
    path: ['endDate'],
    ...whenWellFormed,
  },
};

export const cycleSchema = lazySchema(() =>
  cycleObjectSchema.refine(endsAfterStart.check, endsAfterStart.params),
);
export type Cycle = z.infer<typeof cycleSchema>;

/** A coach finding the team chose to keep, with the reason they gave. */
export const acknowledgementSchema = lazySchema(() =>
  z.object({
    rule: z.string().min(1).max(64),
    reason: titleSchema('Reason', 500),
    at: timestampSchema,
  }),
);
export type Acknowledgement = z.infer<typeof acknowledgementSchema>;

export const objectiveSchema = lazySchema(() =>
  z.object({
    id: idSchema,
    cycleId: idSchema,
    teamId: idSchema,
    title: titleSchema('Objective title'),
    description: textSchema(),
    kind: objectiveKindSchema,
    businessNeed: textSchema(),
    engineeringLever: textSchema(),
    /** Alignment to a company or function objective; null when the team has none. */
    parentObjectiveId: idSchema.nullable(),
    order: z.number().int().nonnegative(),
    /** Objective-level coach findings the team kept on purpose. */
    acknowledgements: z.array(acknowledgementSchema),
    ...audit,
  }),
);
export type Objective = z.infer<typeof objectiveSchema>;

export const keyResultSchema = lazySchema(() =>
  z.object({
    id: idSchema,
    objectiveId: idSchema,
    cycleId: idSchema,
    title: titleSchema('Key result title'),
    metric: textSchema(200),
    unit: textSchema(40),
    baseline: optionalNumberSchema,
    target: optionalNumberSchema,
    direction: directionSchema,
    measuredBy: textSchema(300),
    owner: textSchema(120),
    proposedBy: textSchema(120),
    status: keyResultStatusSchema,
    order: z.number().int().nonnegative(),
    /** Relative weight in the objective's score; equal by default. */
    weight: weightSchema,
    /** A milestone KR scores 0 or 1 instead of progress along a metric. */
    isMilestone: z.boolean(),
    /** The team's answer to "could this be achieved without the problem being solved?". */
    reflection: reflectionAnswerSchema.nullable(),
    reflectionNote: textSchema(),
    acknowledgements: z.array(acknowledgementSchema),
    /** Scoring: the value at quarter end, and a person's override with its required reason. */
    finalValue: optionalNumberSchema,
    scoreOverride: z.number().min(0).max(1).nullable(),
    scoreOverrideReason: textSchema(),
    /** The KR of an earlier quarter this one was carried forward from. */
    carriedFromKeyResultId: idSchema.nullable(),
    ...audit,
  }),
);
export type KeyResult = z.infer<typeof keyResultSchema>;

export const checkInSchema = lazySchema(() =>
  z.object({
    id: idSchema,
    keyResultId: idSchema,
    cycleId: idSchema,
    /** One check-in meeting groups the check-ins of all KRs taken in it. */
    sessionId: idSchema,
    date: isoDateSchema,
    value: optionalNumberSchema,
    confidence: confidenceSchema,
    changed: textSchema(),
    blockers: textSchema(),
    /** A correction points at the check-in it replaces, which stays in history. */
    supersedesId: idSchema.nullable(),
    /**
     * The dependency this check-in's blocker waits on, when someone linked it; absent or null when
     * not linked (check-ins written before links existed have no such field).
     */
    dependencyId: idSchema.nullable().optional(),
    ...audit,
  }),
);
export type CheckIn = z.infer<typeof checkInSchema>;

export const keyResultRetroSchema = lazySchema(() =>
  z.object({
    id: idSchema,
    keyResultId: idSchema,
    cycleId: idSchema,
    worked: textSchema(),
    didNotWork: textSchema(),
    learned: textSchema(),
    carryForward: z.boolean(),
    ...audit,
  }),
);
export type KeyResultRetro = z.infer<typeof keyResultRetroSchema>;

export const cycleRetroSchema = lazySchema(() =>
  z.object({
    id: idSchema,
    cycleId: idSchema,
    calibration: z.array(z.object({ keyResultId: idSchema, verdict: calibrationVerdictSchema })),
    objectivesMatteredLess: z.array(idSchema),
    wrongAssumptions: textSchema(),
    notes: textSchema(5000),
    /**
     * The quarter in two or three sentences the team writes or confirms (what we achieved, what
     * we did not): the review's headline. Rows saved before it existed read as empty.
     */
    headline: textSchema(1000).default(''),
    /** What the team asks for next quarter (people, decisions, other teams), one ask a line. */
    asks: textSchema(2000).default(''),
    ...audit,
  }),
);
export type CycleRetro = z.infer<typeof cycleRetroSchema>;

/**
 * A stored quarter retro with the fields added after release filled in: rows written before
 * the headline and asks existed lack them (no new Dexie version: they are not indexed).
 */
export function withRetroDefaults(row: CycleRetro): CycleRetro {
  return { ...row, headline: row.headline ?? '', asks: row.asks ?? '' };
}

export const dependencySchema = lazySchema(() =>
  z.object({
    id: idSchema,
    cycleId: idSchema,
    objectiveId: idSchema.nullable(),
    keyResultId: idSchema.nullable(),
    /** The other team, by name: it need not exist in this app. */
    team: titleSchema('Team'),
    /**
     * The other team when it is one of this workspace's (its name is then kept in `team` too, for
     * documents); absent or null for a team outside the workspace.
     */
    teamId: idSchema.nullable().optional(),
    need: titleSchema('What is needed', 500),
    byDate: isoDateSchema.nullable(),
    status: dependencyStatusSchema,
    ...audit,
  }),
);
export type Dependency = z.infer<typeof dependencySchema>;

export const templateKeyResultSchema = lazySchema(() =>
  z.object({
    title: titleSchema('Key result title'),
    metric: textSchema(200),
    unit: textSchema(40),
    target: optionalNumberSchema,
    direction: directionSchema,
    measuredBy: textSchema(300),
  }),
);
export type TemplateKeyResult = z.infer<typeof templateKeyResultSchema>;

export const templateSchema = lazySchema(() =>
  z.object({
    id: idSchema,
    family: templateFamilySchema,
    title: titleSchema('Objective title'),
    description: textSchema(),
    keyResults: z.array(templateKeyResultSchema).max(10),
    isBuiltIn: z.boolean(),
    ...audit,
  }),
);
export type Template = z.infer<typeof templateSchema>;

// The wizard's draft is not a domain record; it lives beside them and is re-exported here.
export { type WizardDraft, wizardDraftSchema } from './wizardDraft';

/**
 * Where an owner of objectives (a row of `teams`) sits above the team level, or which group a
 * team belongs to. A team without a row is a team directly under the organisation, so a
 * workspace written before levels existed reads unchanged.
 */
export const levelSchema = lazySchema(() =>
  z.object({
    id: idSchema,
    /** The owner placed: the team row that holds this level's quarters and objectives. */
    teamId: idSchema,
    kind: levelKindSchema,
    /** For a team, the group it belongs to (that group's team id); null otherwise. */
    groupId: idSchema.nullable(),
    ...audit,
  }),
);
export type Level = z.infer<typeof levelSchema>;
