import { describe, expect, it } from 'vitest';
import { objectiveIsMetric } from '../../../../shared/domain/coach/rules/structure';
import { isExternalCommitment } from '../../../../shared/domain/coach/rules/commitment';
import { findingOf, rulesOf } from './helpers';

// Round 16's families (splits z and aa), each in wording of our own that is in no corpus file,
// so these check the class rather than the rows.
describe('external-commitment: our own things, stages and steps are no outside party', () => {
  it.each([
    'Cut HV gloves found split at the monthly glove test from 3% to 0.5%',
    'Reduce ROV tethers found frayed at the pre-dive check, now 6%',
    'Time from end of TR3 to the updated tyre model: 60 min -> 20 min',
    'Time from the start of SP2 to a published grid: 40 min -> 10 min',
    'Median time from fill to onboard QC release, 18 h -> 6 h',
    'Cut the time to send a valuation once requested across the spring fairs',
    'Reduce SCBA sets found defective at the weekly test, now 3%',
    'Time from end of TR3 to a revised set-up sheet: 60 min -> 20 min',
    'Median time from fill to the QC sign-off, 18 h -> 6 h',
    'Cut the time to send a valuation once requested (2.5 days across the winter sales)',
  ])('stays quiet on %j', (title) => {
    expect(isExternalCommitment(title)).toBe(false);
  });

  it.each([
    'Keep ferry downtime below the 2% cap in our charter with Stena (0.9% last quarter)',
    'File claims bordereaux within the 5 working days required by the 2026 treaty wording',
    'Ensure the Harbour Authority is satisfied with our monthly dredging returns',
    "Clear UEFA's stadium licensing checks by June",
  ])('still flags %j', (title) => {
    expect(isExternalCommitment(title)).toBe(true);
  });
});

describe('gameable-metric: counts of our own activity', () => {
  it.each([
    ['Carry out 120 fire-door inspections this quarter', {}],
    ['Undertake 40 boiler surveys a month', {}],
    ['Raise in-app prompts sent per guest from 1 to 4', {}],
    ['Cut open Bugsnag warnings in the checkout service from 800 to 90', {}],
    ['Fix lint warnings in the mobile app (2,300 open today)', {}],
    ['Delete lines of legacy Perl from the billing scripts (currently 60k)', {}],
  ])('flags %j', (title, fields) => {
    const finding = findingOf('gameable-metric', title, fields);
    expect(finding).toBeDefined();
    expect(finding?.message).not.toBe('');
    expect(finding?.suggestion).not.toBe('');
  });

  it('reads a backlog of warnings counted down as activity, not a piece of work', () => {
    const rules = rulesOf('Fix accessibility warnings in the booking site, currently 900 open', {
      metric: 'open accessibility warnings',
      baseline: 900,
      direction: 'decrease',
    });
    expect(rules).toContain('gameable-metric');
    expect(rules).not.toContain('output-not-outcome');
  });

  it.each([
    'Cut thread breaks detected per spindle per shift from 4 to 2',
    'Donations that lead to a second gift from 12% to 20%',
    'Cut pallet jams per conveyor per day from 6 to 2',
  ])('stays quiet on the near miss %j', (title) => {
    expect(rulesOf(title)).not.toContain('gameable-metric');
  });
});

describe('output-not-outcome: vague aims are unmeasured, adoption of a new tool is an output', () => {
  it.each([
    'Overhaul the volunteer rota app and make it friendlier',
    'Give the dispatchers better tools on storm nights',
  ])('reads %j as missing a metric, not as work', (title) => {
    const rules = rulesOf(title);
    expect(rules).toContain('missing-metric');
    expect(rules).not.toContain('output-not-outcome');
  });

  it('reads adoption of a new tool by a share of its people as an output', () => {
    expect(
      rulesOf('Increase adoption of the new shift-swap app to 80% of porters', {
        baseline: 20,
        target: 80,
        unit: '%',
      }),
    ).toContain('output-not-outcome');
  });

  it('reads a betterment whose only number counts places as missing a metric', () => {
    expect(rulesOf('Upgrade the visitor Wi-Fi in all 9 galleries')).toContain('missing-metric');
    expect(rulesOf('Cut visitor falls in all 9 galleries from 12 to 4')).not.toContain(
      'missing-metric',
    );
  });
});

describe("missing-target: a reading at a past occasion is today's value", () => {
  it.each([
    'Reduce p95 booking latency at ticket releases (last release day: 11 s)',
    'Cut refund time (4.1 days on average across the christmas markets)',
    'Reduce failed card payments, 2.2% of attempts across the summer fairs',
  ])('reads %j as a baseline with no target', (title) => {
    const rules = rulesOf(title);
    expect(rules).toContain('missing-target');
    expect(rules).not.toContain('missing-baseline');
    expect(rules).not.toContain('trivial-target');
  });
});

describe('objective-is-metric: one as unity and "1 in 2,000"', () => {
  const objective = (title: string) => ({ id: 'o', title, keyResults: [] });
  it.each(['Porters work from one rota', 'Every branch shares one stock list'])(
    'stays quiet on %j',
    (title) => {
      expect(objectiveIsMetric(objective(title))).toBeNull();
    },
  );
  it.each(['Answer every enquiry in one day', 'Halve stock-outs'])('still flags %j', (title) => {
    expect(objectiveIsMetric(objective(title))).not.toBeNull();
  });

  it('reads "from 1 in 250 to 1 in 2,000" as a fall, not a rise', () => {
    expect(rulesOf('Cut mis-sorted parcels from 1 in 250 to 1 in 2,000')).not.toContain(
      'direction-mismatch',
    );
  });
});
