import { describe, expect, it } from 'vitest';
import { findingOf } from './helpers';

/* The coach's sentences read as one person would write them, whatever is spliced into them. */

describe('a metric inside the coach’s sentences', () => {
  it('is lower-cased where the person typed it as a heading', () => {
    const f = findingOf('missing-baseline', 'Grow same-day settlements', {
      metric: 'Same-day settlement rate',
    });
    expect(f?.suggestion).toMatch(/^Measure same-day settlement rate now/);
  });

  it.each([
    ['an acronym', 'NPS', 'Raise NPS'],
    ['an acronym with words', 'MTTR for payments', 'Cut MTTR for payments'],
    ['a name the title capitalises too', 'Acme orders per week', 'Grow Acme orders per week'],
  ])('keeps the capital of %s', (_kind, metric, title) => {
    expect(findingOf('missing-baseline', title, { metric })?.suggestion).toContain(
      `Measure ${metric} now`,
    );
  });

  it('asks for the level a metric should reach', () => {
    const f = findingOf('missing-target', 'Grow orders won from calls', {
      metric: 'orders won from calls',
      baseline: 40,
    });
    expect(f?.suggestion).toMatch(/^Set the level that orders won from calls should reach by/);
  });
});

describe('the gameable finding’s suggestion', () => {
  it('has one colon when its alternative has a list of its own', () => {
    const f = findingOf('gameable-metric', 'Make 600 cold calls to restaurant owners this quarter');
    expect(f?.suggestion).toBe(
      'Measure the result instead: what the calls are for, such as meetings booked that happen, orders or pledges won.',
    );
    expect(f?.suggestion?.match(/:/g)).toHaveLength(1);
  });
});
