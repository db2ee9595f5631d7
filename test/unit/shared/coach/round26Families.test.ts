import { describe, expect, it } from 'vitest';
import { rulesOf } from './helpers';

// Round 26's families (splits at and au, train-26), in wording of our own that is in no corpus
// file (hammams, carousels, kimchi and sauerkraut makers, pretzel bakeries, rowing clubs, curling
// rinks, tortillerias, velodromes, toboggan runs, yurt villages, cuckoo-clock makers, ramen
// shops), so these check the class rather than the rows.

describe('a count that can be pushed without the outcome moving is gameable', () => {
  it('reads five-star reviews gathered as gameable', () => {
    const rules = rulesOf('Win 250 five-star reviews for the hammam on Google Maps by June', {
      target: 250,
      direction: 'increase',
      unit: 'count',
    });
    expect(rules).toContain('gameable-metric');
  });

  it('reads reports raised by staff going up as gameable', () => {
    const rules = rulesOf('Increase defect reports filed by carousel operators from 25 a month', {
      baseline: 25,
      direction: 'increase',
      unit: 'count/month',
    });
    expect(rules).toContain('gameable-metric');
  });

  it('reads open non-conformances cut by a percentage as gameable', () => {
    const rules = rulesOf('Reduce open food-safety non-conformances at the kimchi plant by 40%', {
      direction: 'decrease',
      unit: 'count',
    });
    expect(rules).toContain('gameable-metric');
  });

  it('still reads breakdowns going down as an outcome', () => {
    const rules = rulesOf('Cut carousel breakdowns during opening hours from 11 a month to 3', {
      baseline: 11,
      target: 3,
      direction: 'decrease',
      unit: 'count/month',
    });
    expect(rules).not.toContain('gameable-metric');
  });
});

describe('a rate of a bad thing raised is a direction mismatch; an interval is not a rate', () => {
  it.each([
    ['Grow the pretzel burn rate from 3% to 6%', 3, 6],
    ['Rowers injured more than once a season: raise from 9% to 14%', 9, 14],
  ])('reads %j as a mismatch', (title, baseline, target) => {
    const rules = rulesOf(title, { baseline, target, direction: 'increase', unit: '%' });
    expect(rules).toContain('direction-mismatch');
  });

  it('still reads a share of good batches raised as agreeing', () => {
    const rules = rulesOf(
      'Grow the share of pretzels passing the first bake check from 88% to 95%',
      {
        baseline: 88,
        target: 95,
        direction: 'increase',
        unit: '%',
      },
    );
    expect(rules).not.toContain('direction-mismatch');
  });

  it('reads a longer interval between events as fewer events, no mismatch', () => {
    const rules = rulesOf(
      'Reduce ice resurfacing on curling sheet 3 from every 4 days to every 7 days',
      { baseline: 4, target: 7, direction: 'increase', unit: 'days' },
    );
    expect(rules).not.toContain('direction-mismatch');
  });
});

describe('targets: a real gain is not trivial, and today’s value alone is no target', () => {
  it('reads a 2.5-point yield gain as a real change', () => {
    const rules = rulesOf('Raise first-grade tortilla yield from 71.5% to 74%', {
      baseline: 71.5,
      target: 74,
      direction: 'increase',
      unit: '%',
    });
    expect(rules).not.toContain('trivial-target');
  });

  it('reads today’s value with no target as missing-target', () => {
    const rules = rulesOf('Reduce the velodrome repair backlog; the oldest open job is 12 days', {
      baseline: 12,
      direction: 'decrease',
      unit: 'days',
    });
    expect(rules).toContain('missing-target');
    expect(rules).not.toContain('trivial-target');
  });

  it('reads a gradient written "1 in 12" as no target', () => {
    expect(rulesOf('Fewer stalled trams on the 1 in 12 hill', { direction: 'decrease' })).toContain(
      'missing-target',
    );
  });

  it('reads a daily average and a figure to come down to as a baseline', () => {
    const rules = rulesOf('Unsold ramen broth at close: £60 a night on average, down to £20', {
      direction: 'decrease',
      unit: 'GBP',
    });
    expect(rules).not.toContain('missing-baseline');
  });

  it('still reads only a figure to come down to as missing a baseline', () => {
    const rules = rulesOf('Unsold ramen broth at close: down to £20 a night', {
      target: 20,
      direction: 'decrease',
      unit: 'GBP',
    });
    expect(rules).toContain('missing-baseline');
  });
});

describe('outputs: equipping things is work; units a contract buys are not', () => {
  it('reads fitting 100% of a fleet, from a share today, as an output', () => {
    const rules = rulesOf(
      'Equip 100% of toboggan sleds with brake-wear indicators, from 40% today',
      {
        baseline: 40,
        target: 100,
        direction: 'increase',
        unit: '%',
      },
    );
    expect(rules).toContain('output-not-outcome');
  });

  it('still reads a share of runs without a fault as an outcome', () => {
    const rules = rulesOf(
      'Raise the share of toboggan runs finished without a brake fault from 90% to 98%',
      { baseline: 90, target: 98, direction: 'increase', unit: '%' },
    );
    expect(rules).not.toContain('output-not-outcome');
  });

  it('reads units a contract buys as a commitment, not an output', () => {
    const rules = rulesOf(
      'Provide 900 funded coaching sessions to meet the borough rowing contract (we provided 700 last year)',
      { baseline: 700, target: 900, direction: 'increase', unit: 'count' },
    );
    expect(rules).toContain('external-commitment');
    expect(rules).not.toContain('output-not-outcome');
  });

  it('reads "get ahead of" some work as a vague aim, not an output', () => {
    const rules = rulesOf('Get ahead of cuckoo-clock repair work');
    expect(rules).toContain('missing-metric');
    expect(rules).not.toContain('output-not-outcome');
  });

  it('still reads a plan signed off by a date as an output', () => {
    expect(rulesOf('Get the cuckoo-clock repair plan approved by 1 March')).toContain(
      'output-not-outcome',
    );
  });
});

describe('parties: a certifier’s level is theirs; a named site is no party', () => {
  it('reads a level the inspector audits against as external', () => {
    const rules = rulesOf(
      'Raise the share of sauerkraut batches with full traceability records from 91% to the 100% the Soil Association inspector audits against',
      { baseline: 91, target: 100, direction: 'increase', unit: '%' },
    );
    expect(rules).toContain('external-commitment');
  });

  it('still reads the same rise with no one auditing as ours', () => {
    const rules = rulesOf(
      'Raise the share of sauerkraut batches with full traceability records from 91% to 100%',
      { baseline: 91, target: 100, direction: 'increase', unit: '%' },
    );
    expect(rules).not.toContain('external-commitment');
  });

  it('reads work at a named site as an output, not a promise to a party', () => {
    const rules = rulesOf(
      'Finish the boiler-control upgrade at Ashcombe Yurt Village by the end of May',
    );
    expect(rules).toContain('output-not-outcome');
    expect(rules).not.toContain('external-commitment');
  });
});
