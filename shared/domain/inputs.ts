import type { z } from 'zod';
import {
  acknowledgementSchema,
  checkInSchema,
  cycleObjectSchema,
  cycleRetroSchema,
  dependencySchema,
  endsAfterStart,
  keyResultRetroSchema,
  keyResultSchema,
  levelSchema,
  objectiveSchema,
  teamSchema,
} from './entities';
import { levelKindSchema } from './enums';
import { lazySchema } from './lazySchema';

/** What a person provides to create or edit a team. */
export const teamInputSchema = lazySchema(() => teamSchema.pick({ name: true, function: true }));
export type TeamInput = z.infer<typeof teamInputSchema>;

/** What a person provides to create or edit a quarter. */
export const cycleInputSchema = lazySchema(() =>
  cycleObjectSchema
    .pick({ label: true, startDate: true, endDate: true, cadence: true })
    .refine(endsAfterStart.check, endsAfterStart.params),
);
export type CycleInput = z.infer<typeof cycleInputSchema>;

export const objectiveInputSchema = lazySchema(() =>
  objectiveSchema.pick({
    title: true,
    description: true,
    kind: true,
    businessNeed: true,
    engineeringLever: true,
    parentObjectiveId: true,
  }),
);
export type ObjectiveInput = z.infer<typeof objectiveInputSchema>;

/** What a person provides for a key result; the reflective answer may come later. */
export const keyResultInputSchema = lazySchema(() =>
  keyResultSchema
    .pick({
      title: true,
      metric: true,
      unit: true,
      baseline: true,
      target: true,
      direction: true,
      measuredBy: true,
      owner: true,
      proposedBy: true,
      status: true,
      reflection: true,
      reflectionNote: true,
    })
    .partial({ reflection: true, reflectionNote: true }),
);
export type KeyResultInput = z.infer<typeof keyResultInputSchema>;

/** What a person records about a dependency on another team. */
export const dependencyInputSchema = lazySchema(() =>
  dependencySchema.pick({
    team: true,
    teamId: true,
    need: true,
    byDate: true,
    status: true,
    objectiveId: true,
  }),
);
export type DependencyInput = z.infer<typeof dependencyInputSchema>;

/** What a person records for one key result in a check-in, or in its correction. */
export const checkInValuesSchema = lazySchema(() =>
  checkInSchema.pick({
    value: true,
    confidence: true,
    changed: true,
    blockers: true,
  }),
);
export type CheckInValues = z.infer<typeof checkInValuesSchema>;

/** The chain's first links for a whole quarter (setting step 1). */
export const cycleChainInputSchema = lazySchema(() =>
  cycleObjectSchema.pick({
    businessNeed: true,
    engineeringLever: true,
  }),
);
export type CycleChainInput = z.infer<typeof cycleChainInputSchema>;

/** A team's answers about one key result in the retrospective. */
export const keyResultRetroInputSchema = lazySchema(() =>
  keyResultRetroSchema.pick({
    worked: true,
    didNotWork: true,
    learned: true,
    carryForward: true,
  }),
);
export type KeyResultRetroInput = z.infer<typeof keyResultRetroInputSchema>;

/** A team's answers about the quarter as a whole in the retrospective. */
export const cycleRetroInputSchema = lazySchema(() =>
  cycleRetroSchema.pick({
    calibration: true,
    objectivesMatteredLess: true,
    wrongAssumptions: true,
    notes: true,
    headline: true,
    asks: true,
  }),
);
export type CycleRetroInput = z.infer<typeof cycleRetroInputSchema>;

/** Why a team keeps a coach finding on purpose. */
export const acknowledgementInputSchema = lazySchema(() =>
  acknowledgementSchema.pick({ reason: true }),
);
export type AcknowledgementInput = z.infer<typeof acknowledgementInputSchema>;

/** What a person provides to set up an owner above the teams: the organisation or a group. */
export const levelOwnerInputSchema = lazySchema(() =>
  teamSchema
    .pick({ name: true, function: true })
    .extend({ kind: levelKindSchema.exclude(['team']) }),
);
export type LevelOwnerInput = z.infer<typeof levelOwnerInputSchema>;

/** Where a person places an owner: its level, and for a team the group it belongs to. */
export const placementInputSchema = lazySchema(() =>
  levelSchema.pick({ kind: true, groupId: true }),
);
export type PlacementInput = z.infer<typeof placementInputSchema>;
