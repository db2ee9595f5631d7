import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import {
  checkInValuesSchema,
  confidenceSchema,
  cycleInputSchema,
  optionalNumberSchema,
  teamInputSchema,
} from '../../../shared/domain';
import { typedNumber } from '../../../shared/domain/numbers';
import {
  describeValidationError,
  fieldName,
  issueSentence,
  readableIssueMessage,
} from '../../../shared/domain/validationMessages';

/** The messages a schema gives a value, parsed the way the forms parse. */
function messagesOf(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value, { error: issueSentence });
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe('issueSentence, as the forms’ error map', () => {
  it.each([
    [z.string().max(5), 'abcdefgh', 'Keep this to 5 characters or fewer (it has 8).'],
    [
      z.string().max(5000),
      'x'.repeat(20_000),
      'Keep this to 5,000 characters or fewer (it has 20,000).',
    ],
    [z.string().max(1), 'ab', 'Keep this to 1 character or fewer (it has 2).'],
    [z.string().min(1), '', 'This is required.'],
    [z.string().min(3), 'ab', 'Use at least 3 characters.'],
    [confidenceSchema, 101, 'Use 100 or less.'],
    [confidenceSchema, -20, 'Use 0 or more.'],
    [confidenceSchema, 2.5, 'Use a whole number.'],
    [z.number().positive(), 0, 'Use a number above 0.'],
    [z.number(), 'x', 'Enter a number.'],
    [z.number(), null, 'This is required.'],
    [z.iso.date(), '31/03/2027', 'Enter a date like 2027-03-31.'],
    [z.enum(['a', 'b']), 'c', 'Choose one of the options offered.'],
    [z.array(z.string()).max(2), ['a', 'b', 'c'], 'Choose at most 2.'],
    [z.string().regex(/^x$/), 'y', 'This is not in the expected form.'],
  ])('%#: %s', (schema, value, sentence) => {
    expect(messagesOf(schema, value)).toEqual([sentence]);
  });

  it('keeps the words a schema wrote itself', () => {
    expect(messagesOf(teamInputSchema, { name: ' ', function: 'platform' })).toEqual([
      'Team name is required',
    ]);
    expect(
      messagesOf(cycleInputSchema, {
        label: '2027-Q1',
        startDate: '2027-03-31',
        endDate: '2027-01-01',
        cadence: 'weekly',
      }),
    ).toEqual(['The quarter must end after it starts']);
  });
});

describe('typedNumber', () => {
  const value = typedNumber(optionalNumberSchema);
  const confidence = typedNumber(confidenceSchema);

  it('reads what a person typed with the one parser; empty is no value', () => {
    expect(value.parse('3,5')).toBe(3.5);
    expect(value.parse('1 200')).toBe(1200);
    expect(value.parse('')).toBeNull();
    expect(confidence.parse(' 70 ')).toBe(70);
  });

  it('says why text is not a number, then applies the repository’s rule', () => {
    expect(messagesOf(value, 'twelve')).toEqual(['"twelve" is not a number.']);
    expect(messagesOf(confidence, '-20')).toEqual(['Use 0 or more.']);
    expect(messagesOf(confidence, '')).toEqual(['This is required.']);
  });

  it('builds a form schema from the input schema the repository enforces', () => {
    const form = checkInValuesSchema.extend({ value, confidence });
    expect(form.parse({ value: '4', confidence: '60', changed: ' ok ', blockers: '' })).toEqual({
      value: 4,
      confidence: 60,
      changed: 'ok',
      blockers: '',
    });
  });
});

describe('readableIssueMessage and describeValidationError, for errors already raised', () => {
  it('replaces zod’s own wording and keeps a schema’s', () => {
    const zodWording = z.string().max(3).safeParse('abcd').error?.issues[0];
    expect(zodWording && readableIssueMessage(zodWording)).toBe(
      'Keep this to 3 characters or fewer.',
    );
    const own = teamInputSchema.safeParse({ name: '', function: 'data' }).error?.issues[0];
    expect(own && readableIssueMessage(own)).toBe('Team name is required');
  });

  it('names fields as a person would', () => {
    expect(fieldName('wrongAssumptions')).toBe('Wrong assumptions');
    expect(fieldName('notes')).toBe('Notes');
    const error = z
      .object({ a: z.number(), b: z.string().max(1) })
      .safeParse({ a: 'x', b: 'yy' }).error;
    expect(error && describeValidationError(error)).toBe(
      'A: Enter a number. B: Keep this to 1 character or fewer.',
    );
  });
});
