import { describe, expect, it } from 'vitest';
import { coachKeyResult } from '../../../../shared/domain/coach';
import { kr, rulesOf } from './helpers';

// Round 14's other families (splits v and w), each in wording of our own that is in no corpus
// file, so these check the class rather than the rows.
describe('numbers stated other ways', () => {
  it('reads "N h a quarter now, M h by the end" as a baseline and a target', () => {
    const rules = rulesOf('Unplanned crane downtime: 40 h a quarter now, 25 h by the end', {
      metric: 'crane downtime',
      unit: 'hours/quarter',
      direction: 'decrease',
    });
    expect(rules).not.toContain('missing-baseline');
    expect(rules).not.toContain('missing-target');
  });

  it.each([
    'Member retention to 70% (61–63% across the last three intakes)',
    'Volunteer sign-ups to 9,000 (last winter: 6,200)',
    'Claim payout time: 9 days a month ago, 4 days by the end',
  ])('reads a past reading in %j as the baseline', (title) => {
    expect(rulesOf(title)).not.toContain('missing-baseline');
  });

  it('reads "now 2 min 30 s" as one duration, today’s, with no target', () => {
    const rules = rulesOf('Reduce p95 time from scan to receipt (now 2 min 30 s)', {
      direction: 'decrease',
    });
    expect(rules).toContain('missing-target');
    expect(rules).not.toContain('trivial-target');
  });
});

describe('direction-mismatch: "speed up" a time asks for less of it', () => {
  it('flags a time that grows', () => {
    expect(rulesOf('Speed up claim lookup from 700 ms to 1.2 s')).toContain('direction-mismatch');
  });
  it('stays quiet when the time falls', () => {
    expect(rulesOf('Speed up claim lookup from 1.2 s to 700 ms')).not.toContain(
      'direction-mismatch',
    );
  });
});

describe('trivial-target: a limit the fields already meet', () => {
  it.each([
    [
      'Keep power cuts over 2 hours below 20 min per customer',
      { baseline: 9, target: 20, direction: 'decrease' as const, unit: 'min' },
    ],
    [
      'Email first reply under 4 hours for 85% of emails',
      { baseline: 94, target: 85, direction: 'increase' as const, unit: '%' },
    ],
  ])('flags %j', (title, fields) => {
    expect(rulesOf(title, fields)).toContain('trivial-target');
  });

  it('flags a level the objective asks to reach that today already passes', () => {
    const findings = coachKeyResult(
      kr('Portal availability from external probes, from 99.93% to 99.9%', {
        baseline: 99.93,
        target: 99.9,
        direction: 'increase',
        unit: '%',
      }),
      { id: 'o-1', title: 'Reach 99.9% availability for the portal' },
    );
    expect(findings.map((f) => f.rule)).toContain('trivial-target');
  });
});

describe('output-not-outcome and gameable-metric', () => {
  it.each([
    'Increase the number of insurers on the quote API panel from 4 to 15',
    'Set up depots in Leeds, Hull and York (0 → 3)',
    'Cut over 900 tills to the new payment service',
    'Supply Northgate Buses with a nightly timetable extract',
    'Clear the HSE’s safety case review for the new control system',
  ])('reads %j as work', (title) => {
    expect(rulesOf(title)).toContain('output-not-outcome');
  });

  it.each([
    'Give agents a cleaner, more intuitive case screen',
    'Modernise the look and feel of the donor app',
    'Improve the API onboarding experience for partners',
  ])('reads %j as a vague aim, not work', (title) => {
    const rules = rulesOf(title);
    expect(rules).toContain('missing-metric');
    expect(rules).not.toContain('output-not-outcome');
  });

  it.each([
    'Clear 400 stale faults from the pump fault log',
    'Cut the open track-repair work-order backlog by a quarter',
  ])('reads %j as items closed', (title) => {
    expect(rulesOf(title)).toContain('gameable-metric');
  });

  it('reads queries resolved in a portal as a self-service share, not artefacts', () => {
    expect(rulesOf('Tenant queries resolved in the self-service portal: 20% to 50%')).not.toContain(
      'gameable-metric',
    );
  });
});
