import { describe, expect, it } from 'vitest';
import { rulesOf } from './helpers';

// Round 27's family (splits av and aw, train-27): a party's yardstick named by its document or
// its role rather than by the party's name, in wording of our own that is in no corpus file
// (sail lofts, type foundries, dry ski slopes, hat makers, rope makers, clog makers, bouncy-castle
// hire), so these check the class rather than the rows.

const EC = 'external-commitment';

describe("a level or deadline an outside party's document sets is that party's yardstick", () => {
  it('reads a level our agreement with a lowercase authority specifies as theirs', () => {
    const rules = rulesOf(
      'Hold lift uptime at the 97% that our lease agreement with the harbour authority specifies (95.4% in Q1)',
      { baseline: 95.4, target: 97, direction: 'increase', unit: '%' },
    );
    expect(rules).toContain(EC);
  });

  it('reads a level a supply contract with a customer guarantees as theirs', () => {
    const rules = rulesOf(
      'Keep frayed-rope returns under the 0.8% our supply contract with the chandlery guarantees (1.3% last year)',
      { baseline: 1.3, target: 0.8, direction: 'decrease', unit: '%' },
    );
    expect(rules).toContain(EC);
  });

  it("reads a deliverable our franchisor requires by a date as the franchisor's", () => {
    expect(
      rulesOf('Finish the slope-matting safety review our franchisor requires by 31 July'),
    ).toContain(EC);
  });

  it("reads work done on the licensor's schedule as the licensor's", () => {
    expect(
      rulesOf(
        "Cut the revival typefaces on the licensor's schedule: all 6 families shipped by 1 June",
      ),
    ).toContain(EC);
  });

  it("reads a scheme's rule as the scheme owner's yardstick", () => {
    const rules = rulesOf(
      "Meet the craft mark scheme's labelling rule: 100% of hats labelled with the block maker, from 55% today",
      { baseline: 55, target: 100, direction: 'increase', unit: '%' },
    );
    expect(rules).toContain(EC);
  });

  it("reads a limit an insurer's plan commits us to as the insurer's", () => {
    const rules = rulesOf(
      "Keep inflation faults under the 3 per month our insurer's risk plan commits us to (8 last month)",
      { baseline: 8, target: 3, direction: 'decrease', unit: 'count/month' },
    );
    expect(rules).toContain(EC);
  });

  it('reads a level a funder-named plan commits us to as theirs', () => {
    const rules = rulesOf(
      'Keep noise complaints below the 2 per month our Arts Council recovery plan commits us to (6 last month)',
      { baseline: 6, target: 2, direction: 'decrease', unit: 'count/month' },
    );
    expect(rules).toContain(EC);
  });

  it("reads a certifier's standard requiring a level as the certifier's", () => {
    const rules = rulesOf(
      "Get leather moisture down to the 12% our certifier's tannery standard requires (15% now)",
      { baseline: 15, target: 12, direction: 'decrease', unit: '%' },
    );
    expect(rules).toContain(EC);
  });

  it("reads an outside body's re-inspection to pass as theirs", () => {
    expect(
      rulesOf('Pass the SLSA re-inspection with no actions raised on our matting records'),
    ).toContain(EC);
  });

  it("reads a licence from a council specifying a level as the council's", () => {
    const rules = rulesOf(
      'Reach the 100% wind-log completeness that our operating licence from the district council specifies, from 71%',
      { baseline: 71, target: 100, direction: 'increase', unit: '%' },
    );
    expect(rules).toContain(EC);
  });
});

describe('near misses: no outside party holds the yardstick', () => {
  it('does not read a tool named as the data source as a party', () => {
    const rules = rulesOf(
      'Cut sizing-question emails per 1,000 hats sold from 14 to 5 (counted from Freshdesk tags)',
      { baseline: 14, target: 5, direction: 'decrease', unit: 'count' },
    );
    expect(rules).not.toContain(EC);
  });

  it('does not read our own inspectors as an outside examiner', () => {
    const rules = rulesOf(
      'Laser gauging catches 92% of strand flaws later found by hand inspectors, up from 65%',
      { baseline: 65, target: 92, direction: 'increase', unit: '%' },
    );
    expect(rules).not.toContain(EC);
  });

  it('does not read our own internal plan as an outside yardstick', () => {
    const rules = rulesOf(
      'Keep clog-sole splits under the 5 a month our own quality plan aims for (12 last month)',
      { baseline: 12, target: 5, direction: 'decrease', unit: 'count/month' },
    );
    expect(rules).not.toContain(EC);
  });

  it('does not read a level our improvement plan sets as an outside yardstick', () => {
    const rules = rulesOf(
      'Raise first-fit sail hoists from 60% to 85%, the level our improvement plan sets',
      {
        baseline: 60,
        target: 85,
        direction: 'increase',
        unit: '%',
      },
    );
    expect(rules).not.toContain(EC);
  });

  it('does not read a measure of how we answer an insurer as a promise to it', () => {
    const rules = rulesOf(
      'Cut the time to answer insurer queries on castle claims from 6 days to 2 days',
      {
        baseline: 6,
        target: 2,
        direction: 'decrease',
        unit: 'days',
      },
    );
    expect(rules).not.toContain(EC);
  });

  it('does not read our own schedule as a party', () => {
    const rules = rulesOf('Keep to the slope schedule: 95% of lessons start on time, from 80%', {
      baseline: 80,
      target: 95,
      direction: 'increase',
      unit: '%',
    });
    expect(rules).not.toContain(EC);
  });
});
