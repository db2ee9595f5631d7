import { describe, expect, it } from 'vitest';
import { extractNumbers } from '../../../../shared/domain/coach/text/extract';
import { normalizeText } from '../../../../shared/domain/coach/text/normalize';
import { findQuantities, parseUnitField } from '../../../../shared/domain/coach/text/quantities';

function numbers(text: string) {
  return extractNumbers(normalizeText(text));
}

describe('reading numbers out of KR text', () => {
  it.each([
    ['from 3.2 s to 1.5 s', 3.2, 1.5],
    ['12 → 4', 12, 4],
    ['P1 incidents 8 -> 2 per quarter', 8, 2],
    ['from 12 per month to 4 per month', 12, 4],
    ['from 0.8% to below 0.2%', 0.8, 0.2],
    ['from $2.40 to $1.50', 2.4, 1.5],
    ['to 1% from 8%', 8, 1],
    ['under 200 ms (down from 450 ms)', 450, 200],
    ['from two hours to thirty minutes', 2, 30],
    ['score from 3.4/5 to 4.0/5', 3.4, 4],
  ])('%j has baseline %d and target %d', (text, baseline, target) => {
    const n = numbers(text);
    expect(n.baseline?.value).toBe(baseline);
    expect(n.target?.value).toBe(target);
    expect(n.relative).toBeNull();
  });

  it('converts units so 2 hours → 30 minutes is a decrease', () => {
    const n = numbers('Cut MTTR from 2 hours to 30 minutes');
    expect(n.baseline?.base).toBe(7200);
    expect(n.target?.base).toBe(1800);
  });

  it('lets a bare number borrow its partner unit', () => {
    expect(numbers('from 45 to 14 days').baseline?.dimension).toBe('time');
  });

  it.each([
    'to under 15 min',
    'below 0.2%',
    'at least 99.9%',
    '≤ 400 ms',
    '2 or fewer per quarter',
  ])('%j is a bound target without a baseline', (text) => {
    const n = numbers(text);
    expect(n.target).not.toBeNull();
    expect(n.baseline).toBeNull();
    expect(n.hasComparatorTarget).toBe(true);
  });

  it.each([
    'by 50%',
    '3x more often',
    'halve build time',
    'by 40 minutes',
    '30% quarter over quarter',
    'twice as often',
  ])('%j is a relative change, not a target', (text) => {
    const n = numbers(text);
    expect(n.relative).not.toBeNull();
    expect(n.target).toBeNull();
  });

  it.each([
    'Migrate to OAuth 2.0',
    'Reduce p95 latency',
    'Fix 5xx errors',
    'Ship v2 by June 30',
    'Finish by 31 March',
    'Support 24/7',
    'Reach SOC 2 by Q3 2027',
    'Move tier-1 services',
    'in the first 30 days after launch',
  ])('%j carries no quantity', (text) => {
    expect(findQuantities(normalizeText(text))).toEqual([]);
  });

  it('reads unit columns', () => {
    expect(parseUnitField('minutes')).toEqual({ dimension: 'time', factor: 60 });
    expect(parseUnitField('%')).toEqual({ dimension: 'percent', factor: 1 });
    expect(parseUnitField('count/month')).toEqual({ dimension: 'none', factor: 1 });
    expect(parseUnitField('USD')).toEqual({ dimension: 'money', factor: 1 });
  });
});
