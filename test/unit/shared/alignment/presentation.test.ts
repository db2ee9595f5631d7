import { describe, expect, it } from 'vitest';
import {
  formatShare,
  measuresText,
  rollUpText,
  type RollUp,
} from '../../../../shared/domain/alignment';
import { defaultQuarterLabel, screenPhaseOf } from '../../../../shared/domain/alignment/search';

const rolled = (score: number | null, progress: number | null, confidence: number | null) =>
  ({
    score: { value: score, objectiveCount: 1, keyResultIds: [] },
    progress: { value: progress, objectiveCount: 1, keyResultIds: [] },
    confidence: { value: confidence, objectiveCount: 1, keyResultIds: [] },
    alignedCount: 3,
  }) satisfies RollUp;

describe('the tree’s figures in words', () => {
  it('shows scores at the end and progress with confidence during the quarter', () => {
    const m = { score: 0.66, progress: 0.404, confidence: null };
    expect(measuresText(m, 'scores')).toBe('Score 0.7');
    expect(measuresText(m, 'progress')).toBe('Progress 40% · Confidence –');
    expect(formatShare(1)).toBe('100%');
    expect(formatShare(Number.NaN)).toBe('–');
  });

  it('labels a roll-up as one, with how many objectives it covers', () => {
    expect(rollUpText(rolled(0.55, 0.4, 0.6), 'progress')).toBe(
      'Roll-up of 3 aligned objectives: Progress 40% · Confidence 60%',
    );
    expect(rollUpText({ ...rolled(null, null, null), alignedCount: 1 }, 'scores')).toBe(
      'Roll-up of 1 aligned objective: Score –',
    );
  });
});

describe('where the organisation view opens', () => {
  it('opens on the current calendar quarter, else the newest up to today, else the newest', () => {
    expect(defaultQuarterLabel(['2027-Q1', '2026-Q4'], '2026-11-29')).toBe('2026-Q4');
    expect(defaultQuarterLabel(['2027-Q1', '2026-Q3'], '2026-11-29')).toBe('2026-Q3');
    expect(defaultQuarterLabel(['2027-Q2', '2027-Q1'], '2026-11-29')).toBe('2027-Q2');
    expect(defaultQuarterLabel([], '2026-11-29')).toBeNull();
  });

  it('opens a closed quarter on its retrospective, any other on its phase', () => {
    expect(screenPhaseOf('closed')).toBe('retrospective');
    expect(screenPhaseOf('scoring')).toBe('scoring');
  });
});
