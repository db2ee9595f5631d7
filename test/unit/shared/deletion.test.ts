import { describe, expect, it } from 'vitest';
import { deletedWhat } from '@shared/domain/deletion';

describe('what a deletion removed, in words', () => {
  it('names what went with the parent, leaving out what it had none of', () => {
    expect(
      deletedWhat('Objective “Fast checkout”', [
        { count: 2, singular: 'key result' },
        { count: 0, singular: 'check-in' },
      ]),
    ).toBe('Objective “Fast checkout” and its 2 key results');
    expect(
      deletedWhat('Quarter 2027-Q1', [
        { count: 1, singular: 'objective' },
        { count: 3, singular: 'key result' },
        { count: 5, singular: 'check-in' },
      ]),
    ).toBe('Quarter 2027-Q1 and its 1 objective, 3 key results and 5 check-ins');
  });

  it('is the parent alone when nothing went with it', () => {
    expect(deletedWhat('Key result “MTTR”')).toBe('Key result “MTTR”');
    expect(deletedWhat('Team “Payments”', [{ count: 0, singular: 'quarter' }])).toBe(
      'Team “Payments”',
    );
  });
});
