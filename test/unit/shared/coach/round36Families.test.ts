import { describe, expect, it } from 'vitest';
import { rulesOf } from './helpers';

// Round 36's family (trivial-target recall, left by round 35: splits bl and bm and the known
// misses of earlier splits), in wording of our own that is in no corpus file (apiaries, ferry
// crossings, sign makers, lido operators), so these check the class rather than the rows. The
// family has near misses that must stay as they are.

const TT = 'trivial-target';
const OUT = 'output-not-outcome';

const DOWN = { direction: 'decrease' as const };

describe('a step of one unit of the last digit written, on a rate or a per-unit reading', () => {
  it('reads a share near zero moved by one tenth of a point as trivial', () => {
    expect(
      rulesOf('Mislabelled honey jars from 1.6% to 1.5% of jars filled', {
        ...DOWN,
        unit: '%',
        baseline: 1.6,
        target: 1.5,
      }),
    ).toContain(TT);
  });

  it('reads a per-unit figure moved by one tenth as trivial', () => {
    expect(
      rulesOf('Swarm losses per apiary down from 1.3 to 1.2 a season', {
        ...DOWN,
        unit: 'swarms',
        baseline: 1.3,
        target: 1.2,
      }),
    ).toContain(TT);
  });

  it('reads a step in the second decimal written as trivial', () => {
    expect(
      rulesOf('Hull fouling reports per crossing 0.6 → 0.55', {
        ...DOWN,
        unit: 'reports',
        baseline: 0.6,
        target: 0.55,
      }),
    ).toContain(TT);
  });

  it('reads one whole unit off a figure just under twenty as trivial', () => {
    expect(
      rulesOf('Days to make a carved shop sign from 17 to 16', {
        ...DOWN,
        unit: 'days',
        baseline: 17,
        target: 16,
      }),
    ).toContain(TT);
  });

  it('does not read seven units of the last digit as trivial', () => {
    expect(
      rulesOf('Mislabelled honey jars from 1.6% to 0.9% of jars filled', {
        ...DOWN,
        unit: '%',
        baseline: 1.6,
        target: 0.9,
      }),
    ).not.toContain(TT);
  });

  it('does not read a halving written as one unit as trivial', () => {
    expect(
      rulesOf('Swarm losses per apiary from 2 to 1 a season', {
        ...DOWN,
        unit: 'swarms',
        baseline: 2,
        target: 1,
      }),
    ).not.toContain(TT);
  });

  it('does not read one unit off a figure under ten as trivial', () => {
    expect(
      rulesOf('Late lido openings from 0.9 to 0.8 a week', {
        ...DOWN,
        unit: 'openings',
        baseline: 0.9,
        target: 0.8,
      }),
    ).not.toContain(TT);
  });

  it('does not read a point near 100 % that takes a third of the headroom as trivial', () => {
    expect(
      rulesOf('Ferry sailings leaving on time from 97.1% to 98.1%', {
        direction: 'increase',
        unit: '%',
        baseline: 97.1,
        target: 98.1,
      }),
    ).not.toContain(TT);
  });

  // Found on split bn after the freeze: a target written "9.0" is read as the number 9, and its
  // trailing zero must not make a step of eight tenths look like one unit.
  it('does not read a target whose trailing zero was lost as one unit away', () => {
    expect(
      rulesOf('Lift lido changing-room ratings from 7.4 to 8.0 out of 10', {
        direction: 'increase',
        unit: 'score /10',
        baseline: 7.4,
        target: 8.0,
      }),
    ).not.toContain(TT);
  });
});

describe("a named customer's level given or met, worded as work", () => {
  it('reads a quality a named client asked for in their contract, given to them, as a level', () => {
    expect(
      rulesOf(
        'Give Northgate Hotels the linen whiteness they asked for in the new laundry contract',
      ),
    ).not.toContain(OUT);
  });

  it('reads a reliability a named school agreed in its contract, provided, as a level', () => {
    expect(
      rulesOf(
        'Provide Orchard Schools with the meal-delivery punctuality their catering contract specifies',
      ),
    ).not.toContain(OUT);
  });

  it("reads a named customer's supplier audit passed with a rate under their level as a level", () => {
    expect(
      rulesOf(
        "Pass Kestrel Foods' supplier audit with a foreign-body rate under the 0.2% their contract requires (currently 0.5%)",
        { unit: '%', baseline: 0.5, target: 0.2, direction: 'decrease' },
      ),
    ).not.toContain(OUT);
  });

  it('reads a vendor assessment passed with a score above their threshold as a level', () => {
    expect(
      rulesOf(
        "Pass Lumen Retail's annual vendor assessment with an on-time score above the 90 their terms set (we scored 84)",
        { baseline: 84, target: 90, direction: 'increase' },
      ),
    ).not.toContain(OUT);
  });

  it('still reads a new thing they asked for in the contract, given to them, as work', () => {
    expect(
      rulesOf(
        'Give Northgate Hotels the new booking portal they asked for in the laundry contract',
      ),
    ).toContain(OUT);
  });
});
