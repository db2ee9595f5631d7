import { describe, expect, it } from 'vitest';
import { keyResultScore, whyUnscorable } from '../../../../shared/domain/scoring/score';
import { checkIn, increaseKr, milestoneKr } from './helpers';

describe('a key result that cannot be scored says why', () => {
  it('points at the title when the numbers are only there', () => {
    const kr = increaseKr({
      title: 'Cut P1 payment incidents from 8 per quarter to 2',
      baseline: null,
      target: null,
      finalValue: 3,
    });
    const score = keyResultScore(kr, []);
    expect(score.computed).toBeNull();
    expect(score.unscorable?.code).toBe('numbers-only-in-title');
    expect(score.unscorable?.message).toMatch(/fill them from the title/);
  });

  it.each([
    [{ baseline: null, target: null }, 'no-baseline-or-target'],
    [{ baseline: null }, 'no-baseline'],
    [{ target: null }, 'no-target'],
  ])('names what is missing: %j', (patch, code) => {
    const kr = increaseKr({ title: 'Raise checkout success rate', finalValue: 95, ...patch });
    expect(keyResultScore(kr, []).unscorable?.code).toBe(code);
  });

  it('says when there is no final value yet', () => {
    expect(keyResultScore(increaseKr(), []).unscorable).toEqual({
      code: 'no-final-value',
      message: 'No final value yet, and no check-in recorded one.',
    });
    expect(keyResultScore(milestoneKr(), []).unscorable?.code).toBe('no-final-value');
  });

  it('is null once the key result can be scored, even when it is overridden', () => {
    const cis = [checkIn({ date: '2027-03-01', value: 96 })];
    expect(keyResultScore(increaseKr(), cis).unscorable).toBeNull();
    expect(keyResultScore(milestoneKr({ finalValue: 1 }), []).unscorable).toBeNull();
    const overridden = increaseKr({
      baseline: null,
      scoreOverride: 0.6,
      scoreOverrideReason: 'Judged.',
    });
    const score = keyResultScore(overridden, []);
    expect(score.score).toBe(0.6);
    expect(score.unscorable?.code).toBe('no-baseline');
  });

  it('reads the fields, not the title, once they are filled', () => {
    const kr = increaseKr({
      title: 'Cut P1 incidents from 8 to 2',
      baseline: 8,
      target: 2,
      direction: 'decrease',
    });
    expect(whyUnscorable(kr, 5)).toBeNull();
  });
});
