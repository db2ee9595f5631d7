import { type ReactNode, useId } from 'react';
import { formatNumber } from '@shared/domain/format';

/** A text's length against its schema's limit, for the counter near the limit. */
export type LengthCount = { length: number; limit: number };

/** The counter appears once a text has used this share of its limit. */
const COUNTER_FROM = 0.8;

export type FieldProps = {
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
  /** Shows "1,650 / 2,000" once the text nears its limit, and how far over it is past it. */
  count?: LengthCount | undefined;
  /** Renders the control with the ids that tie it to its label, hint, counter and error. */
  children: (props: {
    id: string;
    'aria-invalid': boolean;
    'aria-describedby'?: string;
  }) => ReactNode;
  wide?: boolean | undefined;
};

/** A labelled form control with its hint, its length counter and its error message. */
export function Field({ label, error, hint, count, children, wide }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const countId = `${id}-count`;
  const errorId = `${id}-error`;
  const showCount = count !== undefined && isNearLimit(count);
  const describedBy = [hint ? hintId : null, showCount ? countId : null, error ? errorId : null]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={wide ? 'field field--wide' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        'aria-invalid': Boolean(error),
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
      })}
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {showCount && <LengthCounter id={countId} count={count} />}
      {error && (
        <p id={errorId} className="field__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** Whether a text is near enough its limit to show the counter. */
export function isNearLimit({ length, limit }: LengthCount): boolean {
  return length >= limit * COUNTER_FROM;
}

/** "1,650 / 2,000 characters", and by how much a text is over its limit. */
export function LengthCounter({
  id,
  count: { length, limit },
}: {
  id: string;
  count: LengthCount;
}) {
  const over = length - limit;
  return (
    <p id={id} className={over > 0 ? 'field__count field__count--over' : 'field__count'}>
      {formatNumber(length)} / {formatNumber(limit)} characters
      {over > 0 && ` — ${formatNumber(over)} too many`}
    </p>
  );
}
