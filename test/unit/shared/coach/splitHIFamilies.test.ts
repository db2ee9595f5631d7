import { describe, expect, it } from 'vitest';
import { findingOf, rulesOf } from './helpers';

// Wording families found on the outside writers' splits h and i, each checked in our own words
// (train-7.csv), with the near misses that must keep their rules.

describe('a limit or held level today already meets', () => {
  it.each([
    ['Keep conversion above 2.5%', { baseline: 3.4, target: 2.5, direction: 'increase' }],
    ['Maintain API availability at 99.5%', { baseline: 99.92, target: 99.5, unit: '%' }],
    ['Triage time from 3 hours to 8 hours or less', { direction: 'decrease' }],
    ['Stay within the 5-day refund window (median today: 2 days)', { direction: 'decrease' }],
    ['Quarterly warehouse spend at or below £90k', { baseline: 72, target: 90, unit: 'GBP k' }],
  ] as const)('calls %j trivial, not reversed', (title, fields) => {
    const rules = rulesOf(title, fields);
    expect(rules).toContain('trivial-target');
    expect(rules).not.toContain('direction-mismatch');
  });

  it('says the baseline already meets the limit', () => {
    const finding = findingOf('trivial-target', 'Keep crash-free sessions above 99%', {
      baseline: 99.6,
      target: 99,
      unit: '%',
    });
    expect(finding?.message).toMatch(/already meets the target \(at least 99\)/);
  });

  it.each([
    ['ANR rate at or below 0.5%', { baseline: 0.9, target: 0.5, unit: '%' }],
    ['Keep p99 login latency under 1.5 s (today: 2.4 s)', {}],
    ['Maintain availability at 99.9%', { baseline: 99.5, target: 99.9, unit: '%' }],
  ] as const)('keeps %j, a limit not yet met, a real target', (title, fields) => {
    const rules = rulesOf(title, fields);
    expect(rules).not.toContain('trivial-target');
    expect(rules).not.toContain('direction-mismatch');
  });

  it.each([
    ['Reduce p95 checkout latency from 400 ms to 650 ms', 'decrease'],
    ['Uptime from 99.95% to 99.9%', 'increase'],
  ] as const)('keeps %j, a real reversal, a mismatch', (title, direction) => {
    expect(rulesOf(title, { direction })).toContain('direction-mismatch');
  });
});

describe('numbers in words', () => {
  it('reads this period beside last period as the target', () => {
    const rules = rulesOf(
      'Orders delivered within 2 hours: 8,400 this month versus 5,100 last month',
      {
        direction: 'increase',
      },
    );
    expect(rules).not.toContain('direction-mismatch');
    expect(rules).not.toContain('missing-baseline');
  });

  it('reads "which make up N% … today" as today\'s value', () => {
    const rules = rulesOf('Bring down manual refunds, which make up 30% of refunds today');
    expect(rules).toContain('missing-target');
    expect(rules).not.toContain('missing-baseline');
  });
});

describe('work, vague wording and counts', () => {
  it.each([
    'Give patients a calmer experience when booking a scan',
    'Give the dispatch team better visibility of where vans are',
    'Optimise cloud costs across all accounts',
  ])('says %j names no measure and is not work to do', (title) => {
    const rules = rulesOf(title);
    expect(rules).toContain('missing-metric');
    expect(rules).not.toContain('output-not-outcome');
  });

  it('keeps a deliverable given to a team an output', () => {
    expect(rulesOf('Give the finance team a cloud cost dashboard')).toContain('output-not-outcome');
  });

  it('counts an open backlog closed as an activity, a known set as work', () => {
    expect(rulesOf('Resolve all 250 open Dependabot alerts')).toContain('gameable-metric');
    const known = rulesOf('Resolve the 42 outstanding accessibility defects on the booking flow');
    expect(known).toContain('output-not-outcome');
    expect(known).not.toContain('gameable-metric');
  });

  it('calls a document handed to a regulator a commitment', () => {
    expect(
      rulesOf('Deliver the clinical safety case to the MHRA for device registration'),
    ).toContain('external-commitment');
    expect(rulesOf('Deliver security evidence to our internal audit team')).not.toContain(
      'external-commitment',
    );
  });
});
