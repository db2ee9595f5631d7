import { describe, expect, it } from 'vitest';
import { rulesOf } from './helpers';

// Round 23's families (splits an and ao, train-23), in wording of our own that is in no corpus
// file, so these check the class rather than the rows.

describe('today’s value after a change verb with no target marker means no target', () => {
  it.each([
    'Improve first-time fix rate on boiler call-outs, currently solving the fault on the first visit 58% of the time',
    'Move tyre-fitting appointments online; 22% are booked through the website today',
    'Lower lido chlorine readings above 3 mg/L from the current 5 per week',
    'Reduce overfill on 500 g honey jars',
  ])('reads %j as missing-target, not trivial-target', (title) => {
    const rules = rulesOf(title);
    expect(rules).toContain('missing-target');
    expect(rules).not.toContain('trivial-target');
  });

  it('still reads a target stated after "from the current"', () => {
    expect(
      rulesOf('Lower chlorine alarms at the lido from the current 5 per week to 1'),
    ).not.toContain('missing-target');
  });
});

describe('levels owed, things in a bad state and vague aims about how people work are no outputs', () => {
  it.each([
    'Give Harbour Foods the 99.8% cold-store uptime promised in the supply agreement (2024: 97.9%)',
    'Depots reporting a missed collection from 7 of 25 to 1',
    'Keep vans with an expired MOT under 2% (it has been 0% since March)',
    'Raise the share of parcels delivered by the promised date from 74% to 93%',
    'Improve how ward clerks use bed data in their morning decisions',
  ])('reads %j as no output-not-outcome', (title) => {
    expect(rulesOf(title)).not.toContain('output-not-outcome');
  });

  it('still reads a set of things built as an output', () => {
    expect(rulesOf('Publish 9 new recipe videos on the website')).toContain('output-not-outcome');
  });
});

describe('a rule book or an outside inspection as the yardstick is a commitment', () => {
  it.each([
    'Refund deposits within the 10 days the TDS Scheme Rules expect on 98% of tenancies, up from 80%',
    'Raise cold-chain logs with a signed handover, which the FSA hygiene inspection checks, from 70% to 100%',
    'Close out the 6 open actions from the ORR inspection by the 15 May deadline',
  ])('reads %j as external-commitment', (title) => {
    expect(rulesOf(title)).toContain('external-commitment');
  });

  it.each([
    'Build 8 new rota dashboards for HGV supervisors',
    'Kennel dogs are fed on time, every day',
    'Missed collections flagged by the depot weighbridge sensors: from 9 a week to 2 a week',
  ])('reads %j, our own people and systems, as no commitment', (title) => {
    expect(rulesOf(title)).not.toContain('external-commitment');
  });

  it('reads open actions from an outside inspection as work to do', () => {
    expect(
      rulesOf('Close out the 6 open actions from the ORR inspection by the 15 May deadline'),
    ).toContain('output-not-outcome');
  });
});

describe('a list of recent readings on the better side of the target shows it already met', () => {
  it('reads a target every recent reading already meets as trivial', () => {
    expect(
      rulesOf('Crumb complaints per 500 loaves: target 2 (last two months: 1 and 1.5)', {
        direction: 'decrease',
      }),
    ).toContain('trivial-target');
  });

  it('does not when a recent reading misses it', () => {
    expect(
      rulesOf('Crumb complaints per 500 loaves: target 2 (last two months: 3 and 2.5)', {
        direction: 'decrease',
      }),
    ).not.toContain('trivial-target');
  });
});

describe('gameable-metric: habits and tool warnings', () => {
  it('reads same-day time entry as a share of entries made on time, not hours logged', () => {
    expect(
      rulesOf(
        'Raise same-day time entry (hours recorded on the day they were spent) from 45% to 85%',
      ),
    ).not.toContain('gameable-metric');
  });

  it('reads a tool’s warnings counted per drawing as gameable', () => {
    expect(rulesOf('Cut ArchiCAD warnings to 150 per drawing')).toContain('gameable-metric');
  });
});
