import { describe, expect, it } from 'vitest';
import { rulesOf } from './helpers';

// Round 28's families (splits ax and ay, train-28), in wording of our own that is in no corpus
// file (rickshaw tours, sushi bars, topiary nurseries, kaleidoscope makers, airship tours,
// fountain-pen makers, calligraphy suppliers, dumpling houses, sundial makers), so these check the
// classes rather than the rows. Each family has a near miss that must stay as it is.

const EC = 'external-commitment';
const GM = 'gameable-metric';
const OUT = 'output-not-outcome';

describe('a level or deliverable set by a party named by role, rulebook or agreement', () => {
  it("reads a scheme provider's window as the provider's yardstick", () => {
    const rules = rulesOf(
      "Settle RickshawPass vouchers inside the provider's 24-hour window for 99% of claims (64% today)",
      { baseline: 64, target: 99, direction: 'increase', unit: '%' },
    );
    expect(rules).toContain(EC);
  });

  it('keeps our own window ours', () => {
    const rules = rulesOf(
      'Settle rickshaw-tour refunds inside our 24-hour window for 99% of claims (64% today)',
      { baseline: 64, target: 99, direction: 'increase', unit: '%' },
    );
    expect(rules).not.toContain(EC);
  });

  it("reads a limit a named body's rules set, with words between, as the body's", () => {
    const rules = rulesOf(
      'Hold histamine in our tuna under the 100 mg/kg limit the FSAI ready-to-eat fish rules set (we average 140)',
      { baseline: 140, target: 100, direction: 'decrease', unit: 'mg/kg' },
    );
    expect(rules).toContain(EC);
  });

  it('keeps a limit our own rules set ours', () => {
    const rules = rulesOf(
      'Hold histamine in our tuna under the 100 mg/kg limit our own sushi-counter hygiene rules set (we average 140)',
      { baseline: 140, target: 100, direction: 'decrease', unit: 'mg/kg' },
    );
    expect(rules).not.toContain(EC);
  });

  it('reads a deliverable agreed with a body named by its initials as a promise to it', () => {
    expect(
      rulesOf('Launch the seedling-swap data feed we agreed with the RHS by end of Q3'),
    ).toContain(EC);
  });

  it('keeps a deliverable agreed with our own staff ours', () => {
    expect(
      rulesOf('Launch the topiary care guide we agreed with the nursery staff by end of Q3'),
    ).not.toContain(EC);
  });
});

describe('measures that only mention an activity are not activity counts', () => {
  it('reads admin hours per finished piece going down as efficiency', () => {
    const rules = rulesOf('Admin hours logged per finished kaleidoscope: 2.5 → 1', {
      baseline: 2.5,
      target: 1,
      direction: 'decrease',
      unit: 'hours',
    });
    expect(rules).not.toContain(GM);
  });

  it('still reads hours logged going up as gameable', () => {
    const rules = rulesOf('Raise hours logged on kaleidoscope assembly from 120 to 200 a month', {
      baseline: 120,
      target: 200,
      direction: 'increase',
    });
    expect(rules).toContain(GM);
  });

  it('reads a share of people reached during drills as an outcome, not drills held', () => {
    const rules = rulesOf(
      'Share of airship passengers getting the weather-hold text within 10 minutes during stand-down drills: 55% → 90%',
      { baseline: 55, target: 90, direction: 'increase', unit: '%' },
    );
    expect(rules).not.toContain(GM);
  });

  it('still reads drills run counted up as gameable', () => {
    const rules = rulesOf('Run 10 stand-down drills this quarter, up from 3', {
      baseline: 3,
      target: 10,
      direction: 'increase',
    });
    expect(rules).toContain(GM);
  });

  it('reads a share of reviews naming a fault going down as a quality measure', () => {
    const rules = rulesOf("'Leaky nib' reviews of our fountain pens: 7% of reviews → 2%", {
      baseline: 7,
      target: 2,
      direction: 'decrease',
      unit: '% of reviews',
    });
    expect(rules).not.toContain(GM);
  });

  it('still reads five-star reviews collected as gameable', () => {
    const rules = rulesOf('Collect 400 five-star reviews of our fountain pens, up from 90', {
      baseline: 90,
      target: 400,
      direction: 'increase',
    });
    expect(rules).toContain(GM);
  });
});

describe('paperwork done counted up is an activity count', () => {
  it('reads checklists completed counted up as gameable', () => {
    expect(
      rulesOf('Increase the number of opening checklists completed at the sushi bars'),
    ).toContain(GM);
  });

  it('reads alerts cleared counted up as gameable', () => {
    expect(
      rulesOf('Clear 1,200 fridge-temperature alerts a month', {
        target: 1200,
        direction: 'increase',
      }),
    ).toContain(GM);
  });

  it('reads records fixed counted up as gameable', () => {
    const rules = rulesOf('Fix 600 dumpling-recipe records a month, up from 150', {
      baseline: 150,
      target: 600,
      direction: 'increase',
    });
    expect(rules).toContain(GM);
  });

  it('keeps alerts raised going down an outcome', () => {
    const rules = rulesOf('Cut fridge-temperature alerts raised from 1,200 a month to 200', {
      baseline: 1200,
      target: 200,
      direction: 'decrease',
    });
    expect(rules).not.toContain(GM);
  });
});

describe("a volume or saving a party's paper sets is not work to do", () => {
  it('reads a sales volume that earns a bonus in our agreement as the paper honoured', () => {
    const rules = rulesOf(
      'Sell 900 calligraphy starter kits this year to earn the volume rebate in our distribution agreement (700 last year)',
      { baseline: 700, target: 900, direction: 'increase' },
    );
    expect(rules).toContain(EC);
    expect(rules).not.toContain(OUT);
  });

  it('reads a saving an agreement guarantees as an outcome owed, not an output', () => {
    const rules = rulesOf(
      'Deliver the 800 MWh annual saving our energy-performance contract with Harrowgate Council guarantees',
      { target: 800, direction: 'increase', unit: 'MWh/year' },
    );
    expect(rules).toContain(EC);
    expect(rules).not.toContain(OUT);
  });

  it('still reads installations delivered as an output', () => {
    expect(rulesOf('Deliver 12 sundial installations to the town parks by June')).toContain(OUT);
  });
});
