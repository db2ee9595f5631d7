import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { cycleInputSchema, keyResultInputSchema, teamInputSchema } from '@shared/domain';
import { errorMessage, fieldErrors } from '../../../../renderer/src/lib/formErrors';

function errorsOf(schema: z.ZodType, value: unknown): Record<string, string> {
  const result = schema.safeParse(value);
  if (result.success) throw new Error('Expected the value to be invalid.');
  return fieldErrors(result.error);
}

describe('fieldErrors', () => {
  it('keys each message by the field a person filled in', () => {
    expect(errorsOf(teamInputSchema, { name: '  ', function: 'platform' })).toEqual({
      name: 'Team name is required',
    });
    expect(
      errorsOf(cycleInputSchema, {
        label: 'Q1 2027',
        startDate: '2027-01-01',
        endDate: '2027-03-31',
        cadence: 'weekly',
      }),
    ).toEqual({ label: 'Use a label like 2027-Q1' });
  });

  it('puts a cross-field rule on the field it names', () => {
    expect(
      errorsOf(cycleInputSchema, {
        label: '2027-Q1',
        startDate: '2027-03-31',
        endDate: '2027-01-01',
        cadence: 'weekly',
      }),
    ).toEqual({ endDate: 'The quarter must end after it starts' });
  });

  it('reports every invalid field, but only the first message for each', () => {
    const schema = z.object({
      code: z
        .string()
        .min(3, 'At least 3 characters')
        .regex(/^[A-Z]+$/, 'Capitals only'),
      size: z.number('Size must be a number'),
    });
    expect(errorsOf(schema, { code: 'a', size: 'big' })).toEqual({
      code: 'At least 3 characters',
      size: 'Size must be a number',
    });
  });

  it('uses the top-level field for a nested path, and "" for the form as a whole', () => {
    const nested = z.object({ owner: z.object({ email: z.email('Not an email') }) });
    expect(errorsOf(nested, { owner: { email: 'nope' } })).toEqual({ owner: 'Not an email' });
    const whole = z.string().refine(() => false, 'Nothing is ever valid');
    expect(errorsOf(whole, 'x')).toEqual({ '': 'Nothing is ever valid' });
  });

  it('names the title of a key result without a title', () => {
    const errors = errorsOf(keyResultInputSchema, {
      title: '',
      metric: '',
      unit: '',
      baseline: null,
      target: null,
      direction: 'increase',
      measuredBy: '',
      owner: '',
      proposedBy: '',
      status: 'draft',
    });
    expect(errors).toEqual({ title: 'Key result title is required' });
  });
});

describe('errorMessage', () => {
  it('shows the message of an Error', () => {
    expect(errorMessage(new Error('That quarter no longer exists.'))).toBe(
      'That quarter no longer exists.',
    );
  });

  it('falls back to a readable sentence for anything else thrown', () => {
    expect(errorMessage('boom')).toBe('Something went wrong.');
    expect(errorMessage(undefined)).toBe('Something went wrong.');
  });
});
