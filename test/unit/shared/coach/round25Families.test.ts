import { describe, expect, it } from 'vitest';
import { rulesOf } from './helpers';

// Round 25's families (splits ar and as, train-25), in wording of our own that is in no corpus
// file (kombucha brewers, bagel bakeries, ziplines, glamping, gelato, chocolatiers, bonsai,
// cheesemongers), so these check the class rather than the rows.

describe('a vague aim with a verb of doing and a quality but no quantity is no output', () => {
  it.each([
    'Strengthen our zipline harness hand-over routine',
    'Deliver a cosier, more personal glamping check-in',
    'Organise the bagel bake rotas more wisely',
    'Plan gelato flavour changes more thoughtfully',
  ])('reads %j as missing-metric, not output-not-outcome', (title) => {
    const rules = rulesOf(title);
    expect(rules).toContain('missing-metric');
    expect(rules).not.toContain('output-not-outcome');
  });

  it('reads a quality aim on a 3D tool as missing-metric', () => {
    expect(rulesOf('Make the 3D chocolate-mould designer more engaging')).toContain(
      'missing-metric',
    );
  });

  it('still reads a named thing handed over by a date as an output', () => {
    expect(
      rulesOf('Deliver the new harness hand-over app to all zipline instructors by 1 May'),
    ).toContain('output-not-outcome');
  });
});

describe('people still with us after a while, and a body’s deadline met, are no output', () => {
  it('reads a share still subscribed after N weeks as an outcome', () => {
    const rules = rulesOf(
      'Raise new kombucha subscribers still ordering after 10 weeks from 25% to 45%',
      { baseline: 25, target: 45, direction: 'increase', unit: '%' },
    );
    expect(rules).not.toContain('output-not-outcome');
  });

  it('reads a named body’s deadline met as a commitment, not an output', () => {
    const rules = rulesOf(
      "Meet HMRC's 30-day duty-return deadline for every kombucha batch (today 80% on time)",
      { baseline: 80, target: 100, direction: 'increase', unit: '%' },
    );
    expect(rules).toContain('external-commitment');
    expect(rules).not.toContain('output-not-outcome');
  });
});

describe('a score or limit a named body sets is a commitment; our own is not', () => {
  it.each([
    [
      'Lift our Green Tourism inspection score from 5.9 to the 7.0 needed to stay a Gold member',
      { baseline: 5.9, target: 7, direction: 'increase' as const },
    ],
    [
      'Hold listeria positives under the 1% limit in the Food Standards Scotland cheese guidance (last quarter: 0.3%)',
      { baseline: 0.3, target: 1, direction: 'decrease' as const, unit: '%' },
    ],
  ])('reads %j as external-commitment', (title, fields) => {
    expect(rulesOf(title, fields)).toContain('external-commitment');
  });

  it.each([
    [
      'Hold listeria positives under our own 1% limit (last quarter: 2.5%)',
      { baseline: 2.5, target: 1, direction: 'decrease' as const, unit: '%' },
    ],
    [
      'On-time-in-full for wholesale bagel orders from 90% to 97%',
      { baseline: 90, target: 97, direction: 'increase' as const, unit: '%' },
    ],
  ])('reads %j as no commitment', (title, fields) => {
    expect(rulesOf(title, fields)).not.toContain('external-commitment');
  });
});

describe('today’s value and the target stated side by side give the direction', () => {
  it('reads "N today, M by quarter end" rising against a decrease as a mismatch', () => {
    const rules = rulesOf(
      'Bake-to-shelf for bagel gift sets: 6.5 days today, 8 days by quarter end',
      {
        baseline: 6.5,
        target: 8,
        direction: 'decrease',
        unit: 'days',
      },
    );
    expect(rules).toContain('direction-mismatch');
    expect(rules).not.toContain('trivial-target');
  });

  it('reads "one in fifteen today, one in ninety by the end" as a fall', () => {
    const rules = rulesOf(
      'Gelato batches that split: about one in fifteen today, one in ninety by the end of the season',
      { direction: 'decrease', unit: '%' },
    );
    expect(rules).not.toContain('direction-mismatch');
  });
});

describe('overhead and overtime hours per person going down are no activity count', () => {
  it.each([
    [
      'Cut weekly admin time per zipline guide from 6 hours to 2 hours',
      { baseline: 6, target: 2, direction: 'decrease' as const },
    ],
    [
      'Cut overtime hours per chocolatier per week from 8 to 3',
      { baseline: 8, target: 3, direction: 'decrease' as const },
    ],
  ])('reads %j as no gameable-metric', (title, fields) => {
    expect(rulesOf(title, fields)).not.toContain('gameable-metric');
  });

  it('still reads hours logged per person going up as gameable', () => {
    expect(
      rulesOf('Raise hours logged per bonsai stylist from 30 to 36 a week', {
        baseline: 30,
        target: 36,
        direction: 'increase',
      }),
    ).toContain('gameable-metric');
  });
});

describe('a rollout behind a "reduce … by" purpose is an output', () => {
  it('reads the rollout as output-not-outcome', () => {
    const rules = rulesOf(
      'Reduce till queues by rolling out self-order screens to every bagel shop',
      {
        baseline: 4,
        target: 20,
        direction: 'increase',
      },
    );
    expect(rules).toContain('output-not-outcome');
  });

  it('reads a measured fall with the rollout as its means as no output', () => {
    expect(
      rulesOf('Cut till queue time from 9 to 3 minutes by rolling out self-order screens', {
        baseline: 9,
        target: 3,
        direction: 'decrease',
      }),
    ).not.toContain('output-not-outcome');
  });

  it('reads sessions a named funder’s agreement sets as work and a commitment', () => {
    const rules = rulesOf(
      'Run the 30 bonsai workshops our Heritage Lottery grant agreement sets out by June',
      { baseline: 0, target: 30, direction: 'increase' },
    );
    expect(rules).toContain('output-not-outcome');
    expect(rules).toContain('external-commitment');
  });
});
