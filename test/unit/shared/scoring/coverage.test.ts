import { describe, expect, it } from 'vitest';
import {
  formatObjectiveScore,
  objectiveScoreSummary,
  scoredFromText,
} from '@shared/domain/scoring/coverage';
import { increaseKr } from './helpers';

describe('an objective score that stands on only some of its key results', () => {
  it('says how many key results it is made of when some are not scored', () => {
    const summary = objectiveScoreSummary(
      [
        increaseKr({ id: 'a', finalValue: 94.8 }),
        increaseKr({ id: 'b', finalValue: 94.8 }),
        increaseKr({ id: 'c' }),
      ],
      [],
    );
    expect(summary).toEqual({ score: 0.6, scored: 2, total: 3 });
    expect(formatObjectiveScore(summary)).toBe('0.6 (from 2 of 3 key results)');
    expect(scoredFromText(summary)).toBe('from 2 of 3 key results');
  });

  it('is the bare score when every key result is scored, and a dash when none is', () => {
    expect(formatObjectiveScore({ score: 0.6, scored: 3, total: 3 })).toBe('0.6');
    expect(formatObjectiveScore({ score: null, scored: 0, total: 3 })).toBe('–');
    expect(scoredFromText({ score: null, scored: 0, total: 3 })).toBeNull();
  });
});
