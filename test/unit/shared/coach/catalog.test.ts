import { describe, expect, it } from 'vitest';
import { COACH_RULES, RULE_LABEL } from '../../../../shared/domain/coach';

describe('the rules’ labels', () => {
  it('gives every coach and calibration rule a plain label, never its id', () => {
    const rules = [...COACH_RULES, 'sandbagging-history', 'disconnected-history'] as const;
    for (const rule of rules) {
      const label = RULE_LABEL[rule];
      expect(label, rule).toMatch(/^[A-Z][a-z]/);
      expect(label, rule).not.toContain('-');
    }
    expect(Object.keys(RULE_LABEL).sort()).toEqual([...rules].sort());
    expect(new Set(Object.values(RULE_LABEL)).size).toBe(rules.length);
  });

  it('reads as the room says it', () => {
    expect(RULE_LABEL['output-not-outcome']).toBe('Output, not outcome');
    expect(RULE_LABEL['gameable-metric']).toBe('Gameable metric');
    expect(RULE_LABEL['missing-baseline']).toBe('Missing baseline');
  });
});
