import * as z from 'zod';
import {
  directionSchema,
  keyResultInputSchema,
  keyResultSchema,
  keyResultStatusSchema,
  objectiveKindSchema,
  reflectionAnswerSchema,
  type KeyResult,
  type Objective,
} from '@shared/domain';
import { typedNumber } from '@shared/domain/numbers';

/** An objective form as typed, before validation: what a draft remembers. */
export const objectiveFormSchema = z.object({
  title: z.string(),
  description: z.string(),
  kind: objectiveKindSchema,
  businessNeed: z.string(),
  engineeringLever: z.string(),
  parentObjectiveId: z.string().nullable(),
});
export type ObjectiveFormValues = z.infer<typeof objectiveFormSchema>;

/** A key result form as typed: numbers stay text until saved, so "3." survives a restart. */
export const keyResultFormSchema = z.object({
  title: z.string(),
  metric: z.string(),
  unit: z.string(),
  baseline: z.string(),
  target: z.string(),
  direction: directionSchema,
  measuredBy: z.string(),
  owner: z.string(),
  proposedBy: z.string(),
  status: keyResultStatusSchema,
  reflection: reflectionAnswerSchema.nullable(),
  reflectionNote: z.string(),
});
export type KeyResultFormValues = z.infer<typeof keyResultFormSchema>;

/**
 * The key result form as the repository checks it: the same input schema, with baseline and
 * target read from the text typed by the one number parser.
 */
export const keyResultFormInputSchema = keyResultInputSchema.extend({
  baseline: typedNumber(keyResultSchema.shape.baseline),
  target: typedNumber(keyResultSchema.shape.target),
  // The form always shows the reflection, so it always has one (possibly none yet).
  reflection: keyResultSchema.shape.reflection,
  reflectionNote: keyResultSchema.shape.reflectionNote,
});

export function objectiveToForm(o?: Objective): ObjectiveFormValues {
  return {
    title: o?.title ?? '',
    description: o?.description ?? '',
    kind: o?.kind ?? 'committed',
    businessNeed: o?.businessNeed ?? '',
    engineeringLever: o?.engineeringLever ?? '',
    parentObjectiveId: o?.parentObjectiveId ?? null,
  };
}

export function keyResultToForm(kr?: KeyResult): KeyResultFormValues {
  return {
    title: kr?.title ?? '',
    metric: kr?.metric ?? '',
    unit: kr?.unit ?? '',
    baseline: kr?.baseline == null ? '' : String(kr.baseline),
    target: kr?.target == null ? '' : String(kr.target),
    direction: kr?.direction ?? 'increase',
    measuredBy: kr?.measuredBy ?? '',
    owner: kr?.owner ?? '',
    proposedBy: kr?.proposedBy ?? '',
    status: kr?.status ?? 'draft',
    reflection: kr?.reflection ?? null,
    reflectionNote: kr?.reflectionNote ?? '',
  };
}

/** The dialog open in the wizard, with what has been typed into it. */
export const editorSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('objective'),
    objectiveId: z.string().nullable(),
    values: objectiveFormSchema,
    /** The objective's values when editing began: what the typed values are changes to. */
    base: objectiveFormSchema.optional(),
  }),
  z.object({
    kind: z.literal('keyResult'),
    objectiveId: z.string(),
    keyResultId: z.string().nullable(),
    values: keyResultFormSchema,
    base: keyResultFormSchema.optional(),
  }),
]);
export type Editor = z.infer<typeof editorSchema>;

export const chainFormSchema = z.object({ businessNeed: z.string(), engineeringLever: z.string() });
export type ChainFormValues = z.infer<typeof chainFormSchema>;

/** What the setting wizard keeps in its Dexie draft besides the step. */
export const settingDraftSchema = z.object({
  chain: chainFormSchema.nullable().default(null),
  editor: editorSchema.nullable().default(null),
});
export type SettingDraft = z.infer<typeof settingDraftSchema>;

/** The editor opened on an objective, or on a new one. */
export function objectiveEditor(objective?: Objective): Editor {
  return {
    kind: 'objective',
    objectiveId: objective?.id ?? null,
    values: objectiveToForm(objective),
    ...(objective ? { base: objectiveToForm(objective) } : {}),
  };
}

/** The editor opened on a key result of an objective, or on a new one. */
export function keyResultEditor(objectiveId: string, keyResult?: KeyResult): Editor {
  return {
    kind: 'keyResult',
    objectiveId,
    keyResultId: keyResult?.id ?? null,
    values: keyResultToForm(keyResult),
    ...(keyResult ? { base: keyResultToForm(keyResult) } : {}),
  };
}
