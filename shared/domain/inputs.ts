import type { z } from 'zod';
import {
  checkInSchema,
  cycleObjectSchema,
  dependencySchema,
  endsAfterStart,
  keyResultSchema,
  objectiveSchema,
  teamSchema,
} from './entities';

/** What a person provides to create or edit a team. */
export const teamInputSchema = teamSchema.pick({ name: true, function: true });
export type TeamInput = z.infer<typeof teamInputSchema>;

/** What a person provides to create or edit a quarter. */
export const cycleInputSchema = cycleObjectSchema
  .pick({ label: true, startDate: true, endDate: true, cadence: true })
  .refine(endsAfterStart.check, endsAfterStart.params);
export type CycleInput = z.infer<typeof cycleInputSchema>;

export const objectiveInputSchema = objectiveSchema.pick({
  title: true,
  description: true,
  kind: true,
  businessNeed: true,
  engineeringLever: true,
  parentObjectiveId: true,
});
export type ObjectiveInput = z.infer<typeof objectiveInputSchema>;

/** What a person provides for a key result; the reflective answer may come later. */
export const keyResultInputSchema = keyResultSchema
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
  .partial({ reflection: true, reflectionNote: true });
export type KeyResultInput = z.infer<typeof keyResultInputSchema>;

/** What a person records about a dependency on another team. */
export const dependencyInputSchema = dependencySchema.pick({
  team: true,
  need: true,
  byDate: true,
  status: true,
  objectiveId: true,
});
export type DependencyInput = z.infer<typeof dependencyInputSchema>;

/** What a person records for one key result in a check-in, or in its correction. */
export const checkInValuesSchema = checkInSchema.pick({
  value: true,
  confidence: true,
  changed: true,
  blockers: true,
});
export type CheckInValues = z.infer<typeof checkInValuesSchema>;
