import { useRef } from 'react';
import { type FieldValues, useFormContext, useWatch } from 'react-hook-form';
import { Field } from './Field';
import { useFieldError, useTextLimit } from './SchemaForm';

type TextFieldProps = {
  name: string;
  label: string;
  hint?: string;
  wide?: boolean;
  /** A textarea of this many rows instead of a one-line input. */
  rows?: number;
  autoFocus?: boolean;
  inputMode?: 'decimal' | 'numeric' | 'text';
  placeholder?: string;
};

/**
 * A text field of the surrounding form: its value, its message next to it, and its limit from
 * the schema with a counter as the text nears it. Nothing is cut off: an over-long paste stays
 * whole, says by how much it is over, and cannot be saved until it fits.
 */
export function TextField({
  name,
  label,
  hint,
  wide,
  rows,
  autoFocus,
  inputMode,
  placeholder,
}: TextFieldProps) {
  const { register, control } = useFormContext<FieldValues>();
  const value: unknown = useWatch({ control, name });
  const limit = useTextLimit(name);
  const error = useFieldError(name);
  const length = typeof value === 'string' ? value.trim().length : 0;
  const registered = register(name);
  // Focused once, as it first appears. Scrolled only as far as it takes to show it (the browser's
  // own autofocus centres it), so what the field is about, above it, stays on screen.
  const focusOnMount = useRef(autoFocus);
  const ref = (element: HTMLInputElement | HTMLTextAreaElement | null) => {
    registered.ref(element);
    if (!element || !focusOnMount.current) return;
    focusOnMount.current = false;
    element.focus({ preventScroll: true });
    element.scrollIntoView?.({ block: 'nearest' });
  };
  return (
    <Field
      label={label}
      hint={hint}
      error={error}
      wide={wide}
      count={limit === undefined ? undefined : { length, limit }}
    >
      {(p) =>
        rows ? (
          <textarea {...p} {...registered} ref={ref} rows={rows} placeholder={placeholder} />
        ) : (
          <input {...p} {...registered} ref={ref} inputMode={inputMode} placeholder={placeholder} />
        )
      }
    </Field>
  );
}
