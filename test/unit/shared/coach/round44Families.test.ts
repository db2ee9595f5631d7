import { describe, expect, it } from 'vitest';
import { rulesOf } from './helpers';

// Round 44's families (splits cd and ce, the earlier rows still listed, train-44): numbers the
// text extractor did not read, in wording of our own that is in no corpus file (ski hire,
// chocolate makers, rope-access window cleaners), so these check the classes rather than the
// rows. Each family has a near miss that must stay as it is. A case marked it.fails is a family
// this round left (see the README's Round 44 section).

const BASE = 'missing-baseline';
const TARGET = 'missing-target';
const DIRECTION = 'direction-mismatch';
const TRIVIAL = 'trivial-target';

const SHARE_DOWN = { unit: '%', direction: 'decrease' as const };

describe('a ratio in words with the thing counted, a hedge or a verb around it', () => {
  it('reads "one rented pair in fifteen went missing" as the baseline, a share', () => {
    const rules = rulesOf(
      'Cut ski boots lost at hire return to under 1% (last winter about one rented pair in fifteen went missing)',
      SHARE_DOWN,
    );
    expect(rules).not.toContain(BASE);
    expect(rules).not.toContain(DIRECTION);
  });

  it('reads "1 truffle in 9 fails" as today, so only the target is missing', () => {
    const rules = rulesOf(
      'Fewer truffles rejected at packing (right now roughly 1 truffle in 9 fails the gloss check)',
      SHARE_DOWN,
    );
    expect(rules).toContain(TARGET);
    expect(rules).not.toContain(BASE);
    expect(rules).not.toContain(DIRECTION);
  });

  it('reads fractions with a rarer denominator ("a twelfth", "a fiftieth") as shares', () => {
    const rules = rulesOf(
      'Chocolate lost to bloom, as a share of output: a twelfth last year, under a fiftieth this year',
      SHARE_DOWN,
    );
    expect(rules).not.toContain(BASE);
    expect(rules).not.toContain(TARGET);
  });

  it('near miss: a ratio as the target alone still has no baseline', () => {
    expect(
      rulesOf('Reduce ski boots lost at hire return to one pair in forty', SHARE_DOWN),
    ).toContain(BASE);
  });
});

describe('counts in words over past periods and mixed numbers', () => {
  it('reads "four over the last two quarters" as the baseline', () => {
    expect(
      rulesOf(
        'Rope-access falls arrested: four over the last two quarters, no more than one this quarter',
        {
          unit: 'count/quarter',
          direction: 'decrease',
        },
      ),
    ).not.toContain(BASE);
  });

  it('reads "none this year" as a target of nought', () => {
    expect(
      rulesOf('Window-cleaning complaints: nine last year, none this year', {
        unit: 'count/year',
        direction: 'decrease',
      }),
    ).not.toContain(TARGET);
  });

  it('reads "three and a half days" as 3.5, not 3', () => {
    expect(
      rulesOf('Cut ski servicing time to 3 days; last season we averaged three and a half days', {
        unit: 'days',
        direction: 'decrease',
      }),
    ).not.toContain(TRIVIAL);
  });

  it('near miss: a past count in words alone still has no target', () => {
    expect(
      rulesOf('Window-cleaning complaints: nine last year', {
        unit: 'count/year',
        direction: 'decrease',
      }),
    ).toContain(TARGET);
  });
});

describe('a baseline given beside a window, or at the last survey', () => {
  it('reads a time window beside a share as no move from one to the other', () => {
    const rules = rulesOf(
      'Get the share of ski repairs we finish within 2 days up to 80%, from about 45% now',
      { unit: '%', direction: 'increase' },
    );
    expect(rules).not.toContain(BASE);
    expect(rules).not.toContain(TARGET);
  });

  it('reads a signed score at the last survey as the baseline, with no target', () => {
    const rules = rulesOf('Raise guide NPS (last survey: +12)', {
      unit: 'points',
      direction: 'increase',
    });
    expect(rules).not.toContain(BASE);
    expect(rules).toContain(TARGET);
  });

  it('near miss: a move from one time to another stays a move', () => {
    expect(
      rulesOf('Cut boot-fitting time from 20 minutes up to 12 minutes', {
        unit: 'minutes',
        direction: 'decrease',
      }),
    ).not.toContain(BASE);
  });
});

describe('"drop" as a verb of delivering, not of lowering', () => {
  it('reads things dropped on or at places as delivered, no direction to mismatch', () => {
    expect(
      rulesOf('Drop 3,000 ski-school flyers at the valley hotels', {
        metric: 'flyers delivered',
        unit: 'count',
        baseline: 0,
        target: 3000,
        direction: 'increase',
      }),
    ).not.toContain(DIRECTION);
  });

  it('near miss: a measure dropped from one level to another still goes down', () => {
    expect(
      rulesOf('Drop ski-lift queue time from 12 minutes to 20 minutes', {
        unit: 'minutes',
        direction: 'decrease',
      }),
    ).toContain(DIRECTION);
  });
});
