import { describe, expect, it } from 'vitest';
import { keyResultSchema, teamSchema } from '../../../shared/domain';
import { describeFieldValue, fieldLabel, listOfFields } from '../../../shared/domain/fieldLabels';
import {
  assertExpectedVersion,
  isExpectedVersion,
  isLaterVersion,
  isRevisionConflict,
  nextVersion,
  RevisionConflictError,
  revisionOf,
  versionOf,
} from '../../../shared/domain/revisions';

const AT = '2027-01-04T09:00:00.000Z';
const LATER = '2027-01-04T09:05:00.000Z';

describe('revisions', () => {
  it('reads a row without a revision (written before they existed) as revision 0', () => {
    expect(revisionOf({ updatedAt: AT })).toBe(0);
    expect(versionOf({ updatedAt: AT, revision: 4 })).toEqual({ revision: 4, updatedAt: AT });
    const team = teamSchema.parse({
      id: 't1',
      name: 'Payments',
      function: 'platform',
      createdAt: AT,
      updatedAt: AT,
    });
    expect(team.revision).toBe(0);
  });

  it('refuses a revision that is not a whole count', () => {
    const row = { id: 't1', name: 'P', function: 'platform', createdAt: AT, updatedAt: AT };
    for (const revision of [-1, 0.5, Number.NaN, '2'])
      expect(teamSchema.safeParse({ ...row, revision }).success).toBe(false);
    expect(keyResultSchema.shape.revision.parse(undefined)).toBe(0);
  });

  it('counts writes: 0 when created, one more for each write, stamped with its time', () => {
    expect(nextVersion(undefined, AT)).toEqual({ revision: 0, updatedAt: AT });
    expect(nextVersion({ updatedAt: AT }, LATER)).toEqual({ revision: 1, updatedAt: LATER });
    expect(nextVersion({ updatedAt: AT, revision: 6 }, LATER)).toEqual({
      revision: 7,
      updatedAt: LATER,
    });
  });

  it('expects exactly the version a write was based on, or none for a new record', () => {
    const stored = { updatedAt: AT, revision: 2 };
    expect(isExpectedVersion(stored, undefined)).toBe(true);
    expect(isExpectedVersion(stored, { revision: 2, updatedAt: AT })).toBe(true);
    expect(isExpectedVersion(stored, { revision: 1, updatedAt: AT })).toBe(false);
    // Same count, another write (a restore put an older copy back): still not what was seen.
    expect(isExpectedVersion(stored, { revision: 2, updatedAt: LATER })).toBe(false);
    expect(isExpectedVersion(undefined, null)).toBe(true);
    expect(isExpectedVersion(stored, null)).toBe(false);
    expect(isExpectedVersion(undefined, { revision: 2, updatedAt: AT })).toBe(false);
    expect(isExpectedVersion({ updatedAt: AT }, { revision: 0, updatedAt: AT })).toBe(true);
  });

  it('tells a later version from an older copy', () => {
    const known = { updatedAt: AT, revision: 3 };
    expect(isLaterVersion({ updatedAt: LATER, revision: 4 }, known)).toBe(true);
    expect(isLaterVersion({ updatedAt: LATER, revision: 3 }, known)).toBe(true);
    expect(isLaterVersion({ updatedAt: AT, revision: 3 }, known)).toBe(false);
    expect(isLaterVersion({ updatedAt: LATER, revision: 2 }, known)).toBe(false);
  });

  it('throws a typed conflict carrying the record as it is now', () => {
    const current = { id: 'k1', updatedAt: LATER, revision: 5 };
    let caught: unknown;
    try {
      assertExpectedVersion('keyResult', current, { revision: 4, updatedAt: AT });
    } catch (error) {
      caught = error;
    }
    expect(isRevisionConflict(caught)).toBe(true);
    expect(caught).toBeInstanceOf(RevisionConflictError);
    expect((caught as RevisionConflictError).current).toBe(current);
    expect((caught as RevisionConflictError).entity).toBe('keyResult');
    expect((caught as Error).message).toBe(
      'This key result was changed in another window after it was opened; nothing was overwritten.',
    );
    expect(() => assertExpectedVersion('keyResult', current, versionOf(current))).not.toThrow();
  });
});

describe('field labels', () => {
  it('names fields as a sentence does', () => {
    expect(fieldLabel('keyResult', 'measuredBy')).toBe('measured by');
    expect(fieldLabel('keyResultRetro', 'didNotWork')).toBe('what did not work');
    expect(fieldLabel('keyResult', 'someNewField')).toBe('some new field');
    expect(listOfFields('keyResult', ['title'])).toBe('title');
    expect(listOfFields('keyResult', ['title', 'owner'])).toBe('title and owner');
    expect(listOfFields('objective', ['title', 'kind', 'parentObjectiveId'])).toBe(
      'title, commitment and parent objective',
    );
  });

  it('describes values as the app shows them', () => {
    expect(describeFieldValue('Cut LCP')).toBe('Cut LCP');
    expect(describeFieldValue('  ')).toBe('(empty)');
    expect(describeFieldValue(null)).toBe('(none)');
    expect(describeFieldValue(true)).toBe('Yes');
    expect(describeFieldValue(1234.5)).toBe('1,234.5');
    expect(describeFieldValue('2027-02-01')).toBe('1 Feb 2027');
    expect(describeFieldValue(['a', 'b'])).toBe('2 chosen');
    expect(describeFieldValue([])).toBe('(none)');
  });
});
