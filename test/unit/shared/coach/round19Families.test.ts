import { describe, expect, it } from 'vitest';
import { rulesOf } from './helpers';

// Round 19's families (splits af and ag, train-19), in wording of our own that is in no corpus
// file, so these check the class rather than the rows.

describe('a tally of story points or of a tool’s warnings is activity, not work', () => {
  it.each([
    [
      'Burn 90 story points in the kiosk squad this cycle',
      { metric: 'story points', unit: 'points', target: 90 },
    ],
    [
      'Resolve all 640 Pylint warnings in the rota service',
      { metric: 'pylint warnings', unit: 'count', baseline: 640, target: 0 },
    ],
    [
      'Fix the Clippy warnings in the ticket scanner (310 today)',
      { metric: 'clippy warnings', unit: 'count', baseline: 310 },
    ],
  ])('reads %j as gameable, not an output', (title, fields) => {
    const rules = rulesOf(title, fields);
    expect(rules).toContain('gameable-metric');
    expect(rules).not.toContain('output-not-outcome');
  });

  it('still reads fixing a tool’s warnings with no number as work', () => {
    expect(rulesOf('Fix the Clippy warnings in the ticket scanner')).toContain(
      'output-not-outcome',
    );
  });
});

describe('a quality aimed at with no number is vague, not work', () => {
  it.each([
    'Make the refund screen in the kiosk app for season-ticket holders tidier',
    'Clean up the parcel-return experience at the kiosk',
    'Polish the seat-picking journey in the box-office app',
  ])('reads %j as missing a metric, not as an output', (title) => {
    const rules = rulesOf(title);
    expect(rules).toContain('missing-metric');
    expect(rules).not.toContain('output-not-outcome');
  });

  it('still reads tidying up a thing as work', () => {
    expect(rulesOf('Tidy up the stale seat-map records in the box-office database')).toContain(
      'output-not-outcome',
    );
  });
});

describe('the means counted and a cutover with its object between', () => {
  it('reads "by mounting <thing> on all N <things>" as the work, with no direction clash', () => {
    const rules = rulesOf('Reduce hull fouling by mounting ultrasonic emitters on all 26 barges', {
      metric: 'barges with emitters',
      unit: 'count',
      baseline: 0,
      target: 26,
      direction: 'increase',
    });
    expect(rules).toContain('output-not-outcome');
    expect(rules).not.toContain('direction-mismatch');
  });

  it('reads "Cut all N <things> over to <system>" as a rollout, not a decrease', () => {
    const rules = rulesOf('Cut all 85 ticket offices over to the new booking engine', {
      metric: 'offices moved',
      unit: 'count',
      baseline: 10,
      target: 85,
      direction: 'increase',
    });
    expect(rules).toContain('output-not-outcome');
    expect(rules).not.toContain('direction-mismatch');
  });
});

describe('an outside party’s requirement as a possessive or an instrument', () => {
  it.each([
    'Meet Harwich Haven Authority’s target of 97% of pilot boardings on the booked tide',
    'Keep noise at the 55 dB the airport operating covenant requires (61 dB last summer)',
    'Reach the 4-hour response written into our Anglian Water maintenance contract for 98% of call-outs',
    'Deliver the weekly manifest file the port health authorities require by Monday noon',
  ])('reads %j as an external commitment', (title) => {
    expect(rulesOf(title)).toContain('external-commitment');
  });

  it('reads a partner integration due before an occasion as a commitment', () => {
    expect(
      rulesOf('Go live with the Trainline ticketing integration before the summer timetable start'),
    ).toContain('external-commitment');
  });

  it.each([
    'Cut misreads against the ICAO sample image set from 5% to 2%',
    'Finish the move from Opera to the new reservations platform before the spring opening',
    'Hit our team’s target of 40 releases',
  ])('reads %j as no promise', (title) => {
    expect(rulesOf(title)).not.toContain('external-commitment');
  });
});
