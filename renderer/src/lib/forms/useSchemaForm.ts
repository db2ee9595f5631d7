import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { type DefaultValues, type UseFormReturn, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { issueSentence } from '@shared/domain/validationMessages';

/**
 * A form's schema: an object whose fields are what a person types (numbers as text, read by
 * `typedNumber`) and whose output is what the repository takes. Built from the same schemas the
 * repositories enforce, so a form can never accept what the database refuses.
 */
export type FormSchema = z.ZodObject;

/** What the fields hold while a person types. */
export type FormValues<S extends FormSchema> = z.input<S>;
/** What a valid form hands to its save. */
export type FormOutput<S extends FormSchema> = z.output<S>;

export type SchemaForm<S extends FormSchema> = UseFormReturn<FormValues<S>, unknown, FormOutput<S>>;

type SchemaFormOptions<S extends FormSchema> = {
  /** The values the form starts from and compares with: unsaved changes are the difference. */
  defaultValues: FormValues<S>;
  /** Values typed earlier and kept elsewhere (a remembered draft): they start the form dirty. */
  draft?: FormValues<S> | null | undefined;
};

/**
 * react-hook-form over a zod schema, the one way a form is built: every field's message comes
 * from the schema's own words or the shared sentences (`issueSentence`), never zod's wording.
 */
export function useSchemaForm<S extends FormSchema>(
  schema: S,
  { defaultValues, draft }: SchemaFormOptions<S>,
): SchemaForm<S> {
  // Read once: later changes to the draft come from this form itself.
  const [initialDraft] = useState(draft ?? undefined);
  return useForm<FormValues<S>, unknown, FormOutput<S>>({
    // Sync: every rule is synchronous, and a message then shows in the same turn as the submit.
    resolver: zodResolver(schema, { error: issueSentence }, { mode: 'sync' }),
    defaultValues: defaultValues as DefaultValues<FormValues<S>>,
    ...(initialDraft ? { values: initialDraft } : {}),
    // A draft replaces what is shown but not what "unchanged" means.
    resetOptions: { keepDefaultValues: true },
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
}
