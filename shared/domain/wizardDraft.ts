import * as z from 'zod';
import { lazySchema } from './lazySchema';
import { idSchema, timestampSchema } from './primitives';

/** A wizard's place and unsaved draft, kept in the database so a crash cannot lose it. */
export const wizardDraftSchema = lazySchema(() =>
  z.object({
    /** `${wizard}:${cycleId}`. */
    id: z.string().min(1).max(200),
    wizard: z.string().min(1).max(64),
    cycleId: idSchema,
    step: z.number().int().nonnegative(),
    draft: z.record(z.string(), z.unknown()),
    updatedAt: timestampSchema,
  }),
);
export type WizardDraft = z.infer<typeof wizardDraftSchema>;
