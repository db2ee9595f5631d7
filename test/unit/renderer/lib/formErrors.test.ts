import { describe, expect, it } from 'vitest';
import { cycleRetroSchema } from '@shared/domain';
import { errorMessage } from '../../../../renderer/src/lib/formErrors';

/** The error a repository's parse throws for a value. */
function thrownBy(parse: () => unknown): unknown {
  try {
    parse();
  } catch (error) {
    return error;
  }
  throw new Error('Expected the parse to throw.');
}

const AT = '2027-01-04T09:00:00.000Z';
const retro = {
  id: 'r1',
  cycleId: 'c1',
  calibration: [],
  objectivesMatteredLess: [],
  wrongAssumptions: '',
  notes: '',
  createdAt: AT,
  updatedAt: AT,
};

describe('errorMessage', () => {
  it('turns a validation error into sentences naming the field, never zod’s JSON', () => {
    const error = thrownBy(() => cycleRetroSchema.parse({ ...retro, notes: 'x'.repeat(20_000) }));
    const message = errorMessage(error);
    expect(message).toBe('Notes: Keep this to 5,000 characters or fewer.');
    expect(message).not.toMatch(/[[{]|too_big|origin/);
  });

  it('names each invalid field once, with its first problem', () => {
    const error = thrownBy(() =>
      cycleRetroSchema.parse({ ...retro, wrongAssumptions: 'x'.repeat(2001), notes: 7 }),
    );
    expect(errorMessage(error)).toBe(
      'Wrong assumptions: Keep this to 2,000 characters or fewer. Notes: This value is not accepted.',
    );
  });

  it('shows the message of an Error a person can read', () => {
    expect(errorMessage(new Error('That quarter no longer exists.'))).toBe(
      'That quarter no longer exists.',
    );
  });

  it('says what to do about a full disk, also when Dexie wraps the browser’s error', () => {
    const quota = Object.assign(new Error('QuotaExceededError: …'), { name: 'QuotaExceededError' });
    expect(errorMessage(quota)).toMatch(/^There is no room left to save/);
    const wrapped = Object.assign(new Error('Transaction aborted'), {
      name: 'AbortError',
      inner: quota,
    });
    expect(errorMessage(wrapped)).toMatch(/^There is no room left to save/);
  });

  it('never shows a dump: JSON, an empty message, pages of text, or something not an Error', () => {
    expect(errorMessage(new Error('[ { "code": "too_big" } ]'))).toBe('Something went wrong.');
    expect(errorMessage(new Error('{"ok":false}'))).toBe('Something went wrong.');
    expect(errorMessage(new Error('   '))).toBe('Something went wrong.');
    expect(errorMessage(new Error('x'.repeat(301)))).toBe('Something went wrong.');
    expect(errorMessage('boom')).toBe('Something went wrong.');
    expect(errorMessage(undefined)).toBe('Something went wrong.');
    expect(errorMessage({ message: 'not an Error' })).toBe('Something went wrong.');
  });
});
