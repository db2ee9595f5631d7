import { describe, expect, it } from 'vitest';
import { extractNumbers } from '../../../../shared/domain/coach/text/extract';
import { normalizeText } from '../../../../shared/domain/coach/text/normalize';
import { findingOf, rulesOf } from './helpers';

function numbers(text: string) {
  return extractNumbers(normalizeText(text));
}

// Numbers written in the other ways people write them (issue 17's outside splits).
describe('numbers stated in other ways', () => {
  it.each([
    ['Get p90 search under the 800-millisecond ceiling, from 2.1 s', 2.1, 800],
    ['Reach a 3-minute median pick time, rather than today’s 11 minutes', 11, 3],
    ['Overnight export 4h50 → 1h10', 290, 70],
    ['Refund complaints from one in eight to one in thirty', 12.5, 3.33],
    ['Partner NPS from −15 to 5', -15, 5],
    ['Hotfixes shipped thrice a week rather than once a month', 1, 3],
    ['Cut rebooking calls to 40 a day, down from an average of 95', 95, 40],
    ['Bring cold start under 3 s (currently sluggish, about 7 s)', 7, 3],
    ['Move 80 of our 120 batch jobs to the new scheduler (30 moved to date)', 30, 80],
  ])('%j has baseline %d and target %d', (text, baseline, target) => {
    const n = numbers(text);
    expect(n.baseline?.value).toBeCloseTo(baseline, 1);
    expect(n.target?.value).toBeCloseTo(target, 1);
  });

  it('reads a working day of the month as a value: "by working day 4 instead of day 9"', () => {
    const n = numbers('Run payroll by working day 4 instead of working day 9');
    expect([n.baseline?.value, n.target?.value]).toEqual([9, 4]);
  });

  it('keeps a unit before a colon: "longer than 10 minutes: …" is 10 minutes, not 10', () => {
    const title =
      'Card-reader outages longer than 10 minutes: 30 last quarter, under 6 this quarter';
    expect(numbers(title).quantities[0]?.dimension).toBe('time');
    expect(rulesOf(title)).not.toContain('trivial-target');
    expect(numbers('Queue wait from 9:30').quantities).toEqual([]);
  });

  it('reads a duration adjective after a bound as a ceiling', () => {
    expect(numbers('Keep p99 below the 250-ms line').targetBound).toBe('at-most');
  });

  it.each([
    'Trim the 2.4 s median search response',
    'Reduce our 18% first-week uninstall rate',
    'Shrink the $340k quarterly CDN bill',
  ])('%j reads the number as where it stands today', (title) => {
    expect(rulesOf(title)).toEqual(expect.arrayContaining(['missing-target']));
    expect(rulesOf(title)).not.toContain('missing-baseline');
  });

  it.each([
    'Resolve the 42 outstanding accessibility defects on the booking flow',
    'Retire the remaining 9 on-prem file servers',
  ])('%j counts a known set down to none: work to do, not a rate of closing', (title) => {
    const n = numbers(title);
    expect(n.target?.value).toBe(0);
    expect(n.baseline?.value).toBeGreaterThan(0);
    const rules = rulesOf(title);
    expect(rules).toContain('output-not-outcome');
    expect(rules).not.toContain('gameable-metric');
    expect(rules).not.toContain('missing-baseline');
  });

  it.each([
    ['Onboard 25 more councils to the payments hub', []],
    ['Open 4 additional pick-up points in the north (17 open today)', [17, 21]],
  ])('%j: an increment is a count of additions, or today’s count plus it', (title, values) => {
    const rules = rulesOf(title);
    expect(rules).not.toContain('missing-target');
    if (values.length) {
      expect(numbers(title).baseline?.value).toBe(values[0]);
    }
  });

  it.each([
    'Reduce time-to-hire by 30%',
    'Grow weekly active mentors 3x',
    'Keep the 30-day retention rate healthy',
    'Log in once per shift',
  ])('%j still has no stated level to reach', (title) => {
    expect(numbers(title).target).toBeNull();
  });

  it('fills an empty field only with a number of the unit column’s kind', () => {
    const fields = { metric: 'repeat purchase rate', unit: '%', baseline: 31 };
    expect(rulesOf('Repeat purchase rate within 60 days', fields)).toContain('missing-target');
    expect(rulesOf('Repeat purchase rate within 60 days to 40%', fields)).not.toContain(
      'missing-target',
    );
  });

  it('keeps rates per different periods apart: twice a week to twice a day is a change', () => {
    const rules = rulesOf('Publish the status digest twice a day, versus twice a week now');
    expect(rules).not.toContain('trivial-target');
    expect(rules).not.toContain('missing-baseline');
  });
});

describe('trivial-target for a bound already met and a count within its noise', () => {
  it.each([
    'Keep the login error rate under 0.8% (today 0.5%)',
    'Keep uptime at or above 99.5% (last quarter: 99.92%)',
    'Hold queue wait within 10 minutes, currently 6 minutes',
    'Failed nightly exports from 20 to 19 a month',
    'Sev-2 incidents from 16 to 15 a quarter',
  ])('fires for %j', (title) => {
    expect(rulesOf(title)).toContain('trivial-target');
  });

  it.each([
    'Keep the login error rate under 0.8%, down from 1.9% today',
    'Take signup completion from 52% up to 64%',
    'Failed nightly exports from 8 to 3 a month',
    'Orders per day from 48,000 to 52,000',
    'Lift partner NPS from -3 to 12',
  ])('stays quiet for %j', (title) => {
    expect(rulesOf(title)).not.toContain('trivial-target');
  });

  it('holds a percentage to a quarter of its headroom whether or not the % is written', () => {
    expect(rulesOf('Uptime 99.9% → 99.92%')).toContain('trivial-target');
    expect(rulesOf('Uptime 99.9 → 99.92')).toContain('trivial-target');
    expect(rulesOf('Uptime 99.9% → 99.95%')).not.toContain('trivial-target');
  });

  it('says the target is already met and proposes one that needs work', () => {
    const f = findingOf('trivial-target', 'Keep build time below 12 min (currently 9 min)');
    expect(f?.message).toContain('already meets the target');
    expect(f?.rewrite?.target).toBeLessThan(9);
  });
});

describe('what a KR measures, in other words', () => {
  it.each([
    'Grow monthly active volunteers from 900',
    'Fewer sev-2s than last month’s 9',
    'Hold a 15-minute RPO for the order store',
    'Cut chargebacks on marketplace orders',
    'Reduce booking cancellations by the venue',
  ])('%j names a measure', (title) => {
    expect(rulesOf(title)).not.toContain('missing-metric');
  });

  it.each(['Make deploys 4x easier for squads', 'Make the admin console twice as intuitive'])(
    '%j judges, it does not measure',
    (title) => {
      expect(rulesOf(title)).toContain('missing-metric');
    },
  );
});
