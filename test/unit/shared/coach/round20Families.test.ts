import { describe, expect, it } from 'vitest';
import { rulesOf } from './helpers';

// Round 20's families (splits ah and ai, train-20), in wording of our own that is in no corpus
// file, so these check the class rather than the rows.

describe('a named outside party the KR must satisfy, pass or deliver to is a commitment', () => {
  it.each([
    'Satisfy the Marine Management Organisation on our catch-landing returns',
    'Get on the right side of the Gambling Commission on affordability checks',
    'Stay in Historic England’s good books on the listed-barn repairs',
    'Pass the Scania Group supplier logistics audit on our cross-dock by October',
    'Integrate with Transport Scotland’s ticketing hub before the paper-ticket switch-off',
    'Return the 60 herbarium sheets owed to the Natural History Museum by March',
  ])('reads %j as external-commitment', (title) => {
    expect(rulesOf(title)).toContain('external-commitment');
  });

  it.each([
    'Satisfy more riders with the new timetable',
    'Pass our own quarterly fire-door inspection on every floor',
    'Integrate the rota tool with our own payroll export by June',
  ])('reads %j, with no outside party, as no commitment', (title) => {
    expect(rulesOf(title)).not.toContain('external-commitment');
  });
});

describe('everyone doing it the new way, from nobody, is a switch-over (an output)', () => {
  it.each([
    [
      '100% of stall holders taking card payments on the new terminals (0% today)',
      { metric: 'stall holders on card', unit: '%', baseline: 0, target: 100 },
    ],
    [
      'Every groundskeeper logging mowing in the tablet app (0% → 100% by August)',
      { metric: 'groundskeepers logging in app', unit: '%', baseline: 0, target: 100 },
    ],
  ])('reads %j as output-not-outcome', (title, fields) => {
    expect(rulesOf(title, { direction: 'increase', ...fields })).toContain('output-not-outcome');
  });

  it('reads a share moving part of the way as no output', () => {
    expect(
      rulesOf('Stall holders taking card payments from 40% to 75%', {
        metric: 'stall holders taking card',
        unit: '%',
        baseline: 40,
        target: 75,
        direction: 'increase',
      }),
    ).not.toContain('output-not-outcome');
  });

  it('reads events over a window, measured from → to, as no output', () => {
    expect(
      rulesOf('14-day repeat faults on new boiler fits from 8% to 4%', {
        metric: 'repeat fault rate',
        unit: '%',
        baseline: 8,
        target: 4,
        direction: 'decrease',
      }),
    ).not.toContain('output-not-outcome');
  });
});

describe('a paper lived up to or a required quality is a promise kept, not work', () => {
  it.each([
    'Live up to our grazing agreement with the National Trust',
    'Provide Arriva with the timetable data quality their franchise terms require',
  ])('reads %j as a commitment and not as an output', (title) => {
    const rules = rulesOf(title);
    expect(rules).toContain('external-commitment');
    expect(rules).not.toContain('output-not-outcome');
  });

  it('reads a known set owed to a party as a delivery', () => {
    expect(
      rulesOf('Ship the 300 replica tiles owed to the Cathedral Trust by November', {
        metric: 'tiles shipped',
        unit: 'count',
        baseline: 0,
        target: 300,
        direction: 'increase',
      }),
    ).toContain('output-not-outcome');
  });
});

describe('things the team sends, generates or acknowledges, counted, are activity', () => {
  it.each([
    ['Grow route suggestions generated per day from 8k to 30k', 'route suggestions generated'],
    ['Lift SMS nudges sent to lapsed gym members from 2k to 9k a month', 'nudges sent'],
    ['Acknowledge more boiler-house alarms per watch, up from 600 a week', 'alarms acknowledged'],
    ['Increase home visits per district nurse per day (5 currently)', 'visits per nurse'],
  ])('reads %j as gameable-metric', (title, metric) => {
    expect(rulesOf(title, { metric, direction: 'increase' })).toContain('gameable-metric');
  });

  it.each([
    ['Raise the share of gate alarms acknowledged within a minute from 60% to 90%'],
    ['Grow visits per member per month from 2.1 to 2.6'],
  ])('reads %j, a service level or what customers do, as no activity count', (title) => {
    expect(rulesOf(title, { direction: 'increase' })).not.toContain('gameable-metric');
  });
});

describe('a reading of today hedged with about, or after a past period’s possessive', () => {
  it('reads "about N% of X right now" as today’s value with no target', () => {
    const rules = rulesOf('Reduce missed bin collections — about 4% of rounds right now', {
      metric: 'missed collections',
      unit: '%',
      direction: 'decrease',
    });
    expect(rules).toContain('missing-target');
    expect(rules).not.toContain('trivial-target');
  });

  it('reads "by two thirds from last season’s N" as a real change', () => {
    expect(
      rulesOf("Open the booking page and cut phone bookings by two thirds from last season's 15k", {
        metric: 'phone bookings',
        unit: 'count',
        direction: 'decrease',
      }),
    ).not.toContain('trivial-target');
  });
});
