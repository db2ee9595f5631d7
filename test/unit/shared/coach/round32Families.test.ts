import { describe, expect, it } from 'vitest';
import { objectiveRules, rulesOf } from './helpers';

// Round 32's families (splits bf and bg, train-32), in wording of our own that is in no corpus
// file (llama trekking, ice-cream vans, lighthouse tours, lidos), so these check the classes
// rather than the rows. Each family has a near miss that must stay as it is. The cases marked
// it.fails are families this round left (see the README's Round 32 section).

const GAME = 'gameable-metric';
const EXT = 'external-commitment';
const MB = 'missing-baseline';
const OIM = 'objective-is-metric';

describe('activity counts: things logged, posted, listed or handed out, and logins', () => {
  it('reads records logged, counted up, as gameable', () => {
    expect(rulesOf('Increase the number of llama health checks logged')).toContain(GAME);
  });

  it('reads logins a week as gameable', () => {
    expect(
      rulesOf('Reach 250 booking-portal logins a week', {
        unit: 'count/week',
        target: 250,
        direction: 'increase',
      }),
    ).toContain(GAME);
  });

  it('reads clips put on a named platform, baseline to target, as gameable', () => {
    expect(
      rulesOf('Upload lighthouse-tour shorts to TikTok: 6 -> 25 a month', {
        unit: 'count/month',
        direction: 'increase',
      }),
    ).toContain(GAME);
  });

  it('reads menus handed out as gameable', () => {
    expect(
      rulesOf('Hand out more ice-cream van menus on the promenade (about 200 a day now)', {
        unit: 'count/day',
        baseline: 200,
        direction: 'increase',
      }),
    ).toContain(GAME);
  });

  it('reads things photographed and listed, counted, as gameable', () => {
    expect(
      rulesOf('Photograph and list 300 trekking llamas on the adoption page, from 40 listed', {
        unit: 'count',
        baseline: 40,
        target: 300,
        direction: 'increase',
      }),
    ).toContain(GAME);
  });

  it('keeps repeat bookings by customers, counted up, not gameable', () => {
    expect(rulesOf('Increase the number of repeat llama-trek bookings')).not.toContain(GAME);
  });

  it('keeps injuries recorded by a vet, counted down, not gameable', () => {
    expect(
      rulesOf('Cut llama injuries recorded by the vet from 9 to 3 a year', {
        unit: 'count/year',
        baseline: 9,
        target: 3,
        direction: 'decrease',
      }),
    ).not.toContain(GAME);
  });
});

describe('a level a named outside party sets', () => {
  it('reads places agreed with a council under a grant as a commitment', () => {
    expect(
      rulesOf(
        'Provide the 500 free swim sessions agreed with the borough council under the Active Lives grant',
        { unit: 'count', target: 500, direction: 'increase' },
      ),
    ).toContain(EXT);
  });

  it("reads a limit a regulator's permit sets as a commitment", () => {
    expect(
      rulesOf("Keep ammonia in the lido outflow under the water authority's permitted 2 mg/L", {
        unit: 'mg/L',
        target: 2,
        direction: 'decrease',
      }),
    ).toContain(EXT);
  });

  it('reads a spec a named body requires for hosting as a commitment', () => {
    expect(
      rulesOf(
        'Meet the pool-temperature spec the regional swimming association requires for hosting the county gala',
      ),
    ).toContain(EXT);
  });

  it('keeps our own limit, with today, not a commitment', () => {
    expect(
      rulesOf('Keep ammonia in the lido outflow under 2 mg/L, 3.1 mg/L today', {
        unit: 'mg/L',
        baseline: 3.1,
        target: 2,
        direction: 'decrease',
      }),
    ).not.toContain(EXT);
  });
});

describe("today's level stated in unusual ways", () => {
  it('reads a level in a dated survey as the baseline', () => {
    expect(
      rulesOf('Van fuel per round, 42 L in the 2023 survey, down to 30 L', {
        unit: 'L',
        direction: 'decrease',
      }),
    ).not.toContain(MB);
  });

  it('reads a level "on a typical day now" as the baseline', () => {
    expect(
      rulesOf('Vans stuck at the pier at noon: 4 on a typical Sunday now, 1 by August', {
        unit: 'count',
        direction: 'decrease',
      }),
    ).not.toContain(MB);
  });

  it('reads what recent periods averaged as the baseline', () => {
    expect(
      rulesOf(
        'Cut sunburn first-aid calls to at most three a week (the last eight weeks averaged nine)',
        { unit: 'count/week', direction: 'decrease' },
      ),
    ).not.toContain(MB);
  });

  it('reads "last season it was closer to" as the baseline', () => {
    expect(
      rulesOf('Bring cancelled treks down to 1 in 50; last spring it was closer to 1 in 15', {
        unit: 'ratio',
        direction: 'decrease',
      }),
    ).not.toContain(MB);
  });

  it('keeps a target with no reading as missing a baseline', () => {
    expect(
      rulesOf('Bring cancelled treks down to 1 in 50 by spring', {
        unit: 'ratio',
        direction: 'decrease',
      }),
    ).toContain(MB);
  });
});

describe('a numbered place in the objective', () => {
  it('reads a berth or a bend with its number as a place, not a metric', () => {
    expect(objectiveRules('Fewer spills at berth 6')).not.toContain(OIM);
    expect(objectiveRules('Safer riding through bend 12')).not.toContain(OIM);
  });

  it('keeps a count to reach in the objective a metric', () => {
    expect(objectiveRules('Cut spills to 6 a month')).toContain(OIM);
  });
});

// Added with the fix (after the cases above were run): train-32 has no row of this family.
describe('a vague aim only praised, with a verb of making', () => {
  it('reads a thing given that is only praised as missing a metric, not work', () => {
    const rules = rulesOf('Create magical evenings for our lido swimmers');
    expect(rules).toContain('missing-metric');
    expect(rules).not.toContain('output-not-outcome');
  });

  it('keeps a concrete thing built by a date work', () => {
    expect(rulesOf('Build the new lido changing rooms by June')).toContain('output-not-outcome');
  });
});
