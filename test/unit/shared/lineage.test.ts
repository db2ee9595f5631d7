import { describe, expect, it } from 'vitest';
import { dependencyOutcome } from '@shared/domain/dependencyOutcome';
import { lineageOf } from '@shared/domain/lineage';

const history = {
  cycles: [
    { id: 'q3', label: '2026-Q3' },
    { id: 'q4', label: '2026-Q4' },
  ],
  keyResults: [
    { id: 'kr-q3', cycleId: 'q3', carriedFromKeyResultId: null },
    { id: 'kr-q4', cycleId: 'q4', carriedFromKeyResultId: 'kr-q3' },
    { id: 'loop-a', cycleId: 'q4', carriedFromKeyResultId: 'loop-b' },
    { id: 'loop-b', cycleId: 'q3', carriedFromKeyResultId: 'loop-a' },
  ],
};

describe('lineageOf', () => {
  it('is null for a key result that was not carried', () => {
    expect(lineageOf({ id: 'kr', carriedFromKeyResultId: null }, history)).toBeNull();
  });

  it('counts the quarters a carried key result has run and names the one it came from', () => {
    expect(lineageOf({ id: 'kr', carriedFromKeyResultId: 'kr-q4' }, history)).toEqual({
      carriedFrom: '2026-Q4',
      quartersRunning: 3,
      text: 'third quarter running (carried from 2026-Q4)',
    });
  });

  it('still counts a link to a key result that is gone, and stops at a loop', () => {
    expect(lineageOf({ id: 'kr', carriedFromKeyResultId: 'deleted' }, history)?.text).toBe(
      'second quarter running',
    );
    expect(
      lineageOf({ id: 'kr', carriedFromKeyResultId: 'loop-a' }, history)?.quartersRunning,
    ).toBe(3);
  });
});

describe('dependencyOutcome', () => {
  const on = { today: '2027-04-02', quarterEnd: '2027-03-31' };
  it.each([
    [{ status: 'resolved', byDate: '2027-01-01' }, 'resolved'],
    [{ status: 'open', byDate: '2027-02-15' }, 'failed'],
    [{ status: 'agreed', byDate: null }, 'failed'],
    [{ status: 'at-risk', byDate: '2027-05-15' }, 'at-risk'],
    [{ status: 'open', byDate: '2027-05-15' }, 'open'],
  ] as const)('judges %j as %s after the quarter', (dependency, outcome) => {
    expect(dependencyOutcome(dependency, on)).toBe(outcome);
  });

  it('keeps a dependency without a date open while the quarter runs', () => {
    expect(
      dependencyOutcome(
        { status: 'open', byDate: null },
        { today: '2027-02-01', quarterEnd: '2027-03-31' },
      ),
    ).toBe('open');
  });
});
