import { type FormHTMLAttributes, type ReactNode, createContext, useContext, useId } from 'react';
import { type FieldValues, FormProvider, useFormContext, useFormState } from 'react-hook-form';
import type { FormSchema } from '../lib/forms/useSchemaForm';
import { Field, type FieldProps } from './Field';
import type { RecordForm } from '../lib/forms/useRecordForm';
import { ChangedElsewhereNotice } from './conflict/ChangedElsewhereNotice';
import { ConflictDialog } from './conflict/ConflictDialog';

const LimitsContext = createContext<Readonly<Record<string, number>>>({});
/** The surrounding form's id, for a submit button drawn outside it (a dialog's footer). */
const FormIdContext = createContext<string | undefined>(undefined);

type SchemaFormProps<S extends FormSchema> = Omit<
  FormHTMLAttributes<HTMLFormElement>,
  'onSubmit' | 'children'
> & {
  of: RecordForm<S>;
  children: ReactNode;
};

/**
 * The `<form>` of a record form: its fields find their state, messages and limits through it. It
 * says when the record changed in another window, and asks what to keep when a save met that.
 */
export function SchemaForm<S extends FormSchema>({
  of,
  children,
  ...attributes
}: SchemaFormProps<S>) {
  const ownId = useId();
  const id = attributes.id ?? ownId;
  return (
    <FormProvider {...of.form}>
      <LimitsContext.Provider value={of.limits}>
        <form noValidate {...attributes} id={id} onSubmit={(event) => void of.submit(event)}>
          <ChangedElsewhereNotice change={of.changedElsewhere} />
          <FormIdContext.Provider value={id}>{children}</FormIdContext.Provider>
        </form>
        {of.conflict && <ConflictDialog conflict={of.conflict} />}
      </LimitsContext.Provider>
    </FormProvider>
  );
}

/** The id of the surrounding form, if any. */
export function useFormId(): string | undefined {
  return useContext(FormIdContext);
}

/** The longest text a field of the surrounding form accepts, from its schema. */
export function useTextLimit(name: string): number | undefined {
  return useContext(LimitsContext)[name];
}

/** The surrounding form's message for one field, if it has one. */
export function useFieldError(name: string): string | undefined {
  const { control } = useFormContext<FieldValues>();
  const { errors } = useFormState({ control, name });
  const message = errors[name]?.message;
  return typeof message === 'string' ? message : undefined;
}

/** A {@link Field} of the surrounding form, with that field's message next to it. */
export function FormField({ name, ...props }: Omit<FieldProps, 'error'> & { name: string }) {
  return <Field {...props} error={useFieldError(name)} />;
}
