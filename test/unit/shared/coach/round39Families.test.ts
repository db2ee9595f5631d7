import { describe, expect, it } from 'vitest';
import { rulesOf } from './helpers';

// Round 39's families (splits bt and bu, train-39), in wording of our own that is in no corpus
// file (wedding-cake bakers, bicycle repairers, bridal fitters, deli counters), so these check
// the classes rather than the rows. Each family has a near miss that must stay as it is. A case
// marked it.fails is a family this round left (see the README's Round 39 section).

const MB = 'missing-baseline';
const GAME = 'gameable-metric';

const UP = { unit: '%', direction: 'increase' as const };
const DOWN = { unit: '%', direction: 'decrease' as const };

describe("today's level in a clause set apart after the goal, with a word of when, is the baseline", () => {
  it('reads a fraction in words with a past verb and a past period', () => {
    expect(
      rulesOf(
        'Lift the share of cake tastings that become orders to 55%; roughly two-fifths became orders last season',
        { ...UP, metric: 'tasting conversion', target: 55 },
      ),
    ).not.toContain(MB);
  });

  it('reads a percentage with a past verb and a month', () => {
    expect(
      rulesOf('Keep puncture comebacks under 1.5% of repairs; they ran to 4% last March', {
        ...DOWN,
        metric: 'puncture comebacks',
        target: 1.5,
      }),
    ).not.toContain(MB);
  });

  it('reads a ratio in words in brackets with "right now"', () => {
    expect(
      rulesOf(
        'Raise online cake orders to 30% of orders (right now about one in eight come in online)',
        {
          ...UP,
          metric: 'online order share',
          target: 30,
        },
      ),
    ).not.toContain(MB);
  });

  it('reads a percentage with "currently" after a goal with a bound', () => {
    expect(
      rulesOf(
        'Cut abandoned bridal fittings to 5% of bookings; currently 11% of bookings are dropped',
        {
          ...DOWN,
          metric: 'abandoned fittings',
          target: 5,
        },
      ),
    ).not.toContain(MB);
  });

  it('reads a past period first, then a fraction with a past verb', () => {
    expect(
      rulesOf(
        'Serve 90% of deli customers within 3 minutes; last Christmas only about three-quarters got served that fast',
        { ...UP, metric: 'served within 3 minutes', target: 90 },
      ),
    ).not.toContain(MB);
  });

  it('keeps a clause with only a target flagged (near miss)', () => {
    expect(
      rulesOf('Keep puncture comebacks under 1.5% of repairs; by autumn no more than 1%', {
        ...DOWN,
        metric: 'puncture comebacks',
        target: 1,
      }),
    ).toContain(MB);
  });

  // Left: the older reader of what we did in a past period (ourReadings.ts) takes any "we <verb>ed
  // N … last <period>" as a reading, so this near miss failed before round 39 too.
  it.fails('keeps a clause about the staff, not the measure, flagged (near miss)', () => {
    expect(
      rulesOf('Grow cake orders taken online to 120 a month; we hired 2 decorators last month', {
        direction: 'increase',
        metric: 'online cake orders',
        target: 120,
      }),
    ).toContain(MB);
  });
});

// Left by round 39 (time went to the clause of when family); the first read since round 49.
describe('the team closing its own tickets, and things gathered or checks done, counted, are activity', () => {
  it('reads support tickets closed within a time, as a share, as tickets closed', () => {
    expect(
      rulesOf('Close 90% of customer support tickets within 6 hours, up from 50%', {
        ...UP,
        metric: 'tickets closed within 6 h',
        baseline: 50,
        target: 90,
      }),
    ).toContain(GAME);
  });

  it.fails('reads customer details gathered at the counter, counted, as activity', () => {
    expect(
      rulesOf('Collect 600 customer postcodes at the till, up from 90', {
        direction: 'increase',
        metric: 'postcodes collected',
        baseline: 90,
        target: 600,
      }),
    ).toContain(GAME);
  });

  it.fails('reads checks completed, counted, as activity', () => {
    expect(
      rulesOf('Raise the number of fridge temperature checks completed', {
        direction: 'increase',
        metric: 'fridge checks completed',
      }),
    ).toContain(GAME);
  });

  it('keeps a share of orders delivered on time an outcome (near miss)', () => {
    expect(
      rulesOf('Raise the share of cakes delivered within the agreed hour from 80% to 96%', {
        ...UP,
        metric: 'cakes delivered on time',
        baseline: 80,
        target: 96,
      }),
    ).not.toContain(GAME);
  });
});
