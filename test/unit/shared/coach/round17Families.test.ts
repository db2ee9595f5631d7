import { describe, expect, it } from 'vitest';
import { findingOf, rulesOf } from './helpers';

// Round 17's families (splits ab and ac), in wording of our own that is in no corpus file, so
// these check the class rather than the rows.
describe('a move asked for with only today’s value set apart has no target', () => {
  it.each([
    'Reduce abandoned calls to the harbour office (380 a fortnight)',
    'Lower chairlift stoppages - 42 over the last holiday weekend',
    'Cut kennel cough cases at the boarding site (mid-winter 2025: 9%)',
    'Shorten check-in queues at the ferry port (14 min this autumn)',
    'Raise the share of seed orders placed online (currently 31%)',
    'Median time from a 999 call to the pump leaving (6.2 min last spring)',
  ])('reads %j as missing its target, not as met already', (title) => {
    const rules = rulesOf(title, { metric: 'the measure', direction: 'decrease' });
    expect(rules).toContain('missing-target');
    expect(rules).not.toContain('trivial-target');
    expect(rules).not.toContain('missing-baseline');
    const finding = findingOf('missing-target', title, { metric: 'the measure' });
    expect(finding?.why).toBeTruthy();
    expect(finding?.suggestion).toBeTruthy();
  });

  it.each([
    'Cut chairlift stoppages to no more than two a week (five last week)',
    'Reduce abandoned calls (380 a fortnight) down to 150',
    'Lower kennel cough cases by 30% (9% last winter)',
    'Raise online seed orders to 45% (31% this autumn)',
    'Reduce ferry check-in queues below 8 min (14 min last summer)',
  ])('still reads a target in %j', (title) => {
    const rules = rulesOf(title, { metric: 'the measure' });
    expect(rules).not.toContain('missing-target');
    expect(rules).not.toContain('missing-baseline');
  });
});

describe('gameable-metric and output-not-outcome: round 17 wording', () => {
  it.each([
    'Publish six more trail-condition videos a week',
    'Increase the number of fraud screening rules deployed',
    'Double the survey photos captured per hive',
  ])('flags %j as an activity count', (title) => {
    expect(rulesOf(title, { metric: 'count' })).toContain('gameable-metric');
  });

  it('keeps a share of things made per period a rate', () => {
    expect(
      rulesOf('Increase the share of invoices uploaded via the portal, up from 40%'),
    ).not.toContain('gameable-metric');
  });

  it.each([
    'Build a warmer welcome for first-time volunteers',
    'Create a safer walk home from the late shows',
    'Deliver the 85% occupancy rate promised to the Lyric Trust',
  ])('does not read %j as work to do', (title) => {
    expect(rulesOf(title)).not.toContain('output-not-outcome');
  });
});
